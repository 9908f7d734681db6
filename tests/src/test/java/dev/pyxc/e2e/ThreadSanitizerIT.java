package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.build.PythonConfig;
import dev.pyxc.cli.ModuleTester;
import dev.pyxc.support.InParallel;
import dev.pyxc.support.Paths;
import dev.pyxc.support.PyxFiles;
import dev.pyxc.support.ThreadSanitizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every run case and example that uses {@code cython.parallel} (prange loops, parallel() blocks,
 * OpenMP's routines), built with {@code -fsanitize=thread} and its doctests run on several threads
 * under ThreadSanitizer (see {@link ThreadSanitizer} for the OpenMP runtime it needs): no data
 * race may be reported, and every example must still pass. The negative control, a prange loop
 * whose iterations all increment one int through a pointer, must be reported.
 */
class ThreadSanitizerIT {
  private static ModuleTester tester;

  @BeforeAll
  static void setUp() throws Exception {
    PythonConfig debug = ModuleTester.interpreters("/usr/bin/python3", true).get(1);
    tester = new ModuleTester(List.of(debug), false, List.of()).withBuild(ThreadSanitizer.cflags(), ThreadSanitizer.runEnvironment());
  }

  @AfterAll
  static void tearDown() throws Exception {
    tester.close();
  }

  /** The cases whose modules run OpenMP threads: those that cimport or import from cython.parallel. */
  static List<Path> parallelCases() throws Exception {
    List<Path> out = new ArrayList<>();
    for (Path dir : List.of(Paths.cases("run"), Paths.root().resolve("examples"))) {
      for (Path f : PyxFiles.under(dir)) if (Files.readString(f).contains("cython.parallel")) out.add(f);
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> parallelCasesRunWithoutADataRace() throws Exception {
    List<Path> files = parallelCases();
    assertWithMessage("cases using cython.parallel").that(files.size()).isAtLeast(10);
    return InParallel.tests(files, f -> Paths.root().relativize(f).toString(), f -> {
      ModuleTester.Outcome o = tester.test(f);
      assertWithMessage("%s", o.log()).that(o.log()).doesNotContain("ThreadSanitizer");
      assertWithMessage("%s", o.log()).that(o.passed()).isTrue();
    });
  }

  @Test
  void aRaceThroughAPointerIsReported() throws Exception {
    ModuleTester.Outcome o = tester.test(Paths.root().resolve("tests/tsan/racy_pointer.pyx"));
    assertWithMessage("%s", o.log()).that(o.log()).contains("WARNING: ThreadSanitizer: data race");
    assertWithMessage("%s", o.log()).that(o.log()).contains("in pyxc_pf_racy");
    assertWithMessage("%s", o.log()).that(o.passed()).isFalse();
  }
}
