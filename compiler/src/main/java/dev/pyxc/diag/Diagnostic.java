package dev.pyxc.diag;

/**
 * One compiler message at a source position. {@code line} is 1-based and {@code col} 0-based,
 * as in Cython's {@code FILE:LINE:COL: message}.
 */
public record Diagnostic(Severity severity, String file, int line, int col, String message) {
  public enum Severity { ERROR, WARNING }

  public static Diagnostic error(String file, int line, int col, String message) {
    return new Diagnostic(Severity.ERROR, file, line, col, message);
  }

  public static Diagnostic warning(String file, int line, int col, String message) {
    return new Diagnostic(Severity.WARNING, file, line, col, message);
  }

  /** The last line of Cython's frame, and the form used in {@code _ERRORS} blocks. */
  public String position() {
    return line + ":" + col + ": " + message;
  }
}
