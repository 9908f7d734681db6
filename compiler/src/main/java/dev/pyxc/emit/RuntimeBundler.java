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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pastes into a module only the runtime pieces its C uses. The runtime files (bundled from
 * {@code runtime-c/}) are divided into {@code @piece NAME ... @end} sections; a piece is
 * needed when the module's code, or another needed piece, names a function it defines.
 */
public final class RuntimeBundler {
  static final List<String> FILES = List.of("pyxc_core.c", "pyxc_convert.c", "pyxc_arith.c", "pyxc_memview.c");
  private static final Pattern PIECE = Pattern.compile("/\\* @piece (\\S+) \\*/\\n(.*?)/\\* @end \\*/", Pattern.DOTALL);
  /** Functions, macros and constants a piece defines ({@code static T pyxc_x(}, {@code #define PYXC_X}, {@code } pyxc_t;}). */
  private static final Pattern DEFINES = Pattern.compile(
      "(?m)^(?:(?:static [^;{(=]*?\\b|\\}\\s*)((?:pyxc|PYXC)_\\w+)\\s*[(=\\[;]|#define ((?:pyxc|PYXC)_\\w+))");
  private static final Pattern NAME = Pattern.compile("\\b(?:pyxc|PYXC)_\\w+");

  private record Piece(int order, String name, String body, Set<String> provides) {}

  private static final List<Piece> PIECES = load();
  private static final Map<String, Piece> BY_NAME = index();

  private RuntimeBundler() {}

  private static List<Piece> load() {
    List<Piece> pieces = new ArrayList<>();
    for (String file : FILES) {
      String text = read("/dev/pyxc/runtime/" + file);
      Matcher m = PIECE.matcher(text);
      while (m.find()) {
        Set<String> provides = new LinkedHashSet<>();
        provides.add(m.group(1));
        Matcher d = DEFINES.matcher(m.group(2));
        while (d.find()) provides.add(d.group(1) != null ? d.group(1) : d.group(2));
        pieces.add(new Piece(pieces.size(), m.group(1), m.group(2), provides));
      }
    }
    return pieces;
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

  /** The runtime C needed by {@code code}, in the runtime files' order. */
  public static String piecesFor(String code) {
    Set<Piece> needed = new LinkedHashSet<>();
    Deque<String> work = new ArrayDeque<>();
    names(code, work);
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
    Matcher m = NAME.matcher(code);
    while (m.find()) if (BY_NAME.containsKey(m.group())) out.add(m.group());
  }
}
