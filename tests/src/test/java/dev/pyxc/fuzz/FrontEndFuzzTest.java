package dev.pyxc.fuzz;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pyxc.ast.Module;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.driver.Compiler;
import dev.pyxc.lex.Lexer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The front end and the whole pipeline on arbitrary bytes: every input either compiles or is
 * rejected with diagnostics at positions inside the file; any other exception, a verifier
 * rejection ({@link Compiler.InternalError}), a {@link StackOverflowError} or a hang is a finding.
 *
 * <p>{@code mvn verify} replays the committed regression inputs under
 * {@code src/test/resources/dev/pyxc/fuzz/FrontEndFuzzTestInputs/<method>/}; {@code tools/fuzz}
 * runs real coverage-guided fuzzing of one method (see {@code docs/testing.md}).
 */
class FrontEndFuzzTest {
  private static final String FILE = "fuzz.pyx";

  @FuzzTest
  @DictionaryFile(resourcePath = "pyx.dict")
  void lexer(byte[] input) {
    String src = decode(input);
    Diagnostics diags = new Diagnostics(FILE);
    new Lexer(src, diags).scan();
    checkPositions(src, diags.all());
  }

  @FuzzTest
  @DictionaryFile(resourcePath = "pyx.dict")
  void parser(byte[] input) {
    String src = decode(input);
    try {
      Compiler.parse("fuzz", src, FILE);
    } catch (CompileError e) {
      checkRejection(src, e);
    }
  }

  @FuzzTest
  @DictionaryFile(resourcePath = "pyx.dict")
  void sema(byte[] input) {
    String src = decode(input);
    Module module;
    try {
      module = Compiler.parse("fuzz", src, FILE);
    } catch (CompileError e) {
      return;
    }
    try {
      Compiler.check(module, List.of(), FILE);
    } catch (CompileError e) {
      checkRejection(src, e);
    }
  }

  @FuzzTest
  @DictionaryFile(resourcePath = "pyx.dict")
  void compile(byte[] input) {
    String src = decode(input);
    try {
      Compiler.Result r = Compiler.compile("fuzz", src, FILE, List.of(), false);
      assertWithMessage("C output").that(r.c()).contains("PyInit_fuzz");
      checkPositions(src, r.warnings());
    } catch (CompileError e) {
      checkRejection(src, e);
    }
  }

  /** The position check can fail: a column past the end of its line, a line past the file. */
  @Test
  void positionsOutsideTheFileAreFindings() {
    String src = "x = 1\ny\n";
    checkPositions(src, List.of(Diagnostic.error(FILE, 2, 2, "ok: one past the end"), Diagnostic.error(FILE, 4, 0, "eof")));
    assertThrows(AssertionError.class, () -> checkPositions(src, List.of(Diagnostic.error(FILE, 2, 3, "past the end"))));
    assertThrows(AssertionError.class, () -> checkPositions(src, List.of(Diagnostic.error(FILE, 5, 0, "past the file"))));
    assertThrows(AssertionError.class, () -> checkPositions(src, List.of(Diagnostic.error("other.pyx", 1, 0, "file"))));
  }

  /** Bytes that are not UTF-8 become U+FFFD, as a file read with replacement would. */
  private static String decode(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  private static void checkRejection(String src, CompileError e) {
    assertWithMessage("a rejection carries at least one error").that(e.diagnostics()).isNotEmpty();
    checkPositions(src, e.diagnostics());
  }

  /**
   * Each message names the file, a line of it (or the line after the last, where an unexpected
   * end of file is reported) and a column no further than one past that line's end. Plain
   * comparisons, not assertion objects: a garbage input has hundreds of diagnostics, and this
   * runs millions of times when fuzzing.
   */
  static void checkPositions(String src, List<Diagnostic> diagnostics) {
    String[] lines = src.split("\r\n|\r|\n", -1);
    for (Diagnostic d : diagnostics) {
      int length = d.line() >= 1 && d.line() <= lines.length ? lines[d.line() - 1].length() : 0;
      boolean ok = d.file().equals(FILE) && !d.message().isEmpty() && d.line() >= 1 && d.line() <= lines.length + 1
          && d.col() >= 0 && d.col() <= length + 1;
      if (!ok) throw new AssertionError("diagnostic outside the file (" + lines.length + " lines, line length " + length + "): " + d);
    }
  }

}
