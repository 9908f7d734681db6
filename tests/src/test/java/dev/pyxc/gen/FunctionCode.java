package dev.pyxc.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Python's function language for a generated program: two to four pieces, each some helper
 * {@code def}s and a {@code def uf<k>} entry function whose result the doctest compares. The
 * pieces are closures (a nested {@code def} over object and {@code long}/{@code double} locals of
 * its creator, with {@code nonlocal} counters, returned and called after the creator returned,
 * with a lambda reading the counter late), lambdas (defaults capturing a loop variable, a captured
 * local rebound after they were made, a sort key), list/set/dict comprehensions (over
 * {@code range} with C-typed bounds and over lists, with conditions and nested {@code for}),
 * {@code sum}/{@code any}/{@code all} over generator expressions and generator expressions read by
 * {@code next()} and {@code list()}, and generators (a running {@code double} or {@code long}
 * total kept across yields, values sent in, an early {@code return value} seen as
 * {@code StopIteration.value}, a {@code try}/{@code finally} logging when it is closed early;
 * sometimes nested in the entry function, reading its C local).
 *
 * <p>The reference is the same text with the C declarations written as plain Python. Integers
 * stay small (short loops, small constants); doubles are multiples of 1/4 with small magnitudes,
 * so every sum is exact and its order cannot matter; sets are sorted before they are returned.
 */
final class FunctionCode {
  private static final String[] DOUBLES = {"0.5", "1.5", "-0.25", "2.0", "0.75", "-1.5"};
  private final SplittableRandom rnd;
  private final StringBuilder pyx = new StringBuilder();
  private final StringBuilder py = new StringBuilder();
  private final List<GeneratedProgram.Call> calls = new ArrayList<>();

  private FunctionCode(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  static ClassCode.Part generate(SplittableRandom rnd) {
    FunctionCode f = new FunctionCode(rnd);
    int n = rnd.nextInt(2, 5);
    for (int k = 0; k < n; k++) {
      switch (rnd.nextInt(5)) {
        case 0 -> f.closure(k);
        case 1 -> f.lambdas(k);
        case 2 -> f.comprehensions(k);
        case 3 -> f.generatorExpressions(k);
        default -> f.generator(k);
      }
    }
    return new ClassCode.Part(f.pyx.toString(), f.py.toString(), f.calls);
  }

  // ---- writing ----

  /** The same line in the module and the reference. */
  private void both(int depth, String text) {
    typed(depth, text, text);
  }

  private void typed(int depth, String inPyx, String inPy) {
    pyx.append("    ".repeat(depth)).append(inPyx).append('\n');
    py.append("    ".repeat(depth)).append(inPy).append('\n');
  }

  /** {@code cdef TYPE name = value} in the module, {@code name = value} in the reference. */
  private void decl(int depth, String type, String name, String value) {
    typed(depth, "cdef " + type + " " + name + " = " + value, name + " = " + value);
  }

  /** A {@code def} line whose parameters are given as "type name" or "name". */
  private void def(int depth, String name, String... params) {
    List<String> plain = new ArrayList<>();
    for (String p : params) plain.add(p.substring(p.lastIndexOf(' ') + 1));
    typed(depth, "def " + name + "(" + String.join(", ", params) + "):", "def " + name + "(" + String.join(", ", plain) + "):");
  }

  private void call(String fn, String... args) {
    String a = args.length == 0 ? "" : ", " + String.join(", ", args);
    calls.add(new GeneratedProgram.Call("pass", "call(" + fn + a + ")"));
  }

  private int small(int lo, int hi) {
    return rnd.nextInt(lo, hi + 1);
  }

  private String dbl() {
    return DOUBLES[rnd.nextInt(DOUBLES.length)];
  }

  private String list() {
    int n = small(0, 5);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < n; i++) items.add(Integer.toString(small(-4, 6)));
    return "[" + String.join(", ", items) + "]";
  }

  /** A small int expression of {@code v} (an int) and constants. */
  private String intOf(String v) {
    return switch (rnd.nextInt(5)) {
      case 0 -> v + " * " + v;
      case 1 -> v + " + " + small(-3, 3);
      case 2 -> v + " * " + small(-3, 3) + " - " + small(0, 4);
      case 3 -> "(" + v + " % 3) * " + small(1, 4);
      default -> small(1, 3) + " - " + v;
    };
  }

  /** A condition on the int {@code v}. */
  private String condOf(String v) {
    return switch (rnd.nextInt(4)) {
      case 0 -> v + " % 2 == " + small(0, 1);
      case 1 -> v + " > " + small(-2, 3);
      case 2 -> v + " != " + small(0, 4);
      default -> "(" + v + " < " + small(0, 3) + " or " + v + " > " + small(3, 5) + ")";
    };
  }

  // ---- pieces ----

  /**
   * A creator whose nested {@code def} rebinds a {@code nonlocal} counter (an object or a
   * {@code long}) and reads a {@code long} and a {@code double} local; the closure and a lambda
   * reading the counter are returned and called afterwards.
   */
  private void closure(int k) {
    String make = "fn" + k + "_make";
    boolean cCounter = rnd.nextBoolean();
    def(0, make, "long start", "double step");
    if (cCounter) decl(1, "long", "count", "0");
    else both(1, "count = 0");
    decl(1, "long", "base", "start " + (rnd.nextBoolean() ? "+" : "-") + " " + small(0, 3));
    decl(1, "double", "scale", "step * " + small(1, 3));
    both(1, "items = []");
    def(1, "inc", "long j");
    both(2, "nonlocal count");
    both(2, "count += " + intOf("j") + " + base");
    both(2, "items.append(count)");
    both(2, "return count * scale" + (rnd.nextBoolean() ? " + base" : ""));
    boolean reader = rnd.nextBoolean();
    if (reader) both(1, "return inc, items, lambda: (count, base)");
    else both(1, "return inc, items");
    both(0, "");
    String entry = "uf" + k;
    def(0, entry);
    both(1, (reader ? "inc, items, read = " : "inc, items = ") + make + "(" + small(-3, 4) + ", " + dbl() + ")");
    both(1, "out = []");
    both(1, "for i in range(" + small(0, 4) + "):");
    both(2, "out.append(inc(" + intOf("i") + "))");
    if (rnd.nextBoolean()) both(1, "out.append(inc(" + small(-2, 2) + "))");
    both(1, "return out, items" + (reader ? ", read()" : ""));
    both(0, "");
    call(entry);
  }

  /** Lambdas made in a loop, each keeping the loop variable in a default; a captured local rebound later. */
  private void lambdas(int k) {
    String entry = "uf" + k;
    def(0, entry, "long n");
    boolean isDouble = rnd.nextBoolean();
    decl(1, isDouble ? "double" : "long", "c", isDouble ? dbl() : Integer.toString(small(-3, 3)));
    both(1, "fs = []");
    both(1, "for i in range(n):");
    both(2, "fs.append(lambda x, i=i: x * i + c)");
    if (rnd.nextBoolean()) both(1, "c = " + (isDouble ? dbl() : Integer.toString(small(-3, 3))));
    both(1, "key = lambda v: (v % " + small(2, 4) + ", -v)");
    both(1, "return [f(" + small(-2, 3) + ") for f in fs], sorted(" + list() + ", key=key)");
    both(0, "");
    call(entry, Integer.toString(small(0, 4)));
  }

  /** List, set and dict comprehensions over C-typed ranges and over lists. */
  private void comprehensions(int k) {
    String entry = "uf" + k;
    def(0, entry, "long n", "double s");
    decl(1, "long", "m", "n + " + small(0, 2));
    both(1, "vals = " + list());
    both(1, "xs = [" + intOf("i") + " for i in range(m)" + (rnd.nextBoolean() ? " if " + condOf("i") : "") + "]");
    both(1, "st = sorted({" + intOf("v") + " for v in vals" + (rnd.nextBoolean() ? " if " + condOf("v") : "") + "})");
    both(1, "d = {i: i * s for i in range(" + small(0, 2) + ", m)" + (rnd.nextBoolean() ? " if " + condOf("i") : "") + "}");
    both(1, "ys = [(x, j) for x in xs if " + condOf("x") + " for j in range(" + small(0, 2) + ", " + small(1, 3) + ")]");
    both(1, "zs = sorted({i * j for i in range(n) for j in range(i)})");
    both(1, "return xs, st, d, ys, zs");
    both(0, "");
    call(entry, Integer.toString(small(0, 5)), dbl());
  }

  /** {@code sum}/{@code any}/{@code all} over generator expressions; one read by next() and list(). */
  private void generatorExpressions(int k) {
    String entry = "uf" + k;
    def(0, entry, "long n");
    decl(1, "double", "t", dbl());
    both(1, "vals = " + list());
    both(1, "a = sum(i * t for i in range(n))");
    both(1, "b = sum(" + intOf("v") + " for v in vals if " + condOf("v") + ")");
    both(1, "c = any(" + condOf("v") + " for v in vals)");
    both(1, "d = all(" + condOf("i") + " for i in range(n))");
    both(1, "ge = (" + intOf("v") + " for v in vals" + (rnd.nextBoolean() ? " if " + condOf("v") : "") + ")");
    both(1, "first = next(ge, None)");
    both(1, "return a, b, c, d, first, list(ge), next(ge, 'done')");
    both(0, "");
    call(entry, Integer.toString(small(0, 5)));
  }

  /**
   * A generator keeping a running total across yields, taking sent values, returning early with a
   * value and logging in {@code finally}; the entry steps it (next or send), reads
   * {@code StopIteration.value}, and closes a second one early.
   */
  private void generator(int k) {
    String step = "fn" + k + "_step";
    def(0, step, "g", "v");
    both(1, "try:");
    both(2, "if v is None:");
    both(3, "return next(g)");
    both(2, "return g.send(v)");
    both(1, "except StopIteration as e:");
    both(2, "return ('stop', e.value)");
    both(0, "");
    boolean isDouble = rnd.nextBoolean();
    String type = isDouble ? "double" : "long";
    boolean nested = rnd.nextBoolean();
    String entry = "uf" + k;
    int d = 0;
    String gen = "fn" + k + "_gen";
    String limit = Integer.toString(small(2, 12));
    if (nested) {
      def(0, entry);
      decl(1, "long", "limit", limit);
      limit = "limit";
      d = 1;
    }
    def(d, gen, "long n", type + " stepv", "log");
    decl(d + 1, type, "total", isDouble ? "0.0" : "0");
    typed(d + 1, "cdef long i", "i = 0");
    both(d + 1, "try:");
    both(d + 2, "for i in range(n):");
    both(d + 3, "got = yield total");
    both(d + 3, "if got is not None:");
    both(d + 4, "total += got");
    both(d + 3, "else:");
    both(d + 4, "total += stepv * " + (rnd.nextBoolean() ? "i" : "(i % 2)"));
    both(d + 3, "if total > " + limit + ":");
    both(d + 4, "return " + intOf("i"));
    both(d + 2, "return " + (rnd.nextBoolean() ? "-1" : "None"));
    both(d + 1, "finally:");
    both(d + 2, "log.append(('fin', total))");
    both(d, "");
    if (!nested) def(0, entry);
    both(1, "log = []");
    both(1, "g = " + gen + "(" + small(0, 6) + ", " + sendable(isDouble) + ", log)");
    List<String> steps = new ArrayList<>();
    steps.add(step + "(g, None)");
    int n = small(1, 6);
    for (int i = 0; i < n; i++) {
      steps.add(step + "(g, " + (rnd.nextBoolean() ? "None" : sendable(isDouble)) + ")");
    }
    both(1, "out = [" + String.join(", ", steps) + "]");
    both(1, "g.close()");
    both(1, "g2 = " + gen + "(" + small(1, 5) + ", " + sendable(isDouble) + ", log)");
    both(1, "out.append(" + step + "(g2, None))");
    both(1, "log.append('closing')");
    both(1, "g2.close()");
    both(1, "out.append(" + step + "(g2, None))");
    both(1, "return out, log");
    both(0, "");
    call(entry);
  }

  private String sendable(boolean isDouble) {
    return isDouble ? dbl() : Integer.toString(small(-3, 4));
  }
}
