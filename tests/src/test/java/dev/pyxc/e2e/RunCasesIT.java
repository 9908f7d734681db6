package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.build.PythonConfig;
import dev.pyxc.cli.ModuleTester;
import dev.pyxc.support.AddressSanitizer;
import dev.pyxc.support.InParallel;
import dev.pyxc.support.Paths;
import dev.pyxc.support.PyxFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tests/cases/run/**.pyx} and {@code examples/}: compiled by pyxc and built once, for
 * {@code python3-dbg} with {@code -fsanitize=address,undefined} at {@code -O0} (errors fatal;
 * the sanitizers find the same faults unoptimised), then run with the ASan runtime preloaded:
 * every example is judged against the goldens recorded from real Cython 3.3.0 under
 * {@code tests/golden/cython-3.3/} (as {@code pyxc compare --check} judges: it must print or raise
 * what Cython's build did, except the differences a {@code .known} file explains), and the
 * doctests run with the total reference count checked to stay put over repeated runs of every
 * docstring's examples (with no buffer acquisition left behind). One build carries all three
 * checks; the release interpreter runs the trees here, and modules built as users build them (at
 * {@code -O2}, for {@code /usr/bin/python3}, without sanitizers) are run by
 * {@code GeneratedProgramsIT}, {@code CompareIT}, {@code DocSamplesIT} and the README's command.
 * Cases are built and run one per core.
 */
class RunCasesIT {
  private static final Path GOLDEN = Paths.root().resolve("tests/golden/cython-3.3");
  private static ModuleTester tester;

  @BeforeAll
  static void setUp() throws Exception {
    Path run = Paths.cases("run");
    Path examples = Paths.root().resolve("examples");
    // One build, for the debug interpreter, checked by the sanitizers, the reference counts and the goldens at once.
    PythonConfig debug = ModuleTester.interpreters("/usr/bin/python3", true).get(1);
    tester = new ModuleTester(List.of(debug), true, List.of())
        .withBuild(AddressSanitizer.cflags("-O0"), AddressSanitizer.runEnvironment())
        .withGoldens(pyx -> {
          Path in = pyx.startsWith(run) ? run : examples;
          return GOLDEN.resolve(in == run ? "run" : "examples").resolve(goldenName(in.relativize(pyx)));
        });
  }

  private static Path goldenName(Path relativePyx) {
    return relativePyx.resolveSibling(relativePyx.getFileName().toString().replaceFirst("\\.pyx$", ".out"));
  }

  @AfterAll
  static void tearDown() throws Exception {
    tester.close();
  }

  @TestFactory
  Stream<DynamicTest> runCases() throws Exception {
    return cases(Paths.cases("run"));
  }

  /**
   * {@code tests/cases/trees/*.srctree}: several modules in Cython's test format, built by pyxc
   * where Cython would build them, their commands run under both interpreters.
   */
  @TestFactory
  Stream<DynamicTest> trees() throws Exception {
    Path dir = Paths.cases("trees");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".srctree")).sorted().toList();
    }
    assertWithMessage("cases under %s", dir).that(files).isNotEmpty();
    dev.pyxc.cli.TreeTester trees = new dev.pyxc.cli.TreeTester(ModuleTester.interpreters("python3", true), List.of(),
        tester.workDir());
    return InParallel.tests(files, f -> dir.relativize(f).toString(), f -> {
      ModuleTester.Outcome o = trees.test(f);
      assertWithMessage("%s", o.log()).that(o.passed()).isTrue();
    });
  }

  @TestFactory
  Stream<DynamicTest> examples() throws Exception {
    return cases(Paths.root().resolve("examples"));
  }

  @TempDir
  Path work;

  /** The negative control of the golden check: a golden that disagrees in one printed value fails the module. */
  @Test
  void aResultDifferentFromTheGoldenFails() throws Exception {
    String text = Files.readString(GOLDEN.resolve("examples/numbers.out"));
    assertThat(text).contains("| (1, 3628800)");
    Path golden = work.resolve("numbers.out");
    Files.writeString(golden, text.replace("| (1, 3628800)", "| (1, 3628801)"));
    try (ModuleTester t = new ModuleTester(ModuleTester.interpreters("python3", false), false, List.of())
        .withGoldens(pyx -> golden)) {
      ModuleTester.Outcome o = t.test(Paths.root().resolve("examples/numbers.pyx"));
      assertWithMessage("%s", o.log()).that(o.passed()).isFalse();
      assertThat(o.log()).contains("DIFFERENT");
      assertThat(o.log()).contains("golden: | (1, 3628801)");
      assertThat(o.log()).contains("pyxc: | (1, 3628800)");
    }
  }

  private static Stream<DynamicTest> cases(Path dir) throws Exception {
    List<Path> files = PyxFiles.under(dir);
    assertWithMessage("cases under %s", dir).that(files).isNotEmpty();
    return InParallel.tests(files, f -> dir.relativize(f).toString(), f -> {
      ModuleTester.Outcome o = tester.test(f);
      assertWithMessage("%s", o.log()).that(o.passed()).isTrue();
      assertWithMessage("%s", o.log()).that(o.log()).doesNotContain("ERROR: AddressSanitizer");
    });
  }
}
