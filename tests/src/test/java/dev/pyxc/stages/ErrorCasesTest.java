package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.ExpectedBlock;
import dev.pyxc.support.Paths;
import dev.pyxc.support.PyxFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code tests/cases/errors/**.pyx}: each file ends with Cython's {@code _ERRORS} block; the
 * compile must fail with exactly those {@code LINE:COL: message} diagnostics, in order.
 */
class ErrorCasesTest {
  @TestFactory
  Stream<DynamicTest> errorCases() throws Exception {
    Path dir = Paths.cases("errors");
    return PyxFiles.under(dir).stream().map(f -> DynamicTest.dynamicTest(dir.relativize(f).toString(), () -> check(f)));
  }

  private static void check(Path f) throws Exception {
    ExpectedBlock block = ExpectedBlock.read(f, "_ERRORS");
    String source = block.source();
    List<String> expected = block.expected();
    String name = f.getFileName().toString().replace(".pyx", "");
    try {
      Compiler.compile(name, source, f.getFileName().toString(), List.of());
    } catch (CompileError e) {
      List<String> actual = e.diagnostics().stream().map(Diagnostic::position).toList();
      assertWithMessage("diagnostics of %s", f).that(actual).containsExactlyElementsIn(expected).inOrder();
      for (Diagnostic d : e.diagnostics()) assertWithMessage("file name in %s", d).that(d.file()).isEqualTo(f.getFileName().toString());
      return;
    }
    throw new AssertionError(f + " compiled without errors; expected " + expected);
  }
}
