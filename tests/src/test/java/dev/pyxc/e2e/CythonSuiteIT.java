package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.support.Paths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/cython-suite} over a small tree laid out as Cython's {@code tests/}
 * ({@code tests/cases/suite-fixture}): one file for each status and convention, a committed
 * table it must compare with, and a known-differences file. Cython's own suite is a longer run
 * (docs/conformance.md); this checks the runner itself on every build.
 */
class CythonSuiteIT {
  @TempDir
  Path repo;

  @Test
  void everyFileGetsItsStatusAndAPassThatStopsPassingFailsTheRun() throws Exception {
    Path tables = Files.createDirectories(repo.resolve("tests/cython-suite"));
    // The record says differs.pyx passed: this run must call that a regression.
    Files.writeString(tables.resolve("status.tsv"), "file\tstatus\ttags\tblockers\treason\nrun/differs.pyx\tpass\t-\t-\t1 tests\n");
    Files.writeString(tables.resolve("known.tsv"), "errors/e_other_message.pyx\tdifference\tthe fixture's message is not Cython's\n");
    Path fixture = Paths.root().resolve("tests/cases/suite-fixture");
    Process p = new ProcessBuilder(Paths.root().resolve("tools/cython-suite").toString(), fixture.toString(), "--repo",
        repo.toString(), "-j", "2").redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();

    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tables.resolve("status.tsv"))) {
      String[] cols = line.split("\t", -1);
      rows.put(cols[0], cols);
    }
    assertWithMessage(out).that(rows.keySet()).containsExactly("file", "errors/e_other_message.pyx", "errors/e_undeclared.pyx",
        "memoryview/view_sum.pyx", "run/blocked.pyx", "run/cpp_only.pyx", "run/differs.pyx", "run/latin1.pyx",
        "run/level2_division.pyx", "run/level3_division.pyx", "run/listed_bug.pyx", "run/passes.pyx").inOrder();
    assertRow(rows, "run/passes.pyx", "pass", "1 tests");
    assertRow(rows, "memoryview/view_sum.pyx", "pass", "1 tests");
    assertRow(rows, "run/latin1.pyx", "pass", "1 tests");
    assertRow(rows, "run/level2_division.pyx", "pass", "1 tests");
    assertRow(rows, "run/level3_division.pyx", "pass", "1 tests");
    assertRow(rows, "errors/e_undeclared.pyx", "pass", "");
    assertRow(rows, "run/differs.pyx", "difference", "differs.add: add(1, 2) expected 4 got 3");
    assertRow(rows, "run/blocked.pyx", "not-supported", "t-strings, async");
    assertThat(rows.get("run/blocked.pyx")[3]).isEqualTo("t-strings,async");
    assertRow(rows, "run/cpp_only.pyx", "not-supported", "C++ (tag cpp)");
    assertThat(rows.get("run/cpp_only.pyx")[2]).isEqualTo("cpp");
    assertThat(rows.get("run/listed_bug.pyx")[1]).isEqualTo("cython-defect");
    assertThat(rows.get("run/listed_bug.pyx")[4]).contains("add(1, 2) expected 5 got 3");
    assertRow(rows, "errors/e_other_message.pyx", "difference",
        "known: the fixture's message is not Cython's [observed: error 1: expected 4:11: a message pyxc does not give got "
            + "4:11: undeclared name not builtin: nope]");

    assertWithMessage(out).that(out).contains("REGRESSION run/differs.pyx: passed, now difference");
    assertWithMessage(out).that(out).contains("UNEXPLAINED run/differs.pyx difference");
    assertWithMessage(out).that(out).doesNotContain("UNEXPLAINED errors/");
    assertWithMessage(out).that(status).isEqualTo(1);

    String doc = Files.readString(repo.resolve("docs/conformance.md"));
    assertThat(doc).contains("| `run` | 8 | 4 | 1 | 0 | 2 | 0 | 1 |");
    assertThat(doc).contains("| **all** | 11 | 6 | 2 | 0 | 2 | 0 | 1 |");
    assertThat(doc).contains("| t-strings | 1 | 0 |");
    assertThat(doc).contains("| C++ (tag cpp) | 1 | 1 |");
  }

  private static void assertRow(Map<String, String[]> rows, String file, String status, String reason) {
    String[] row = rows.get(file);
    assertWithMessage(file).that(row[1] + "\t" + row[4]).isEqualTo(status + "\t" + reason);
  }
}
