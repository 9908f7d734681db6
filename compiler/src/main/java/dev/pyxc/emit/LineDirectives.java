package dev.pyxc.emit;

import java.util.ArrayList;
import java.util.List;

/**
 * Cython's {@code --line-directives}: a {@code #line N "pkg/m.pyx"} before each line of C a
 * source line produced, so gcc's messages, gdb, perf and gcov name the {@code .pyx} line; and,
 * unlike Cython, a {@code #line} back to the C file after each function, so the runtime and
 * module init that follow are not blamed on the last source line. {@code source} is the name the
 * directives give the source (null: no directives), {@code c} the C file's own name.
 */
public record LineDirectives(String source, String c) {
  public static final LineDirectives NONE = new LineDirectives(null, null);

  /** Stands for {@code #line <its next line> "c"} until {@link #resolve} knows that line's number. */
  private static final String RESTORE_MARK = "#line PYXC_C_LINE\n";

  boolean active() {
    return source != null;
  }

  /**
   * {@code code} (whole lines) with the directive for {@code line} before each of its lines, but
   * not inside a macro or pragma continued with a backslash.
   */
  String attribute(String code, int line) {
    if (!active() || code.isEmpty()) return code;
    String directive = "#line " + line + " " + CNames.cString(source) + "\n";
    StringBuilder sb = new StringBuilder(code.length() * 2);
    boolean continued = false;
    for (int start = 0; start < code.length(); ) {
      int end = code.indexOf('\n', start);
      end = end < 0 ? code.length() : end + 1;
      if (!continued) sb.append(directive);
      sb.append(code, start, end);
      continued = end >= 2 && code.charAt(end - 1) == '\n' && code.charAt(end - 2) == '\\';
      start = end;
    }
    return sb.toString();
  }

  /** Where the C stops being a source line's: the directive back to the C file's own numbering. */
  String restore() {
    return active() ? RESTORE_MARK : "";
  }

  /** The parts of the C file with each {@link #restore()} mark replaced by its real directive. */
  List<String> resolve(List<String> parts) {
    if (!active()) return parts;
    List<String> out = new ArrayList<>(parts.size());
    String back = " " + CNames.cString(c) + "\n";
    long lineNo = 1;
    for (String part : parts) {
      if (!part.contains(RESTORE_MARK)) {
        lineNo += part.chars().filter(ch -> ch == '\n').count();
        out.add(part);
        continue;
      }
      StringBuilder sb = new StringBuilder(part.length());
      for (int start = 0; start < part.length(); ) {
        int end = part.indexOf('\n', start);
        end = end < 0 ? part.length() : end + 1;
        // (#line N gives the number of the line after it: the mark's own line is lineNo)
        if (part.startsWith(RESTORE_MARK, start) && end - start == RESTORE_MARK.length()) sb.append("#line ").append(lineNo + 1).append(back);
        else sb.append(part, start, end);
        if (part.charAt(end - 1) == '\n') lineNo++;
        start = end;
      }
      out.add(sb.toString());
    }
    return out;
  }
}
