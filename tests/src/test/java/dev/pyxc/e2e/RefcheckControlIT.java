package dev.pyxc.e2e;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.build.Gcc;
import dev.pyxc.build.PythonConfig;
import dev.pyxc.cli.ModuleTester;
import dev.pyxc.driver.Compiler;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A negative control for the reference-count check: the same module with one Py_DECREF removed
 * from its C (the bug an emitter deciding ownership could make) must be reported as a leak, and
 * the unmodified module must pass. Without this, a check that never fails would look the same.
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
    int at = c.indexOf("Py_DECREF(", c.indexOf("= pyxc_list_pack_new("));
    assertThat(at).isGreaterThan(0);
    int end = c.indexOf(';', at);
    String broken = c.substring(0, at) + "/* removed */" + c.substring(end + 1);
    String out = runRefcheck(broken);
    assertThat(out).contains("reference count grew by");
  }

  private String runRefcheck(String cText) throws Exception {
    PythonConfig dbg = ModuleTester.interpreters("python3", true).get(1);
    Path c = dir.resolve("leaky.c");
    Files.writeString(c, cText);
    Gcc.build(dbg, c, dir.resolve("leaky" + dbg.extSuffix()));
    Path runner = dir.resolve("runner.py");
    try (InputStream in = ModuleTester.class.getResourceAsStream("doctest_runner.py")) {
      Files.write(runner, in.readAllBytes());
    }
    Process p = new ProcessBuilder(dbg.executable(), runner.toString(), dir.toString(), "leaky", "--refcheck")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
