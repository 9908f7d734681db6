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
 * compile must fail with exactly those {@code LINE:COL: message} diagnostics, in order ({@code FILE:LINE:COL:
 * message} for one in another file, a {@code .pxd} beside it), and with exactly the warnings of its
 * {@code _WARNINGS} block when it has one.
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
    String file = f.getFileName().toString();
    try {
      // Compiled where it is, so that a .pxd beside it (its own, or one it cimports) is read.
      Compiler.compile(name, source, file, List.of(), false, f.getParent());
    } catch (CompileError e) {
      // A diagnostic in another file (a .pxd) is written with that file's name first, as Cython prints it.
      List<String> actual = e.diagnostics().stream().map(d -> d.file().equals(file) ? d.position() : d.file() + ":" + d.position())
          .toList();
      assertWithMessage("diagnostics of %s", f).that(actual).containsExactlyElementsIn(expected).inOrder();
      for (Diagnostic d : e.diagnostics()) {
        assertWithMessage("file of %s", d).that(java.nio.file.Files.exists(f.resolveSibling(d.file()))).isTrue();
      }
      // The warnings given beside the errors, where the file records them (as Cython prints both).
      if (java.nio.file.Files.readString(f).contains("\n_WARNINGS = \"\"\"\n")) {
        assertWithMessage("warnings of %s", f).that(e.warnings().stream().map(Diagnostic::position).toList())
            .containsExactlyElementsIn(ExpectedBlock.read(f, "_WARNINGS").expected()).inOrder();
      }
      return;
    }
    throw new AssertionError(f + " compiled without errors; expected " + expected);
  }
}
