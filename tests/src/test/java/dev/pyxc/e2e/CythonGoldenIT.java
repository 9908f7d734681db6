package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.Paths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour against recorded real-Cython runs: each {@code tests/golden/cython-3.3/probes/NAME_probe.py}
 * was run against a Cython 3.3.0 build of its module ({@code tests/tools/record_cython_golden.sh})
 * and its output saved as {@code NAME.out}. The same probe against the pyxc build must print
 * exactly the same results, exception types and messages.
 */
class CythonGoldenIT {
  @TempDir
  Path work;

  @TestFactory
  Stream<DynamicTest> probes() throws Exception {
    Path dir = Paths.root().resolve("tests/golden/cython-3.3/probes");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> probes = s.filter(p -> p.getFileName().toString().endsWith("_probe.py")).sorted().toList();
      assertWithMessage("probes in %s", dir).that(probes).isNotEmpty();
      return probes.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }
  }

  private void check(Path probe) throws Exception {
    String first = Files.readAllLines(probe).get(0);
    Path pyx = Paths.root().resolve(first.substring("# module: ".length()).strip());
    String name = pyx.getFileName().toString().replace(".pyx", "");
    Path dir = Files.createDirectories(work.resolve(name));
    PythonConfig py = PythonConfig.query("python3");
    Path c = dir.resolve(name + ".c");
    Files.writeString(c, Compiler.compile(name, Files.readString(pyx), pyx.getFileName().toString(), List.of()).c());
    Gcc.build(py, c, dir.resolve(name + py.extSuffix()));
    String script = "import sys; sys.path.insert(0, '.'); exec(open(sys.argv[1]).read())";
    Process p = new ProcessBuilder("python3", "-S", "-c", script, probe.toString()).directory(dir.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("probe exit status; output:\n%s", out).that(p.waitFor()).isEqualTo(0);
    String golden = Files.readString(probe.resolveSibling(probe.getFileName().toString().replace("_probe.py", ".out")));
    assertWithMessage("%s against the Cython 3.3.0 recording", probe.getFileName()).that(out).isEqualTo(golden);
  }
}
