package dev.pyxc.conformance;

import dev.pyxc.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the construct behind a "not supported by pyxc" diagnostic, and takes the statement that
 * holds it out of the source so the compile can go on to the next one. The parser stops at its
 * first error, so counting every blocker of a file (not only the first) means compiling again
 * with the blocked statement replaced by {@code pass}; lines keep their numbers.
 */
final class Blockers {
  private Blockers() {}

  private static final Pattern QUOTED = Pattern.compile("^'([^']+)' (?:is|are) not supported by pyxc(?: in an expression)?$");
  private static final Pattern PLAIN = Pattern.compile("^(.+?) (?:is|are) not supported by pyxc$");
  private static final Pattern NAMED_FUNCTION = Pattern.compile("(function|variable) '[^']*'");

  /** A cimport that pyxc cannot resolve: {@code 'a/b.pxd' not found}. */
  private static final Pattern PXD_NOT_FOUND = Pattern.compile("^'(.+\\.pxd)' not found$");

  /**
   * The construct a diagnostic names, or null when it is not an unsupported-construct message.
   * pyxc reads no .pxd files, so a cimport of one that exists beside the test (in {@code dir}) is
   * a blocker too, where Cython would have found it.
   */
  static String construct(Diagnostic d, java.nio.file.Path dir) {
    Matcher pxd = PXD_NOT_FOUND.matcher(d.message());
    if (pxd.matches() && dir != null) {
      String path = pxd.group(1);
      // Cython finds a.b.pxd as a/b.pxd or, beside the module, as a.b.pxd itself.
      String flat = path.substring(0, path.length() - ".pxd".length()).replace('/', '.') + ".pxd";
      if (java.nio.file.Files.exists(dir.resolve(path)) || java.nio.file.Files.exists(dir.resolve(flat))) {
        return "cimport of a .pxd module";
      }
    }
    return construct(d);
  }

  /** The construct a diagnostic names, or null when it is not an unsupported-construct message. */
  static String construct(Diagnostic d) {
    String m = d.message();
    Matcher q = QUOTED.matcher(m);
    if (q.matches()) return q.group(1);
    Matcher p = PLAIN.matcher(m);
    if (!p.matches()) return null;
    // "using C function 'f' as a Python object": the construct, not the one function's name.
    return NAMED_FUNCTION.matcher(p.group(1)).replaceAll("$1");
  }

  /**
   * The source with the statements at {@code lines} (1-based) replaced: the whole logical
   * statement (bracketed and backslash continuations, a triple-quoted string), its decorators and
   * the block indented under it become one {@code pass} and blank lines.
   */
  static String without(String source, List<Integer> lines) {
    List<String> text = new ArrayList<>(List.of(source.split("\n", -1)));
    boolean[] continued = continuationLines(text);
    for (int line : lines) {
      int at = line - 1;
      if (at < 0 || at >= text.size()) continue;
      int start = at;
      while (start > 0 && continued[start]) start--;
      while (start > 0 && text.get(start - 1).strip().startsWith("@") && indent(text.get(start - 1)) == indent(text.get(start))) {
        start--;
      }
      int end = at;
      while (end + 1 < text.size() && continued[end + 1]) end++;
      int width = indent(text.get(start));
      while (end + 1 < text.size()) {
        String next = text.get(end + 1);
        boolean blank = next.isBlank() || next.strip().startsWith("#");
        if (!blank && !continued[end + 1] && indent(next) <= width) break;
        end++;
      }
      text.set(start, " ".repeat(width) + "pass");
      for (int i = start + 1; i <= end; i++) text.set(i, "");
    }
    return String.join("\n", text);
  }

  private static int indent(String line) {
    int w = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') w++;
      else if (c == '\t') w = (w / 8 + 1) * 8;
      else break;
    }
    return w;
  }

  /**
   * Which lines continue the statement of the line before: inside brackets, inside a
   * triple-quoted string, or after a backslash. A rough scan of strings and comments is enough
   * here; a wrong guess only ends the counting of blockers early.
   */
  static boolean[] continuationLines(List<String> lines) {
    boolean[] continued = new boolean[lines.size()];
    int depth = 0;
    String triple = null;
    boolean backslash = false;
    for (int i = 0; i < lines.size(); i++) {
      continued[i] = depth > 0 || triple != null || backslash;
      backslash = false;
      String s = lines.get(i);
      int j = 0;
      while (j < s.length()) {
        char c = s.charAt(j);
        if (triple != null) {
          if (c == '\\') {
            j += 2;
            continue;
          }
          if (s.startsWith(triple, j)) {
            j += 3;
            triple = null;
            continue;
          }
          j++;
          continue;
        }
        if (c == '#') break;
        if (c == '"' || c == '\'') {
          String q3 = String.valueOf(c).repeat(3);
          if (s.startsWith(q3, j)) {
            triple = q3;
            j += 3;
            continue;
          }
          j++;
          while (j < s.length() && s.charAt(j) != c) j += s.charAt(j) == '\\' ? 2 : 1;
          j++;
          continue;
        }
        if (c == '(' || c == '[' || c == '{') depth++;
        else if ((c == ')' || c == ']' || c == '}') && depth > 0) depth--;
        else if (c == '\\' && j == s.length() - 1) backslash = true;
        j++;
      }
    }
    return continued;
  }
}
