package dev.pyxc.gen;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Module-level statements for a generated program: top-level code runs once at import, its names
 * are module globals, and {@code try}/{@code except ... as}/{@code else}/{@code finally} there
 * binds globals (a crash of exactly that shape once escaped the function-only generator and 3.46
 * million fuzz inputs). The text is the same in the module and in its Python reference; what it
 * did is kept in globals that a {@code def top_state()} returns for the doctest.
 *
 * <p>Every statement that can raise (a division or a modulo by a global that may be zero, an
 * index into a short list) runs inside a {@code try} whose last clause catches {@code Exception},
 * so the import itself never fails. An {@code as} name is read only inside its clause: Python
 * unbinds it at the clause's end.
 */
final class TopLevelCode {
  private static final List<String> GLOBALS = List.of("top0", "top1", "top2");
  private final SplittableRandom rnd;
  private final StringBuilder out = new StringBuilder();
  private int handlers;
  private int loops;

  private TopLevelCode(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  /** The statements, ending with {@code def top_state()}. */
  static String generate(SplittableRandom rnd) {
    TopLevelCode t = new TopLevelCode(rnd);
    t.line(0, "top0 = " + rnd.nextInt(-3, 4));
    t.line(0, "top1 = " + rnd.nextInt(-3, 4));
    t.line(0, "top2 = 0");
    t.line(0, "top_log = []");
    t.line(0, "top_items = [" + rnd.nextInt(-5, 6) + ", " + rnd.nextInt(-5, 6) + ", " + rnd.nextInt(-5, 6) + "]");
    int n = rnd.nextInt(1, 4);
    for (int i = 0; i < n; i++) t.guardedTry(0, 2);
    t.line(0, "");
    t.line(0, "def top_state():");
    t.line(1, "return (top0, top1, top2, top_log)");
    t.line(0, "");
    return t.out.toString();
  }

  private void line(int depth, String text) {
    out.append("    ".repeat(depth)).append(text).append('\n');
  }

  private String global() {
    return GLOBALS.get(rnd.nextInt(GLOBALS.size()));
  }

  private String operand() {
    return rnd.nextBoolean() ? global() : Integer.toString(rnd.nextInt(-3, 4));
  }

  /** An int expression that may raise ZeroDivisionError or IndexError. */
  private String risky() {
    return switch (rnd.nextInt(4)) {
      case 0 -> operand() + " // " + operand();
      case 1 -> "(" + operand() + " + 1) % " + global();
      case 2 -> "top_items[" + operand() + "]";
      default -> operand() + " * " + operand() + " - " + operand();
    };
  }

  /** A try whose last clause catches everything, so nothing escapes to the import. */
  private void guardedTry(int depth, int nesting) {
    line(depth, "try:");
    body(depth + 1, nesting);
    int h = handlers++;
    if (rnd.nextBoolean()) {
      line(depth, "except " + (rnd.nextBoolean() ? "ZeroDivisionError" : "(IndexError, KeyError)") + " as e" + h + ":");
      line(depth + 1, "top_log.append(('caught', type(e" + h + ").__name__))");
      if (nesting > 0 && rnd.nextInt(3) == 0) guardedTry(depth + 1, nesting - 1);
    }
    line(depth, "except Exception as x" + h + ":");
    line(depth + 1, "top_log.append(('any', type(x" + h + ").__name__, " + global() + "))");
    if (rnd.nextBoolean()) {
      line(depth, "else:");
      line(depth + 1, global() + " = " + operand() + " + " + operand());
    }
    if (rnd.nextBoolean()) {
      line(depth, "finally:");
      line(depth + 1, "top_log.append(('finally', " + global() + "))");
    }
  }

  private void body(int depth, int nesting) {
    int n = rnd.nextInt(1, 4);
    for (int i = 0; i < n; i++) {
      switch (rnd.nextInt(5)) {
        case 0 -> {
          if (nesting > 0) guardedTry(depth, nesting - 1);
          else line(depth, global() + " = " + risky());
        }
        case 1 -> {
          String v = "i" + loops++;
          line(depth, "for " + v + " in range(" + rnd.nextInt(0, 4) + "):");
          line(depth + 1, global() + " += " + v + " * " + operand());
        }
        case 2 -> {
          line(depth, "if " + global() + " > " + operand() + ":");
          line(depth + 1, global() + " = " + risky());
          line(depth, "else:");
          line(depth + 1, "top_log.append(" + global() + ")");
        }
        default -> line(depth, global() + " = " + risky());
      }
    }
  }
}
