package dev.pyxc.diag;

import java.util.List;

/**
 * Thrown by a stage that cannot go on; carries every error gathered so far, and the warnings
 * given before it stopped (Cython prints both).
 */
public final class CompileError extends Exception {
  private final List<Diagnostic> diagnostics;
  private final List<Diagnostic> warnings;

  public CompileError(List<Diagnostic> diagnostics) {
    this(diagnostics, List.of());
  }

  public CompileError(List<Diagnostic> diagnostics, List<Diagnostic> warnings) {
    super(diagnostics.isEmpty() ? "compile error" : diagnostics.get(0).position(), null, false, false);
    this.diagnostics = List.copyOf(diagnostics);
    this.warnings = List.copyOf(warnings);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }
}
