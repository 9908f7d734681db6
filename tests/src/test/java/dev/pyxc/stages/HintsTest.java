package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.CythonErrorFormat;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.driver.Compiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Suggestions after Cython's message, which stays Cython's word for word (the messages and
 * positions here are what Cython 3.3.0 prints for the same sources).
 */
class HintsTest {
  private static Diagnostic only(String source) {
    try {
      Compiler.compile("m", source, "m.pyx", List.of());
    } catch (CompileError e) {
      assertThat(e.diagnostics()).hasSize(1);
      return e.diagnostics().get(0);
    }
    throw new AssertionError("compiled");
  }

  @Test
  void misspeltLocalSuggestsTheLocal() {
    Diagnostic d = only("def f(int count):\n    total = 0\n    return totl + count\n");
    assertThat(d.position()).isEqualTo("3:11: undeclared name not builtin: totl");
    assertThat(d.hint()).isEqualTo("did you mean 'total'?");
    assertThat(CythonErrorFormat.format(d, List.of("", "", "    return totl + count")))
        .endsWith("m.pyx:3:11: undeclared name not builtin: totl\nhint: did you mean 'total'?\n");
  }

  @Test
  void cBooleanOperatorsNameThePythonOnes() {
    // Cython 3.3.0 prints the same position and message, and the hint's words as a warning.
    Diagnostic or = only("def f(a, b):\n    return a || b\n");
    assertThat(or.position()).isEqualTo("2:13: Syntax error in simple statement list");
    assertThat(or.hint()).isEqualTo("Found the C operator '||', did you mean the Python operator 'or'?");
    assertThat(only("def f(a, b):\n    return a && b\n").hint())
        .isEqualTo("Found the C operator '&&', did you mean the Python operator 'and'?");
  }

  @Test
  void misspeltBuiltinAndParameter() {
    assertThat(only("def f(values):\n    return lenn(values)\n").hint()).isEqualTo("did you mean 'len'?");
    assertThat(only("def f(values):\n    return len(valeus)\n").hint()).isEqualTo("did you mean 'values'?");
  }

  @Test
  void nothingCloseMeansNoHint() {
    assertThat(only("def f(int a):\n    return zzzqqq\n").hint()).isNull();
  }

  @Test
  void statementLevelWalrusSuggestsParentheses() {
    Diagnostic d = only("def f(double[:] x):\n    y := x\n");
    assertThat(d.position()).isEqualTo("2:6: invalid syntax: assignment expression not allowed in this context");
    assertThat(d.hint()).contains("wrap the assignment expression in parentheses, '(y := ...)'");
  }
}
