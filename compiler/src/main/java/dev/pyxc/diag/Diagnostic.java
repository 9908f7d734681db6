package dev.pyxc.diag;

/**
 * One compiler message at a source position. {@code line} is 1-based and {@code col} 0-based,
 * as in Cython's {@code FILE:LINE:COL: message}. {@code hint} (or null) is what the user most
 * likely meant; it is printed after Cython's message, which stays exactly Cython's.
 */
public record Diagnostic(Severity severity, String file, int line, int col, String message, String hint) {
  /**
   * {@code DETAIL}: a warning Cython gives only where every warning is shown (its level 0, which
   * its test harness uses): kept for the conformance runner, not printed by pyxc's commands.
   */
  public enum Severity { ERROR, WARNING, DETAIL }

  public static Diagnostic error(String file, int line, int col, String message) {
    return new Diagnostic(Severity.ERROR, file, line, col, message, null);
  }

  public static Diagnostic warning(String file, int line, int col, String message) {
    return new Diagnostic(Severity.WARNING, file, line, col, message, null);
  }

  public static Diagnostic detail(String file, int line, int col, String message) {
    return new Diagnostic(Severity.DETAIL, file, line, col, message, null);
  }

  public Diagnostic withHint(String h) {
    return new Diagnostic(severity, file, line, col, message, h);
  }

  /** The last line of Cython's frame, and the form used in {@code _ERRORS} blocks. */
  public String position() {
    return line + ":" + col + ": " + message;
  }
}
