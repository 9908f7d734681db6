package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.cli.ModuleTester;
import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the docs honest. Every {@code ```cython} block in {@code docs/*.md} and the README is a
 * module: compiled, built for python3 and python3-dbg, its doctests run with the reference-count
 * check (a fragment without examples is built and imported). Every fenced block after {@code <!-- output of: pyxc ARGS -->} must be exactly what
 * that command prints today.
 */
class DocSamplesIT {
  private static final Pattern CYTHON_BLOCK = Pattern.compile("(?s)```cython\n(.*?)```");
  private static final Pattern OUTPUT_BLOCK = Pattern.compile("(?s)<!-- output of: pyxc ([^>]*?) -->\n```[a-z]*\n(.*?)```");
  private static ModuleTester tester;

  @TempDir
  static Path work;

  @BeforeAll
  static void setUp() throws Exception {
    tester = new ModuleTester(ModuleTester.interpreters("python3", true), true, List.of());
  }

  @AfterAll
  static void tearDown() throws Exception {
    tester.close();
  }

  private static List<Path> documents() throws Exception {
    List<Path> docs = new ArrayList<>();
    docs.add(Paths.root().resolve("README.md"));
    try (Stream<Path> s = Files.list(Paths.root().resolve("docs"))) {
      docs.addAll(s.filter(p -> p.toString().endsWith(".md")).sorted().toList());
    }
    return docs;
  }

  @TestFactory
  Stream<DynamicTest> cythonSamplesCompileAndRun() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : documents()) {
      Matcher m = CYTHON_BLOCK.matcher(Files.readString(doc));
      int n = 0;
      while (m.find()) {
        String code = m.group(1);
        String module = doc.getFileName().toString().replace(".md", "").replace('-', '_') + "_sample" + ++n;
        tests.add(DynamicTest.dynamicTest(doc.getFileName() + " sample " + n, () -> {
          Path dir = Files.createDirectories(work.resolve(module));
          Path pyx = dir.resolve(module + ".pyx");
          Files.writeString(pyx, code);
          if (code.contains(">>>")) {
            ModuleTester.Outcome o = tester.test(pyx);
            assertWithMessage("%s\n%s", code, o.log()).that(o.passed()).isTrue();
          } else {
            // A fragment without examples: built and imported.
            Cli.Run b = Cli.run(dir, "build", pyx.toString());
            assertWithMessage("%s\n%s", code, b.stderr()).that(b.status()).isEqualTo(0);
            Process p = new ProcessBuilder("python3", "-c", "import " + module).directory(dir.toFile())
                .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertWithMessage("%s\n%s", code, out).that(p.waitFor()).isEqualTo(0);
          }
        }));
      }
    }
    assertWithMessage("cython samples in the docs").that(tests.size()).isAtLeast(3);
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> shownOutputsAreWhatPyxcPrints() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path doc : documents()) {
      Matcher m = OUTPUT_BLOCK.matcher(Files.readString(doc));
      while (m.find()) {
        String args = m.group(1).strip();
        String shown = m.group(2);
        tests.add(DynamicTest.dynamicTest(doc.getFileName() + ": pyxc " + args, () -> {
          Cli.Run r = Cli.run(Paths.root(), args.split(" +"));
          assertWithMessage("output of pyxc %s shown in %s", args, doc.getFileName())
              .that((r.stdout() + r.stderr()).strip()).isEqualTo(shown.strip());
        }));
      }
    }
    assertWithMessage("command outputs shown in the docs").that(tests.size()).isAtLeast(2);
    return tests.stream();
  }
}
