package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.diag.Diagnostic;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.ExpectedBlock;
import dev.pyxc.support.Paths;
import dev.pyxc.support.PyxFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code tests/cases/warnings/**.pyx}: each file ends with the {@code _WARNINGS} Cython 3.3.0
 * printed for it under {@code -Wextra}; pyxc with the same directives must give exactly those
 * {@code LINE:COL: message} warnings, in order, and still compile. Without {@code -Wextra} only
 * the warnings Cython always gives remain.
 */
class WarningCasesTest {
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
    ExpectedBlock block = ExpectedBlock.read(f, "_WARNINGS");
    String name = f.getFileName().toString().replace(".pyx", "");
    Compiler.Result r = Compiler.compile(name, block.source(), f.getFileName().toString(), WEXTRA);
    assertWithMessage("warnings of %s", f).that(shown(r))
        .containsExactlyElementsIn(block.expected()).inOrder();
    Compiler.Result quiet = Compiler.compile(name, block.source(), f.getFileName().toString(), List.of());
    // Without -Wextra Cython still warns about unreachable code and negative indices.
    List<String> always = block.expected().stream()
        .filter(w -> !w.contains(": Unused entry ") && !w.contains(" might be referenced before assignment")).toList();
    assertWithMessage("warnings of %s without -Wextra", f).that(shown(quiet))
        .containsExactlyElementsIn(always).inOrder();
  }

  /** The warnings Cython's command line shows (the goldens come from it): not those of its level 0. */
  private static List<String> shown(Compiler.Result r) {
    return r.warnings().stream().filter(w -> w.severity() == Diagnostic.Severity.WARNING).map(Diagnostic::position).toList();
  }

  /**
   * A noexcept function whose body can raise: Cython's level-0 warning, which its test harness
   * shows (recorded from Cython 3.3.0 with Errors.LEVEL = 0); pyxc keeps it for the conformance
   * runner and prints none.
   */
  @Test
  void unraisableExceptionIsALevelZeroWarning() throws Exception {
    Path f = Paths.cases("warnings").resolve("legacy_noexcept.pyx");
    ExpectedBlock block = ExpectedBlock.read(f, "_WARNINGS");
    Compiler.Result r = Compiler.compile("legacy_noexcept", block.source(), "legacy_noexcept.pyx", List.of());
    assertWithMessage("level-0 warnings").that(r.warnings().stream().filter(w -> w.severity() == Diagnostic.Severity.DETAIL)
        .map(Diagnostic::position).toList()).containsExactly("3:0: Unraisable exception in function 'legacy_noexcept.implicit'.");
  }
}
