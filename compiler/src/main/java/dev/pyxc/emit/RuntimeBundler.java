package dev.pyxc.emit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pastes into a module only the runtime pieces its C uses. The runtime files (bundled from
 * {@code runtime-c/}) are divided into {@code @piece NAME ... @end} sections; a piece is
 * needed when the module's code, or another needed piece, names a function it defines.
 */
public final class RuntimeBundler {
  static final List<String> FILES = List.of("pyxc_core.c", "pyxc_import.c", "pyxc_lock.c", "pyxc_args.c", "pyxc_convert.c", "pyxc_arith.c", "pyxc_memview.c", "pyxc_buffmt.c", "pyxc_dtypes.c", "pyxc_mvobject.c",
      "pyxc_class.c", "pyxc_closure.c", "pyxc_fstring.c", "pyxc_with.c", "pyxc_generator.c", "pyxc_carray.c",
      "pyxc_capi.c", "pyxc_parallel.c", "pyxc_fused.c", "pyxc_cvarray.c");
  private static final String PIECE_START = "/* @piece ";
  private static final String PIECE_END = "/* @end */";

  private record Piece(int order, String name, String body, Set<String> provides) {}

  private static final List<Piece> PIECES = load();
  private static final Map<String, Piece> BY_NAME = index();

  private RuntimeBundler() {}

  /*
   * Plain string scanning rather than regular expressions: this runs at the start of every
   * compile, in a JVM that has not compiled the regex engine yet.
   */
  private static List<Piece> load() {
    List<Piece> pieces = new ArrayList<>();
    for (String file : FILES) {
      String text = read("/dev/pyxc/runtime/" + file);
      int at = 0;
      while ((at = text.indexOf(PIECE_START, at)) >= 0) {
        int nameEnd = text.indexOf(" */\n", at);
        int end = text.indexOf(PIECE_END, nameEnd);
        if (nameEnd < 0 || end < 0) throw new IllegalStateException("unterminated runtime piece in " + file + " at " + at);
        String name = text.substring(at + PIECE_START.length(), nameEnd);
        String body = text.substring(nameEnd + 4, end);
        Set<String> provides = new LinkedHashSet<>();
        provides.add(name);
        for (String line : body.split("\n")) {
          String defined = definedBy(line);
          if (defined != null) provides.add(defined);
        }
        pieces.add(new Piece(pieces.size(), name, body, provides));
        at = end + PIECE_END.length();
      }
    }
    return pieces;
  }

  /**
   * The runtime name a line defines, if it starts a definition: a function, variable or
   * constant ({@code static T pyxc_x(}, {@code = }, {@code [}, {@code ;}), a macro
   * ({@code #define PYXC_X}) or a typedef's closing {@code } pyxc_t;}.
   */
  private static String definedBy(String line) {
    if (line.startsWith("#define ")) {
      String name = identifierAt(line, 8);
      return isRuntimeName(name) ? name : null;
    }
    if (!line.startsWith("static ") && !line.startsWith("}")) return null;
    for (int i = line.startsWith("}") ? 1 : 7; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ';' || c == '{' || c == '(' || c == '=') return null;
      if (isWordChar(c) && !Character.isDigit(c) && !isWordChar(line.charAt(i - 1))) {
        String name = identifierAt(line, i);
        int after = i + name.length();
        while (after < line.length() && line.charAt(after) == ' ') after++;
        if (isRuntimeName(name) && after < line.length() && "(=[;".indexOf(line.charAt(after)) >= 0) return name;
        i = after - 1;
      }
    }
    return null;
  }

  private static String identifierAt(String s, int start) {
    int end = start;
    while (end < s.length() && isWordChar(s.charAt(end))) end++;
    return s.substring(start, end);
  }

  /** A character of a C identifier. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isRuntimeName(String name) {
    return name.length() > 5 && (name.startsWith("pyxc_") || name.startsWith("PYXC_"));
  }

  private static Map<String, Piece> index() {
    Map<String, Piece> map = new HashMap<>();
    for (Piece p : PIECES) {
      for (String n : p.provides()) {
        Piece old = map.put(n, p);
        if (old != null && old != p) throw new IllegalStateException("runtime name " + n + " defined by pieces " + old.name() + " and " + p.name());
      }
    }
    return map;
  }

  static String read(String resource) {
    try (InputStream in = RuntimeBundler.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("runtime resource missing from the jar: " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The runtime C needed by {@code code} (whole functions, so no name spans two parts), in the runtime files' order. */
  /** The text of one piece, as a module's C gets it (for a public header that declares a runtime type). */
  static String piece(String name) {
    return BY_NAME.get(name).body();
  }

  public static String piecesFor(List<String> code) {
    Set<Piece> needed = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>();
    for (String part : code) names(part, work);
    while (!work.isEmpty()) {
      Piece p = BY_NAME.get(work.pop());
      if (p == null || !needed.add(p)) continue;
      names(p.body(), work);
    }
    StringBuilder sb = new StringBuilder();
    needed.stream().sorted((a, b) -> Integer.compare(a.order(), b.order())).forEach(p -> sb.append(p.body()).append('\n'));
    return sb.toString();
  }

  private static void names(String code, Deque<String> out) {
    for (String prefix : new String[] {"pyxc_", "PYXC_"}) {
      int at = 0;
      while ((at = code.indexOf(prefix, at)) >= 0) {
        boolean startsWord = at == 0 || !isWordChar(code.charAt(at - 1));
        String name = identifierAt(code, at);
        if (startsWord && BY_NAME.containsKey(name)) out.add(name);
        at += name.length();
      }
    }
  }
}
