package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.build.PythonConfig;
import dev.pyxc.cli.ModuleTester;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.InParallel;
import dev.pyxc.support.Paths;
import dev.pyxc.support.PyxFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory safety of the generated code: every run case and example built with
 * {@code -fsanitize=address,undefined} (errors are fatal) and its doctests run under Debian's
 * {@code /usr/bin/python3} with the ASan runtime preloaded (one per core); and the seed under valgrind.
 */
class SanitizerIT {
  private static ModuleTester asan;

  @BeforeAll
  static void setUp() throws Exception {
    String libasan = run(List.of("gcc", "-print-file-name=libasan.so")).strip();
    asan = new ModuleTester(List.of(PythonConfig.query("/usr/bin/python3")), false, List.of())
        .withBuild(List.of("-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer"),
            // malloc returns NULL for a size it cannot give, as C says (cases check for it), rather than ASan aborting.
            Map.of("PYTHONMALLOC", "malloc", "LD_PRELOAD", libasan, "ASAN_OPTIONS", "detect_leaks=0:allocator_may_return_null=1"));
  }

  @AfterAll
  static void tearDown() throws Exception {
    asan.close();
  }

  @TestFactory
  Stream<DynamicTest> addressSanitizer() throws Exception {
    List<Path> files = new ArrayList<>(PyxFiles.under(Paths.cases("run")));
    files.addAll(PyxFiles.under(Paths.root().resolve("examples")));
    return InParallel.tests(files, f -> Paths.root().relativize(f).toString(), f -> {
      ModuleTester.Outcome o = asan.test(f);
      assertWithMessage("%s", o.log()).that(o.passed()).isTrue();
      assertWithMessage("%s", o.log()).that(o.log()).doesNotContain("ERROR: AddressSanitizer");
    });
  }

  @TempDir
  Path dir;

  @Test
  void seedIsCleanUnderValgrind() throws Exception {
    Path pyx = Paths.root().resolve("examples/seed.pyx");
    PythonConfig py = PythonConfig.query("/usr/bin/python3");
    Path c = dir.resolve("seed.c");
    Files.writeString(c, Compiler.compile("seed", Files.readString(pyx), "seed.pyx", List.of()).c());
    dev.pyxc.build.Gcc.build(py, c, dir.resolve("seed" + py.extSuffix()), List.of("-g"));
    String script = "import array, seed\n"
        + "a = array.array('d', [1.0, 2.0, 3.0])\n"
        + "b = bytearray(16); m = memoryview(b).cast('d')\n"
        + "for _ in range(2000):\n    seed.f(a); seed.f(m)\n"
        + "m.release(); b.extend(b'x'); print('ok', len(b))\n";
    Files.writeString(dir.resolve("drive.py"), script);
    ProcessBuilder pb = new ProcessBuilder("valgrind", "--error-exitcode=9", "--suppressions=/usr/lib/valgrind/python3.supp",
        "/usr/bin/python3", "drive.py").directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().put("PYTHONMALLOC", "malloc");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    assertWithMessage("valgrind output:\n%s", out).that(rc).isEqualTo(0);
    assertWithMessage("valgrind output:\n%s", out).that(out).contains("ok 17");
    assertWithMessage("valgrind output:\n%s", out).that(out).contains("ERROR SUMMARY: 0 errors");
  }

  private static String run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
