package dev.pyxc.parse;

import dev.pyxc.diag.Pos;

/**
 * Thrown at the first syntax error (as in Cython, a syntax error stops the parse); {@link Parser}
 * turns it into diagnostics.
 */
final class SyntaxError extends RuntimeException {
  final Pos pos;
  /** Cython adds "Possible inconsistent indentation" when the error is met at an indent. */
  final boolean atIndent;
  String hint;
  /** Reported where Cython reports it and goes on checking the file (see TokenCursor.recoverable). */
  boolean recoverable;

  SyntaxError(Pos pos, String message, boolean atIndent) {
    super(message, null, false, false);
    this.pos = pos;
    this.atIndent = atIndent;
  }

  SyntaxError hint(String h) {
    this.hint = h;
    return this;
  }
}
