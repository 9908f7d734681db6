package dev.pyxc.diag;

import java.util.List;

/**
 * Renders a diagnostic in Cython's frame: a blank line, the title, 60 dashes, {@code ...} and up
 * to six source lines ending at the error line, a caret under the column, 60 dashes, and
 * {@code FILE:LINE:COL: message}.
 */
public final class CythonErrorFormat {
  private static final String RULE = "-".repeat(60);

  private CythonErrorFormat() {}

  /** A warning is one line, as Cython prints it: {@code warning: FILE:LINE:COL: message}. */
  public static String formatWarning(Diagnostic d) {
    return "warning: " + d.file() + ":" + d.position() + "\n";
  }

  /** For a file that did not decode, Cython prints no excerpt and no caret. */
  public static String formatUnprintable(Diagnostic d) {
    return "\nError compiling Cython file:\n" + RULE + "\n[unprintable code]\n" + RULE + "\n" + d.file() + ":" + d.position() + "\n";
  }

  public static String format(Diagnostic d, List<String> sourceLines) {
    StringBuilder sb = new StringBuilder();
    String title = d.severity() == Diagnostic.Severity.ERROR ? "Error compiling Cython file:" : "Warning compiling Cython file:";
    sb.append('\n').append(title).append('\n').append(RULE).append('\n').append("...\n");
    int last = Math.min(d.line(), sourceLines.size());
    int first = Math.max(1, last - 5);
    for (int i = first; i <= last; i++) {
      sb.append(sourceLines.get(i - 1).replace("\t", "        ")).append('\n');
    }
    sb.append(" ".repeat(Math.max(0, d.col()))).append("^\n");
    sb.append(RULE).append('\n');
    sb.append(d.file()).append(':').append(d.position()).append('\n');
    if (d.hint() != null) sb.append("hint: ").append(d.hint()).append('\n');
    return sb.toString();
  }
}
