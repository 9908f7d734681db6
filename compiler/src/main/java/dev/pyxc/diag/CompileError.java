package dev.pyxc.diag;

import java.util.List;

/** Thrown by a stage that cannot go on; carries every diagnostic gathered so far. */
public final class CompileError extends Exception {
  private final List<Diagnostic> diagnostics;

  public CompileError(List<Diagnostic> diagnostics) {
    super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).position(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
