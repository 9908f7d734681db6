package dev.pyxc.conformance;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.diag.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the conformance runner reads Cython's test files, names blockers and keeps its table. */
class SuiteConventionsTest {
  @TempDir
  Path dir;

  private static Map<String, List<String>> header(String text) {
    return SuiteFile.header(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void headerIsTheLeadingBlockOfTagLines() {
    // As runtests.py's parse_tags: comma-separated values, coding lines skipped, the block ends at code.
    Map<String, List<String>> h = header("# -*- coding: latin-1 -*-\n# mode: error\n# tag: cpp, warnings\n# tag: numpy\n\ndef f(): pass\n# tag: late\n");
    assertThat(h.get("mode")).containsExactly("error");
    assertThat(h.get("tag")).containsExactly("cpp", "warnings", "numpy").inOrder();
    assertThat(h).doesNotContainKey("coding");
    // Blank lines before the first tag do not end the block; one after it does.
    assertThat(header("\n\n# mode: run\n\n# tag: x\n").get("tag")).isNull();
    assertThat(header("x = 1\n# mode: error\n")).isEmpty();
  }

  @Test
  void cppOnlyFilesAreTheCppTaggedOnesAndDistutilsCpp() throws Exception {
    Path tests = Files.createDirectories(dir.resolve("tests/run"));
    Files.writeString(tests.resolve("a.pyx"), "# tag: cpp\n");
    Files.writeString(tests.resolve("b.pyx"), "# distutils: language = c++\n");
    Files.writeString(tests.resolve("c.pyx"), "# tag: cpp11x\n");
    assertThat(SuiteFile.read(dir.resolve("tests"), tests.resolve("a.pyx")).cppOnly()).isTrue();
    assertThat(SuiteFile.read(dir.resolve("tests"), tests.resolve("b.pyx")).cppOnly()).isTrue();
    SuiteFile c = SuiteFile.read(dir.resolve("tests"), tests.resolve("c.pyx"));
    assertThat(c.cppOnly()).isFalse();
    assertThat(c.name()).isEqualTo("run/c.pyx");
    assertThat(c.mode()).isEqualTo("run");
  }

  @Test
  void errorsBlockIsSplitOffAndSorted() {
    ExpectedDiagnostics e = ExpectedDiagnostics.split(
        "cdef int x\n_ERRORS = u\"\"\"\n5:3: second\n2:10: first: with colon\nwarning: 1:0: a warning\n\"\"\"\n_WARNINGS = \"\"\"\n3:1: w\n\"\"\"\n");
    assertThat(e.source()).isEqualTo("cdef int x\n");
    assertThat(e.errors()).containsExactly("2:10: first: with colon", "5:3: second").inOrder();
    assertThat(e.warnings()).containsExactly("1:0: a warning", "3:1: w").inOrder();
  }

  @Test
  void blockerNamesComeFromTheNotSupportedMessages() {
    assertThat(Blockers.construct(err("'cdef class' is not supported by pyxc"))).isEqualTo("cdef class");
    assertThat(Blockers.construct(err("'cython.view' is not supported by pyxc in an expression"))).isEqualTo("cython.view");
    assertThat(Blockers.construct(err("pointer types are not supported by pyxc"))).isEqualTo("pointer types");
    assertThat(Blockers.construct(err("using C function 'strlen' as a Python object is not supported by pyxc")))
        .isEqualTo("using C function as a Python object");
    assertThat(Blockers.construct(err("undeclared name not builtin: x"))).isNull();
  }

  private static Diagnostic err(String message) {
    return Diagnostic.error("m.pyx", 1, 0, message);
  }

  @Test
  void aBlockedStatementBecomesPassWithItsDecoratorsContinuationsAndBlock() {
    String source = String.join("\n",
        "x = 1",
        "@decorator",
        "cdef class A:",
        "    def f(self):",
        "",
        "        return (1,",
        "2)",
        "y = [1,",
        "     lambda: 2]",
        "z = 3");
    String once = Blockers.without(source, List.of(3));
    assertThat(once).isEqualTo(String.join("\n", "x = 1", "pass", "", "", "", "", "", "y = [1,", "     lambda: 2]", "z = 3"));
    // An error on a continuation line takes the whole statement it continues.
    assertThat(Blockers.without(once, List.of(9))).isEqualTo(String.join("\n", "x = 1", "pass", "", "", "", "", "", "pass", "", "z = 3"));
  }

  @Test
  void stringsAndCommentsDoNotCountAsBrackets() {
    List<String> lines = List.of("s = '(' # (", "t = \"\"\"", "(", "\"\"\"", "u = 1");
    boolean[] continued = Blockers.continuationLines(lines);
    assertThat(continued).asList().containsExactly(false, false, true, true, false).inOrder();
  }

  @Test
  void bugsTxtEntriesAreSearchedInDirectoryDotModule() throws Exception {
    Path tests = Files.createDirectories(dir.resolve("tests/run"));
    Files.writeString(dir.resolve("tests/bugs.txt"), "# comment\nfoo_T1   # why\nrun.bar\n");
    for (String n : List.of("foo_T1", "bar", "xbar", "other")) Files.writeString(tests.resolve(n + ".pyx"), "");
    CythonBugs bugs = CythonBugs.read(dir.resolve("tests"));
    assertThat(bugs.excludes(SuiteFile.read(dir.resolve("tests"), tests.resolve("foo_T1.pyx")))).isTrue();
    assertThat(bugs.excludes(SuiteFile.read(dir.resolve("tests"), tests.resolve("bar.pyx")))).isTrue();
    assertThat(bugs.excludes(SuiteFile.read(dir.resolve("tests"), tests.resolve("xbar.pyx")))).isFalse();
    assertThat(bugs.excludes(SuiteFile.read(dir.resolve("tests"), tests.resolve("other.pyx")))).isFalse();
  }

  @Test
  void tableRoundTripsAndAPassThatStopsPassingIsARegression() throws Exception {
    Path tsv = dir.resolve("status.tsv");
    Outcome pass = new Outcome("run/a.pyx", Status.PASS, List.of("cpp"), "3 tests", List.of());
    // (a blocker may itself contain a comma: the table must give it back as it was)
    Outcome blocked = new Outcome("run/b.pyx", Status.NOT_SUPPORTED, List.of(), "lambda, cdef class",
        List.of("lambda", "cdef class", "decorators other than @a, @b and @c"));
    StatusTable.write(tsv, Map.of(pass.file(), pass, blocked.file(), blocked));
    Map<String, Outcome> read = StatusTable.read(tsv);
    assertThat(read.values()).containsExactly(pass, blocked).inOrder();
    Outcome worse = pass.withStatus(Status.DIFFERENCE, "f() expected 1 got 2");
    assertThat(StatusTable.regressions(read, Map.of(worse.file(), worse))).containsExactly("run/a.pyx: passed, now difference: f() expected 1 got 2");
    assertThat(StatusTable.regressions(read, read)).isEmpty();
  }

  @Test
  void aKnownFailureIsExplainedAndAnUnknownOneIsNot() throws Exception {
    Path tsv = dir.resolve("known.tsv");
    Files.writeString(tsv, "# file\tstatus\texplanation\nrun/a.pyx\tcython-defect\tCython 3.3.0 fails it too\n");
    Map<String, KnownDifferences.Entry> known = KnownDifferences.read(tsv);
    Outcome a = KnownDifferences.apply(known, new Outcome("run/a.pyx", Status.DIFFERENCE, List.of(), "f() expected 1 got 2", List.of()));
    assertThat(a.status()).isEqualTo(Status.CYTHON_DEFECT);
    assertThat(a.reason()).isEqualTo("known: Cython 3.3.0 fails it too [observed: f() expected 1 got 2]");
    Outcome b = KnownDifferences.apply(known, new Outcome("run/b.pyx", Status.DIFFERENCE, List.of(), "x", List.of()));
    assertThat(KnownDifferences.explained(known, b)).isFalse();
    assertThat(KnownDifferences.explained(known, new Outcome("run/c.pyx", Status.NOT_SUPPORTED, List.of(), "lambda", List.of("lambda"))))
        .isTrue();
  }

  @Test
  void aKnownDifferenceDoesNotExplainAnotherFailureOfTheFile() throws Exception {
    Path tsv = dir.resolve("known.tsv");
    Files.writeString(tsv, "run/a.pyx\tdifference\tpyxc prints it otherwise\n");
    Map<String, KnownDifferences.Entry> known = KnownDifferences.read(tsv);
    Outcome crash = KnownDifferences.apply(known, new Outcome("run/a.pyx", Status.INTERNAL_ERROR, List.of(), "internal compiler error", List.of()));
    assertThat(crash.status()).isEqualTo(Status.INTERNAL_ERROR);
    assertThat(KnownDifferences.explained(known, crash)).isFalse();
    Outcome differs = KnownDifferences.apply(known, new Outcome("run/a.pyx", Status.DIFFERENCE, List.of(), "f() expected 1 got 2", List.of()));
    assertThat(KnownDifferences.explained(known, differs)).isTrue();
  }
}
