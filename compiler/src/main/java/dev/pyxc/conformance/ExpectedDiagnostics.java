package dev.pyxc.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error test's source and what it expects, split as runtests.py splits it: everything from a
 * line starting {@code _ERRORS} (or {@code _WARNINGS}) on is not compiled; each {@code LINE:COL:
 * message} line in that part is one expected diagnostic, and both lists are compared sorted.
 */
record ExpectedDiagnostics(String source, List<String> errors, List<String> warnings) {
  private static final Pattern ITEM =
      Pattern.compile("(?:(warning|performance hint):)?(?:.*:)?\\s*([-0-9]+)\\s*:\\s*([-0-9]+)\\s*:\\s*(.*)");

  static ExpectedDiagnostics split(String text) {
    StringBuilder source = new StringBuilder();
    List<Item> errors = new ArrayList<>();
    List<Item> warnings = new ArrayList<>();
    List<Item> into = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("_ERRORS")) {
        into = errors;
      } else if (line.startsWith("_WARNINGS")) {
        into = warnings;
      } else if (line.startsWith("_PERFORMANCE_HINTS")) {
        into = new ArrayList<>();
      } else if (into == null) {
        source.append(line).append('\n');
      } else {
        Matcher m = ITEM.matcher(line);
        if (m.matches()) {
          List<Item> target = m.group(1) == null ? into : m.group(1).equals("warning") ? warnings : new ArrayList<>();
          target.add(new Item(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4).strip()));
        }
      }
    }
    return new ExpectedDiagnostics(source.toString(), sorted(errors), sorted(warnings));
  }

  record Item(int line, int col, String message) {
    @Override
    public String toString() {
      return line + ":" + col + ": " + message;
    }
  }

  static List<String> sorted(List<Item> items) {
    return items.stream()
        .sorted(java.util.Comparator.comparingInt(Item::line).thenComparingInt(Item::col).thenComparing(Item::message))
        .map(Item::toString).toList();
  }
}
