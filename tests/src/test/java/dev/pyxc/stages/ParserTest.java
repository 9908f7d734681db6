package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.pyxc.ast.AstPrinter;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.driver.Compiler;
import dev.pyxc.support.CaseFile;
import dev.pyxc.support.Paths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code tests/cases/parse/*.test}: source in, the AST as S-expressions out (or the syntax error). */
class ParserTest {
  @TestFactory
  Stream<DynamicTest> parseCases() throws Exception {
    try (Stream<Path> files = Files.list(Paths.cases("parse"))) {
      return files.filter(p -> p.toString().endsWith(".test")).sorted().toList().stream()
          .flatMap(f -> {
            try {
              return CaseFile.load(f).stream();
            } catch (Exception e) {
              throw new RuntimeException(e);
            }
          })
          .map(c -> DynamicTest.dynamicTest(c.file() + ": " + c.name(), () ->
              assertWithMessage("%s:%s", c.file(), c.line()).that(parse(c.input() + "\n")).isEqualTo(c.expected())));
    }
  }

  static String parse(String source) {
    try {
      return AstPrinter.module(Compiler.parse("t", source, "t.pyx")).strip();
    } catch (CompileError e) {
      return e.diagnostics().stream().map(d -> "error " + d.position()).collect(Collectors.joining("\n"));
    }
  }
}
