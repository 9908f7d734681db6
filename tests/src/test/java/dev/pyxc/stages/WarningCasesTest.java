package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.diag.Diagnostic;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.Paths;
import dev.pyxc.support.PyxFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code tests/cases/warnings/**.pyx}: each file ends with the {@code _WARNINGS} Cython 3.3.0
 * printed for it under {@code -Wextra}; pyxc with the same directives must give exactly those
 * {@code LINE:COL: message} warnings, in order, and still compile.
 */
class WarningCasesTest {
  private static final String MARK = "\n_WARNINGS = \"\"\"\n";
  private static final List<Compiler.DirectiveSetting> WEXTRA = List.of(
      new Compiler.DirectiveSetting("warn.unused", "True"),
      new Compiler.DirectiveSetting("warn.unreachable", "True"),
      new Compiler.DirectiveSetting("warn.maybe_uninitialized", "True"));

  @TestFactory
  Stream<DynamicTest> warningCases() throws Exception {
    Path dir = Paths.cases("warnings");
    return PyxFiles.under(dir).stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> check(f)));
  }

  private static void check(Path f) throws Exception {
    String text = Files.readString(f);
    int at = text.indexOf(MARK);
    if (at < 0) throw new AssertionError(f + " has no _WARNINGS block");
    String block = text.substring(at + MARK.length(), text.indexOf("\"\"\"", at + MARK.length()));
    List<String> expected = Arrays.stream(block.split("\n")).filter(l -> !l.isBlank()).toList();
    String name = f.getFileName().toString().replace(".pyx", "");
    Compiler.Result r = Compiler.compile(name, text.substring(0, at + 1), f.getFileName().toString(), WEXTRA);
    assertWithMessage("warnings of %s", f).that(r.warnings().stream().map(Diagnostic::position).toList())
        .containsExactlyElementsIn(expected).inOrder();
    Compiler.Result quiet = Compiler.compile(name, text.substring(0, at + 1), f.getFileName().toString(), List.of());
    assertWithMessage("warnings of %s without -Wextra", f).that(quiet.warnings()).isEmpty();
  }
}
