package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.cli.ModuleTester;
import dev.pyxc.driver.Compiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Negative controls for the reference-count and buffer checks: the same module with one
 * Py_DECREF (or one buffer release) removed from its C, the bug an emitter deciding ownership
 * could make, must be reported, and the unmodified module must pass. Without these, a check that
 * never fails would look the same.
 */
class RefcheckControlIT {
  @TempDir
  Path dir;

  private static final String SOURCE = """
      def f(x):
          \"\"\"
          >>> f("a")
          2
          \"\"\"
          n = len([x, x])
          return n
      """;

  @Test
  void removedDecrefIsReportedAsALeak() throws Exception {
    String c = Compiler.compile("leaky", SOURCE, "leaky.pyx", List.of()).c();
    assertThat(runRefcheck(c)).contains("leaky: 1 doctest examples passed, reference counts balanced");
    // The temporary list is released right after len(); drop that release.
    String broken = removeStatement(c, "Py_DECREF(", "= pyxc_list_pack_new(");
    assertThat(runRefcheck(broken)).contains("reference count grew by");
  }

  private static final String CYCLE_SOURCE = """
      def cycle():
          \"\"\"
          >>> cycle()
          1
          \"\"\"
          a = []
          a.append(a)
          return len(a)
      """;

  /**
   * The positive control of the collection between measurements: a list that holds itself, made on
   * every call, is garbage the collector frees, not a leak.
   */
  @Test
  void cyclicGarbageIsNotALeak() throws Exception {
    String c = Compiler.compile("leaky", CYCLE_SOURCE, "leaky.pyx", List.of()).c();
    assertThat(runRefcheck(c)).contains("leaky: 1 doctest examples passed, reference counts balanced");
  }

  private static final String VIEW_SOURCE = """
      def first(double[:] x):
          \"\"\"
          >>> import array
          >>> first(array.array('d', [1.5]))
          1.5
          \"\"\"
          return x[0]
      """;

  /** The same for buffers: a release dropped from the C leaves an acquisition the runner reports. */
  @Test
  void removedReleaseIsReportedAsABufferLeftBehind() throws Exception {
    String c = Compiler.compile("views", VIEW_SOURCE, "views.pyx", List.of()).c();
    assertThat(runTracked(c)).contains("views: 2 doctest examples passed");
    // The wrapper releases the argument's acquisition after the call; drop that release.
    String broken = removeStatement(c, "pyxc_mv_release(&", "pyxc_pw_first");
    assertThat(runTracked(broken)).contains("views: 1 buffer acquisition(s) left behind after the doctests");
  }

  /** The C with the first statement starting with {@code statement} after {@code after} removed. */
  private static String removeStatement(String c, String statement, String after) {
    int at = c.indexOf(statement, c.indexOf(after));
    assertThat(at).isGreaterThan(0);
    int end = c.indexOf(';', at);
    return c.substring(0, at) + "/* removed */" + c.substring(end + 1);
  }

  private String runTracked(String cText) throws Exception {
    PythonConfig py = ModuleTester.interpreters("python3", false).get(0);
    Path c = dir.resolve("views.c");
    Files.writeString(c, cText);
    Gcc.build(py, c, dir.resolve("views" + py.extSuffix()), List.of("-DPYXC_TRACK_OWNERS"));
    return run(py, "views");
  }

  private String run(PythonConfig py, String module, String... flags) throws Exception {
    Path runner = ModuleTester.writeDoctestRunner(dir);
    List<String> cmd = new java.util.ArrayList<>(List.of(py.executable(), runner.toString(), dir.toString(), module));
    cmd.addAll(List.of(flags));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private String runRefcheck(String cText) throws Exception {
    PythonConfig dbg = ModuleTester.interpreters("python3", true).get(1);
    Path c = dir.resolve("leaky.c");
    Files.writeString(c, cText);
    Gcc.build(dbg, c, dir.resolve("leaky" + dbg.extSuffix()));
    return run(dbg, "leaky", "--refcheck");
  }
}
