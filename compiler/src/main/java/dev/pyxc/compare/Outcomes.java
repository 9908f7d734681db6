package dev.pyxc.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one build of a module did on its examples, as {@code outcomes.py} writes it: per docstring
 * ({@code ## NAME}), each example's source ({@code >>>}, {@code ...}) and what it printed
 * ({@code |}) or raised ({@code !}). Lines starting with {@code #} are notes (which Cython
 * recorded a golden). Two builds agree when every example has the same result.
 */
public record Outcomes(List<String> notes, List<Example> examples) {
  /** One example: the docstring it is in, its number there, its source and its result lines. */
  public record Example(String test, int index, String source, List<String> result) {
    String key() {
      return test + " #" + index;
    }
  }

  /** A difference between two builds on one example; {@code null} on a side means it is missing there. */
  public record Difference(String test, String source, List<String> expected, List<String> actual) {}

  public static Outcomes parse(String text) {
    List<String> notes = new ArrayList<>();
    List<Example> examples = new ArrayList<>();
    String test = "";
    int index = 0;
    StringBuilder source = null;
    List<String> result = null;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("## ")) {
        if (source != null) examples.add(new Example(test, index++, source.toString(), List.copyOf(result)));
        source = null;
        test = line.substring(3);
        index = 0;
      } else if (line.startsWith(">>> ")) {
        if (source != null) examples.add(new Example(test, index++, source.toString(), List.copyOf(result)));
        source = new StringBuilder(line.substring(4));
        result = new ArrayList<>();
      } else if (line.startsWith("... ") && source != null && result.isEmpty()) {
        source.append('\n').append(line.substring(4));
      } else if (line.startsWith("| ") || line.startsWith("! ")) {
        if (source == null) {
          // A driver's output or an import failure belongs to the docstring-level entry.
          source = new StringBuilder();
          result = new ArrayList<>();
        }
        result.add(line);
      } else if (line.startsWith("# ")) {
        notes.add(line.substring(2));
      }
    }
    if (source != null) examples.add(new Example(test, index, source.toString(), List.copyOf(result)));
    return new Outcomes(List.copyOf(notes), List.copyOf(examples));
  }

  /** Every example whose result differs, or which one side has and the other lacks. */
  public static List<Difference> diff(Outcomes expected, Outcomes actual) {
    Map<String, Example> left = byKey(expected);
    Map<String, Example> right = byKey(actual);
    List<Difference> out = new ArrayList<>();
    for (Example e : left.values()) {
      Example a = right.get(e.key());
      if (a == null) {
        out.add(new Difference(e.test(), e.source(), e.result(), null));
      } else if (!Objects.equals(e.result(), a.result()) || !e.source().equals(a.source())) {
        out.add(new Difference(e.test(), e.source(), e.result(), a.result()));
      }
    }
    for (Example a : right.values()) {
      if (!left.containsKey(a.key())) out.add(new Difference(a.test(), a.source(), null, a.result()));
    }
    return out;
  }

  private static Map<String, Example> byKey(Outcomes o) {
    Map<String, Example> m = new LinkedHashMap<>();
    for (Example e : o.examples()) m.put(e.key(), e);
    return m;
  }

  public int count() {
    return examples.size();
  }
}
