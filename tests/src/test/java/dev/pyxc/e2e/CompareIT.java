package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour against recorded real-Cython runs, through {@code pyxc compare --check}: the
 * goldens under {@code tests/golden/cython-3.3/} were written by {@code pyxc compare --record}
 * from Cython 3.3.0 builds (see that directory's README); every doctest example of every
 * example, and every probe script, must give what Cython gave, except the differences listed in
 * {@code .known} files. Cython is not needed here. The run cases are judged against their goldens
 * by {@link RunCasesIT}, from the builds it tests.
 */
class CompareIT {
  private static final Path GOLDEN = Paths.root().resolve("tests/golden/cython-3.3");

  @TempDir
  Path work;

  private static void assertSame(Cli.Run r) {
    assertWithMessage("%s%s", r.stdout(), r.stderr()).that(r.status()).isEqualTo(0);
    assertThat(r.stdout()).contains(" 0 different");
    assertThat(r.stdout()).doesNotContain("DIFFERENT");
  }

  @Test
  void examplesBehaveAsRecordedFromCython() throws Exception {
    assertSame(Cli.run(Paths.root(), "compare", "--check", GOLDEN.resolve("examples").toString(), "examples"));
  }

  @TestFactory
  Stream<DynamicTest> probes() throws Exception {
    Path dir = GOLDEN.resolve("probes");
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> probes = s.filter(p -> p.getFileName().toString().endsWith("_probe.py")).sorted().toList();
      assertWithMessage("probes in %s", dir).that(probes).isNotEmpty();
      return probes.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
        String module = Files.readAllLines(p).get(0).substring("# module: ".length()).strip();
        assertSame(Cli.run(Paths.root(), "compare", "--check", dir.toString(), "--driver", p.toString(), module));
      }));
    }
  }

  /** The negative control: a golden that disagrees with pyxc in one printed value is reported. */
  @Test
  void aDifferentResultIsReported() throws Exception {
    Path golden = Files.createDirectories(work.resolve("golden"));
    String text = Files.readString(GOLDEN.resolve("examples/numbers.out"));
    assertThat(text).contains("| (1, 3628800)");
    Files.writeString(golden.resolve("numbers.out"), text.replace("| (1, 3628800)", "| (1, 3628801)"));
    Cli.Run r = Cli.run(Paths.root(), "compare", "--check", golden.toString(), "examples/numbers.pyx");
    assertWithMessage(r.stderr()).that(r.status()).isEqualTo(1);
    assertThat(r.stdout()).contains("DIFFERENT examples/numbers.pyx");
    assertThat(r.stdout()).contains("fact(0), fact(10)");
    assertThat(r.stdout()).contains("golden: | (1, 3628801)");
    assertThat(r.stdout()).contains("pyxc: | (1, 3628800)");
  }

  /** Debian's cython3 (0.29, installed by ./test) as the reference, on a module without ':='. */
  @Test
  void againstDebiansCython3() throws Exception {
    Cli.Run r = Cli.run(Paths.root(), "compare", "--cython", "cython3", "examples/stats.pyx");
    assertSame(r);
    assertThat(r.stdout()).contains("same      examples/stats.pyx (16 example(s))");
    assertThat(r.stdout()).contains("with Cython 0.29");
  }
}
