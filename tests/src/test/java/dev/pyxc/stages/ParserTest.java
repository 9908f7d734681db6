package dev.pyxc.stages;

import dev.pyxc.ast.AstPrinter;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.CaseFile;
import dev.pyxc.support.Paths;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code tests/cases/parse/*.test}: source in, the AST as S-expressions out (or the syntax error). */
class ParserTest {
  @TestFactory
  Stream<DynamicTest> parseCases() throws Exception {
    return CaseFile.tests(Paths.cases("parse"), ParserTest::parse);
  }

  static String parse(String source) {
    try {
      return AstPrinter.module(Compiler.parse("t", source, "t.pyx")).strip();
    } catch (CompileError e) {
      return e.diagnostics().stream().map(d -> "error " + d.position()).collect(Collectors.joining("\n"));
    }
  }
}
