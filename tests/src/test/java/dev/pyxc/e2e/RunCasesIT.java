package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.cli.ModuleTester;
import dev.pyxc.support.InParallel;
import dev.pyxc.support.Paths;
import dev.pyxc.support.PyxFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code tests/cases/run/**.pyx} and {@code examples/}: compiled by pyxc, built with gcc for the
 * release interpreter and for {@code python3-dbg}, doctests run under both, and the total
 * reference count checked to stay put over repeated runs of every docstring's examples. Cases are
 * built and run one per core.
 */
class RunCasesIT {
  private static ModuleTester tester;

  @BeforeAll
  static void setUp() throws Exception {
    tester = new ModuleTester(ModuleTester.interpreters("python3", true), true, List.of());
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
    try (Stream<Path> s = java.nio.file.Files.list(dir)) {
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

  private static Stream<DynamicTest> cases(Path dir) throws Exception {
    List<Path> files = PyxFiles.under(dir);
    assertWithMessage("cases under %s", dir).that(files).isNotEmpty();
    return InParallel.tests(files, f -> dir.relativize(f).toString(), f -> {
      ModuleTester.Outcome o = tester.test(f);
      assertWithMessage("%s", o.log()).that(o.passed()).isTrue();
    });
  }
}
