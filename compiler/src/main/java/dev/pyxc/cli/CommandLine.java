package dev.pyxc.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pyxc's own command-line parsing: a subcommand declares its options and operands as data, and
 * {@link #parse} reads the arguments against them. Written here rather than taken from a library
 * because a compile is a short process: an annotation-driven parser costs more start-up time
 * (about 130 ms, in a run of about 250) than the whole translation of a typical module.
 *
 * <p>The usual forms: {@code --name value}, {@code --name=value}, {@code -o value},
 * {@code -oVALUE} / {@code -Xname=value} for one-letter options, repeated options collect their
 * values, {@code --} ends the options; every command has {@code -h/--help} and
 * {@code -V/--version}.
 */
final class CommandLine {
  private CommandLine() {}

  /** One option; {@code valueLabel} is null for a flag. The first name is the one values are kept under. */
  record Option(List<String> names, String valueLabel, String description) {
    static Option flag(String description, String... names) {
      return new Option(List.of(names), null, description);
    }

    static Option value(String label, String description, String... names) {
      return new Option(List.of(names), label, description);
    }

    String key() {
      return names.get(0);
    }
  }

  /** Positional arguments: between {@code min} and {@code max} of them ({@code max} -1: any number). */
  record Operand(String label, int min, int max, String description) {}

  /** A command: its name, what it does (one paragraph per element), options and operands in order. */
  record Spec(String name, List<String> description, List<Option> options, List<Operand> operands) {}

  /** Bad usage: the message, and the command whose usage to show. */
  static final class UsageError extends Exception {
    final Spec spec;

    UsageError(Spec spec, String message) {
      super(message);
      this.spec = spec;
    }
  }

  /** What the arguments said: option values by the option's first name, then the operands. */
  record Parsed(Map<String, List<String>> values, List<String> operands, boolean help, boolean version) {
    boolean flag(String key) {
      return values.containsKey(key);
    }

    String value(String key, String otherwise) {
      List<String> v = values.get(key);
      return v == null ? otherwise : v.get(v.size() - 1);
    }

    List<String> all(String key) {
      return values.getOrDefault(key, List.of());
    }

    /** The operand at {@code index}, or null when not given. */
    String operand(int index) {
      return index < operands.size() ? operands.get(index) : null;
    }
  }

  static final Option HELP = Option.flag("show this help and exit", "-h", "--help");
  static final Option VERSION = Option.flag("show the version and exit", "-V", "--version");

  static Parsed parse(Spec spec, List<String> args) throws UsageError {
    Map<String, List<String>> values = new LinkedHashMap<>();
    List<String> operands = new ArrayList<>();
    boolean help = false;
    boolean version = false;
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (optionsEnded || !a.startsWith("-") || a.equals("-")) {
        operands.add(a);
        continue;
      }
      if (a.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (HELP.names().contains(a)) {
        help = true;
        continue;
      }
      if (VERSION.names().contains(a)) {
        version = true;
        continue;
      }
      Option o = find(spec, a);
      String value = null;
      if (o == null) {
        // --name=value, or a one-letter option with its value attached (-ofile, -Xname=value).
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          o = find(spec, a.substring(0, eq));
          if (o != null && o.valueLabel() != null) value = a.substring(eq + 1);
          else o = null;
        } else if (!a.startsWith("--") && a.length() > 2) {
          o = find(spec, a.substring(0, 2));
          if (o != null && o.valueLabel() != null) value = a.substring(2);
          else o = null;
        }
        if (o == null) throw new UsageError(spec, "Unknown option: '" + a + "'");
      }
      if (o.valueLabel() != null && value == null) {
        if (i + 1 >= args.size()) {
          throw new UsageError(spec, "Missing required parameter for option '" + o.key() + "' (" + o.valueLabel() + ")");
        }
        value = args.get(++i);
      }
      values.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(value == null ? "" : value);
    }
    Parsed parsed = new Parsed(values, operands, help, version);
    if (help || version) return parsed;
    int max = 0;
    for (Operand op : spec.operands()) max = max < 0 || op.max() < 0 ? -1 : max + op.max();
    int required = 0;
    for (Operand op : spec.operands()) {
      required += op.min();
      if (operands.size() < required) throw new UsageError(spec, "Missing required parameter: '" + op.label() + "'");
    }
    if (max >= 0 && operands.size() > max) {
      throw new UsageError(spec, "Unmatched argument at index " + args.indexOf(operands.get(max)) + ": '" + operands.get(max) + "'");
    }
    return parsed;
  }

  private static Option find(Spec spec, String name) {
    for (Option o : spec.options()) if (o.names().contains(name)) return o;
    return null;
  }

  /** An integer option's value; a usage error naming the option when it is not one. */
  static int intValue(Spec spec, Parsed p, String key, int otherwise) throws UsageError {
    String v = p.value(key, null);
    if (v == null) return otherwise;
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new UsageError(spec, "Invalid value for option '" + key + "': '" + v + "' is not an int");
    }
  }

  static String usage(Spec spec) {
    StringBuilder sb = new StringBuilder("Usage: pyxc ").append(spec.name()).append(" [-hV]");
    for (Option o : spec.options()) sb.append(" [").append(withValue(o.key(), o)).append(']');
    for (Operand op : spec.operands()) {
      String label = op.max() < 0 ? op.label() + "..." : op.label();
      sb.append(' ').append(op.min() == 0 ? "[" + label + "]" : label);
    }
    sb.append('\n');
    for (String paragraph : spec.description()) wrap(sb, paragraph, 0, 0);
    List<String[]> rows = new ArrayList<>();
    for (Operand op : spec.operands()) rows.add(new String[] {op.max() < 0 ? op.label() + "..." : op.label(), op.description()});
    List<Option> all = new ArrayList<>(spec.options());
    all.add(HELP);
    all.add(VERSION);
    for (Option o : all) {
      List<String> names = new ArrayList<>(o.names());
      names.set(names.size() - 1, withValue(names.get(names.size() - 1), o));
      rows.add(new String[] {String.join(", ", names), o.description()});
    }
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    for (String[] r : rows) {
      sb.append("  ").append(r[0]).append(" ".repeat(width - r[0].length() + 2));
      wrap(sb, r[1], width + 4, width + 4);
    }
    return sb.toString();
  }

  private static String withValue(String name, Option o) {
    if (o.valueLabel() == null) return name;
    return name + (name.startsWith("--") ? "=" : " ") + o.valueLabel();
  }

  /** Appends {@code text} wrapped at 100 columns; continuation lines indented by {@code indent}. */
  private static void wrap(StringBuilder sb, String text, int startColumn, int indent) {
    int column = startColumn;
    boolean first = true;
    for (String word : text.split(" ")) {
      if (!first && column + 1 + word.length() > 100) {
        sb.append('\n').append(" ".repeat(indent));
        column = indent;
      } else if (!first) {
        sb.append(' ');
        column++;
      }
      sb.append(word);
      column += word.length();
      first = false;
    }
    sb.append('\n');
  }
}
