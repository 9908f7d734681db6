package dev.pyxc.gen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a random well-typed {@code .pyx} module from a seed, together with a pure-Python program
 * of the same meaning (see {@code reference_prelude.py} for what a view is there).
 *
 * <p>The programs mix 1-D and 2-D views of doubles (parameters, locals, slices with any step,
 * rows, columns, transposes, views returned by {@code cdef} functions), element and slice stores,
 * {@code :=} in every expression position, {@code for}/{@code while} loops with early
 * {@code break}, {@code continue} and {@code return}, {@code try}/{@code except}/{@code finally},
 * raised exceptions and calls of {@code cdef} functions with exception specifications; and, in
 * parts of their own, classes, closures and generators, and C arrays, structs and pointers
 * ({@link CLevelCode}).
 *
 * <p>Rules that keep the two programs' meaning the same without leaning on what either leaves
 * unspecified: C integers stay far from overflow (every {@code long} variable holds less than 1000
 * in magnitude, each integer expression's bound is tracked and kept under 10^15, loops run a few
 * times); an {@code :=} target is read nowhere else in its statement, so evaluation order cannot
 * change a value; {@code cdef} functions that return a value do not write to views.
 */
public final class ProgramGenerator {
  private static final long VAR_BOUND = 1000;
  private static final long EXPR_BOUND = 1_000_000_000_000_000L;
  /** C casts in pyx text; {@link #line} writes them as Python's int() and float() in the reference. */
  private static final String CAST_LONG = "<long>";
  private static final String CAST_DOUBLE = "<double>";
  private static final double CAST_CLAMP = 1e6;
  private static final String[] DOUBLES = {"0.0", "0.5", "-1.25", "2.0", "3.5", "-0.0", "1e300", "-7.75"};
  /** The reference's helpers: views, the broadcast store, {@code call}. */
  private static final String REFERENCE_PRELUDE = load();
  private static final String[] ARRAY_VALUES = {"0.0", "1.0", "-1.0", "2.5", "-3.5", "0.25", "4.0", "-0.5"};

  private enum Type { LONG, DOUBLE, VIEW1, VIEW2 }

  private record Var(String name, Type type) {}

  /** A generated expression: its text (the same in both languages) and, for integers, a bound on its magnitude. */
  private record Expr(String text, long bound) {
    static Expr of(String text) {
      return new Expr(text, 0);
    }
  }

  /** A {@code cdef} function later functions may call. */
  private record CFunc(String name, Type result, List<Type> params) {}

  private final SplittableRandom rnd;
  private final boolean walrus;
  private final long seed;
  private final List<CFunc> cfuncs = new ArrayList<>();
  private final StringBuilder pyx = new StringBuilder();
  private final StringBuilder py = new StringBuilder();

  // The function being written.
  private final List<Var> vars = new ArrayList<>();
  private final Set<String> loopVars = new HashSet<>();
  private final Set<String> readInStmt = new HashSet<>();
  private final Set<String> walrusInStmt = new HashSet<>();
  private Type resultType;
  private boolean inCdef;
  private int loopDepth;
  private int indent;
  private int counters;
  private int budget;
  private int bodyStartPyx;
  private int bodyStartPy;
  /** Off inside a slice store, where which side runs first is not something to depend on. */
  private boolean walrusAllowed = true;

  private ProgramGenerator(long seed, boolean walrus) {
    this.seed = seed;
    this.rnd = new SplittableRandom(seed);
    this.walrus = walrus;
  }

  /** The program for {@code seed}; without {@code walrus} it uses no {@code :=} (Cython 0.29 rejects it). */
  public static GeneratedProgram generate(long seed, boolean walrus) {
    return new ProgramGenerator(seed, walrus).program();
  }

  private GeneratedProgram program() {
    py.append(REFERENCE_PRELUDE).append('\n');
    int ncdef = rnd.nextInt(1, 3);
    for (int i = 0; i < ncdef; i++) cdefFunction(i);
    List<GeneratedProgram.Call> calls = new ArrayList<>();
    int ndef = rnd.nextInt(1, 3);
    for (int i = 0; i < ndef; i++) calls.addAll(defFunction(i));
    if (rnd.nextInt(3) == 0) {
      String top = TopLevelCode.generate(rnd);
      pyx.append(top);
      py.append(top);
      calls.add(new GeneratedProgram.Call("pass", "call(top_state)"));
    }
    if (rnd.nextInt(3) == 0) calls.addAll(append(ClassCode.generate(rnd)));
    if (rnd.nextInt(3) == 0) calls.addAll(append(FunctionCode.generate(rnd)));
    if (rnd.nextInt(3) == 0) calls.addAll(append(CLevelCode.generate(rnd)));
    return new GeneratedProgram(seed, walrus, pyx.toString(), py.toString(), calls);
  }

  /** Appends a part's module and reference text; returns its calls. */
  private List<GeneratedProgram.Call> append(ClassCode.Part part) {
    pyx.append(part.pyx());
    py.append(part.py());
    return part.calls();
  }

  // ---- functions ----

  private void cdefFunction(int k) {
    int kind = rnd.nextInt(4);
    CFunc f;
    String sig;
    switch (kind) {
      case 0 -> {
        f = new CFunc("h" + k, Type.DOUBLE, List.of(Type.VIEW1, Type.LONG));
        sig = "cdef double h" + k + "(double[:] v, long k) except? -1";
      }
      case 1 -> {
        f = new CFunc("q" + k, Type.LONG, List.of(Type.VIEW1, Type.LONG, Type.LONG));
        sig = "cdef long q" + k + "(double[:] v, long k, long j) except? -1";
      }
      case 2 -> {
        f = new CFunc("p" + k, Type.VIEW1, List.of(Type.VIEW1, Type.VIEW1, Type.LONG));
        sig = "cdef double[:] p" + k + "(double[:] v, double[:] u, long k)";
      }
      default -> {
        f = new CFunc("s" + k, null, List.of(Type.VIEW1, Type.DOUBLE));
        sig = "cdef void s" + k + "(double[:] v, double e) except *";
      }
    }
    List<Var> params = switch (kind) {
      case 0 -> List.of(new Var("v", Type.VIEW1), new Var("k", Type.LONG));
      case 1 -> List.of(new Var("v", Type.VIEW1), new Var("k", Type.LONG), new Var("j", Type.LONG));
      case 2 -> List.of(new Var("v", Type.VIEW1), new Var("u", Type.VIEW1), new Var("k", Type.LONG));
      default -> List.of(new Var("v", Type.VIEW1), new Var("e", Type.DOUBLE));
    };
    String pyParams = String.join(", ", params.stream().map(Var::name).toList());
    line(sig + ":", "def " + f.name() + "(" + pyParams + "):");
    inCdef = true;
    body(params, f.result(), rnd.nextInt(2, 5));
    inCdef = false;
    blank();
    cfuncs.add(f);
  }

  private List<GeneratedProgram.Call> defFunction(int k) {
    List<Var> params = new ArrayList<>();
    params.add(new Var("x", Type.VIEW1));
    if (rnd.nextBoolean()) params.add(new Var("y", Type.VIEW1));
    if (rnd.nextInt(3) == 0) params.add(new Var("m", Type.VIEW2));
    params.add(new Var("n", Type.LONG));
    if (rnd.nextBoolean()) params.add(new Var("d", Type.DOUBLE));
    String name = "f" + k;
    List<String> pyxParams = params.stream().map(p -> cType(p.type()) + " " + p.name()).toList();
    line("def " + name + "(" + String.join(", ", pyxParams) + "):",
        "def " + name + "(" + String.join(", ", params.stream().map(Var::name).toList()) + "):");
    body(params, null, rnd.nextInt(3, 8));
    blank();
    List<GeneratedProgram.Call> calls = new ArrayList<>();
    for (int c = 0; c < 3; c++) calls.add(callOf(name, params));
    return calls;
  }

  private GeneratedProgram.Call callOf(String name, List<Var> params) {
    List<String> setup = new ArrayList<>();
    List<String> args = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (Var p : params) {
      switch (p.type()) {
        case VIEW1 -> {
          if (p.name().equals("y") && rnd.nextInt(4) == 0) {
            args.add("x_");  // the same buffer twice: stores through one are seen through the other
          } else {
            setup.add(p.name() + "_ = v1(" + values(rnd.nextInt(8) == 0 ? rnd.nextInt(0, 2) : rnd.nextInt(2, 9)) + ")");
            args.add(p.name() + "_");
            shown.add(p.name() + "_.tolist()");
          }
        }
        case VIEW2 -> {
          // Python's memoryview.cast refuses a zero extent, so the 2-D buffers are never empty.
          int rows = rnd.nextInt(1, 4);
          int cols = rnd.nextInt(1, 5);
          setup.add(p.name() + "_ = v2(" + values(rows * cols) + ", " + rows + ", " + cols + ")");
          args.add(p.name() + "_");
          shown.add(p.name() + "_.tolist()");
        }
        case LONG -> args.add(Integer.toString(rnd.nextInt(-3, 9)));
        case DOUBLE -> args.add(pick(DOUBLES));
      }
    }
    String expr = "call(" + name + ", " + String.join(", ", args) + ")";
    if (!shown.isEmpty()) expr = expr + ", " + String.join(", ", shown);
    return new GeneratedProgram.Call(setup.isEmpty() ? "pass" : String.join("; ", setup), expr);
  }

  private String values(int n) {
    List<String> v = new ArrayList<>();
    for (int i = 0; i < n; i++) v.add(rnd.nextInt(40) == 0 ? "float('nan')" : pick(ARRAY_VALUES));
    return "[" + String.join(", ", v) + "]";
  }

  /** Declarations of the locals, then statements, then a final return of the function's result. */
  private void body(List<Var> params, Type result, int statements) {
    indent++;
    vars.clear();
    loopVars.clear();
    vars.addAll(params);
    resultType = result;
    counters = 0;
    bodyStartPyx = pyx.length();
    bodyStartPy = py.length();
    Var firstView = params.stream().filter(p -> p.type() == Type.VIEW1).findFirst().orElse(null);
    Var grid = params.stream().filter(p -> p.type() == Type.VIEW2).findFirst().orElse(null);
    for (int i = 0; i < 3; i++) declare(new Var("a" + i, Type.LONG), rnd.nextInt(-5, 10) + "");
    for (int i = 0; i < 2; i++) declare(new Var("t" + i, Type.DOUBLE), pick(DOUBLES));
    if (firstView != null) for (int i = 0; i < 2; i++) declare(new Var("w" + i, Type.VIEW1), firstView.name());
    if (grid != null) declare(new Var("g0", Type.VIEW2), grid.name());
    budget = statements * 3;
    for (int i = 0; i < statements; i++) statement(0);
    finalReturn();
    indent--;
  }

  private void declare(Var v, String init) {
    String ctype = v.type() == Type.LONG && rnd.nextBoolean() ? "Py_ssize_t" : cType(v.type());
    line("cdef " + ctype + " " + v.name() + " = " + init, v.name() + " = " + init);
    vars.add(v);
  }

  private void finalReturn() {
    if (resultType == null && !inCdef) {
      stmtStart();
      Expr d = doubleExpr(2);
      Expr a = longExpr(2);
      same("return " + d.text() + ", " + a.text());
    } else if (resultType != null) {
      stmtStart();
      same("return " + result(2).text());
    }
  }

  // ---- statements ----

  private void statement(int depth) {
    budget--;
    int choice = rnd.nextInt(depth >= 3 || budget <= 0 ? 9 : 15);
    if (pure() && (choice == 4 || choice == 6 || choice == 8)) choice = 2;  // no writes to views
    stmtStart();
    switch (choice) {
      case 0, 1 -> assignLong();
      case 2, 3 -> assignDouble();
      case 4 -> storeElement();
      case 5 -> assignView();
      case 6 -> storeSlice();
      case 7 -> earlyExit();
      case 8 -> callVoid();
      case 9, 10 -> ifStatement(depth);
      case 11 -> forRange(depth);
      case 12 -> forView(depth);
      case 13 -> whileLoop(depth);
      default -> tryStatement(depth);
    }
  }

  /**
   * Whether the function being written returns a value from {@code cdef}: such calls sit inside
   * expressions, where a write to a view would make the result depend on evaluation order.
   */
  private boolean pure() {
    return inCdef && resultType != null;
  }

  private void stmtStart() {
    readInStmt.clear();
    walrusInStmt.clear();
  }

  private void assignLong() {
    Var v = pickVar(Type.LONG, true);
    if (v == null) {
      same("pass");
      return;
    }
    walrusInStmt.add(v.name());  // the target is not also an := target in its own statement
    Expr e = longExpr(3);
    if (rnd.nextInt(3) == 0) {
      same(v.name() + " " + pick(new String[] {"+=", "-="}) + " " + e.text());
      same(v.name() + " %= " + VAR_BOUND);
    } else {
      same(v.name() + " = " + bounded(e, VAR_BOUND).text());
    }
  }

  private void assignDouble() {
    Var v = pickVar(Type.DOUBLE, true);
    if (v == null) {
      assignLong();
      return;
    }
    walrusInStmt.add(v.name());
    Expr e = doubleExpr(3);
    String op = rnd.nextInt(3) == 0 ? pick(new String[] {"+=", "-=", "*="}) : "=";
    same(v.name() + " " + op + " " + e.text());
  }

  private void storeElement() {
    if (rnd.nextInt(3) == 0 && pickVar(Type.VIEW2, false) != null) {
      Var g = pickVar(Type.VIEW2, false);
      same(g.name() + "[" + gridIndex(g, 0, 1) + ", " + gridIndex(g, 1, 1) + "] = " + doubleExpr(2).text());
      return;
    }
    Var v = pickVar(Type.VIEW1, false);
    if (v == null) {
      same("pass");
      return;
    }
    same(v.name() + "[" + index(1) + "] = " + doubleExpr(2).text());
  }

  private void assignView() {
    Var v = pickVar(Type.VIEW1, true);
    if (v == null || v.name().length() < 2) {
      same("pass");
      return;
    }
    walrusInStmt.add(v.name());
    same(v.name() + " = " + view1(2).text());
  }

  /**
   * {@code v[a:b] = other} (extents must agree, or the source's be 1, which repeats; else
   * ValueError: Cython's broadcasting copy) or {@code v[a:b] = scalar}.
   */
  private void storeSlice() {
    Var v = pickVar(Type.VIEW1, false);
    if (v == null) {
      same("pass");
      return;
    }
    boolean saved = walrusAllowed;
    walrusAllowed = false;
    String target = v.name() + sliceText(1);
    int form = rnd.nextInt(3);
    if (form == 0) {
      // Overlapping source and destination: the copy behaves as if made all at once.
      String[][] pairs = {{v.name() + "[1:]", v.name() + "[:-1]"}, {v.name() + "[:-1]", v.name() + "[1:]"},
          {v.name() + "[:]", v.name() + "[::-1]"}, {v.name() + "[::2]", v.name() + "[1::2]"}};
      String[] pair = pairs[rnd.nextInt(pairs.length)];
      copy(pair[0], pair[1]);
    } else if (form == 1) {
      copy(target, view1(1).text());
    } else {
      // Python evaluates the value before the target's slice, so the reference does too.
      String value = doubleExpr(2).text();
      line(target + " = " + value, "fill_value = " + value + "; fill(" + target + ", fill_value)");
    }
    walrusAllowed = saved;
  }

  /** {@code target = value} of views; the reference copies as Cython does, the value evaluated first as Python does. */
  private void copy(String target, String value) {
    line(target + " = " + value, "copy_value = " + value + "; copy_into(" + target + ", copy_value)");
  }

  private void earlyExit() {
    String cond = condition(2);
    line("if " + cond + ":", "if " + cond + ":");
    indent++;
    stmtStart();
    if (rnd.nextInt(3) == 0) {
      same("raise " + pick(new String[] {"ValueError", "IndexError", "KeyError"}) + "(\"generated\")");
    } else if (loopDepth > 0 && rnd.nextBoolean()) {
      same(rnd.nextBoolean() ? "break" : "continue");
    } else {
      returnStatement();
    }
    indent--;
  }

  private void returnStatement() {
    if (resultType == null && inCdef) {
      same("return");
    } else if (resultType == null) {
      same("return " + doubleExpr(2).text() + ", " + longExpr(2).text());
    } else {
      same("return " + result(2).text());
    }
  }

  /** A value for the function's result; an integer one within the bound every variable keeps. */
  private Expr result(int depth) {
    Expr e = valueOf(resultType, depth);
    return resultType == Type.LONG ? bounded(e, VAR_BOUND) : e;
  }

  private void callVoid() {
    List<CFunc> voids = cfuncs.stream().filter(f -> f.result() == null).toList();
    Var v = pickVar(Type.VIEW1, false);
    if (voids.isEmpty() || v == null) {
      assignDouble();
      return;
    }
    CFunc f = voids.get(rnd.nextInt(voids.size()));
    same(f.name() + "(" + view1(1).text() + ", " + doubleExpr(2).text() + ")");
  }

  private void ifStatement(int depth) {
    String cond = condition(3);
    line("if " + cond + ":", "if " + cond + ":");
    block(depth);
    if (rnd.nextBoolean()) {
      stmtStart();
      String c2 = condition(2);
      line("elif " + c2 + ":", "elif " + c2 + ":");
      block(depth);
    }
    if (rnd.nextBoolean()) {
      line("else:", "else:");
      block(depth);
    }
  }

  private void block(int depth) {
    indent++;
    int n = rnd.nextInt(1, 4);
    for (int i = 0; i < n; i++) statement(depth + 1);
    indent--;
  }

  private void forRange(int depth) {
    String i = "i" + loopDepth;
    if (vars.stream().noneMatch(v -> v.name().equals(i))) {
      // Loop variables are declared where the loop is, as C integers, and read after it too.
      lineAtBodyStart(i);
    }
    String args = switch (rnd.nextInt(3)) {
      case 0 -> smallLong();
      case 1 -> smallLong() + ", " + smallLong();
      default -> smallLong() + ", " + smallLong() + ", " + pick(new String[] {"1", "2", "-1", "-2", "3"});
    };
    line("for " + i + " in range(" + args + "):", "for " + i + " in range(" + args + "):");
    loop(depth, i);
    loopElse(depth);
  }

  private void forView(int depth) {
    List<Var> params = vars.stream().filter(v -> v.type() == Type.VIEW1 && v.name().length() == 1).toList();
    if (params.isEmpty()) {
      forRange(depth);
      return;
    }
    Var p = params.get(rnd.nextInt(params.size()));
    String over = p.name() + (rnd.nextBoolean() ? "" : sliceText(1));
    Var e = pickVar(Type.DOUBLE, true);
    if (e == null) {
      forRange(depth);
      return;
    }
    line("for " + e.name() + " in " + over + ":", "for " + e.name() + " in " + over + ":");
    loop(depth, e.name());
    loopElse(depth);
  }

  private void whileLoop(int depth) {
    String c = "c" + counters++;
    lineAtBodyStart(c);
    same(c + " = 0");
    int limit = rnd.nextInt(1, 5);
    if (walrus) {
      line("while (" + c + " := " + c + " + 1) <= " + limit + ":", "while (" + c + " := " + c + " + 1) <= " + limit + ":");
      loop(depth, c);
    } else {
      line("while " + c + " < " + limit + ":", "while " + c + " < " + limit + ":");
      indent++;
      same(c + " += 1");
      indent--;
      loop(depth, c);
    }
    loopElse(depth);
  }

  private void loop(int depth, String loopVar) {
    loopVars.add(loopVar);
    loopDepth++;
    block(depth);
    loopDepth--;
    loopVars.remove(loopVar);
  }

  private void loopElse(int depth) {
    if (rnd.nextInt(4) == 0) {
      line("else:", "else:");
      block(depth);
    }
  }

  private void tryStatement(int depth) {
    line("try:", "try:");
    block(depth);
    boolean handler = rnd.nextInt(3) != 0;
    if (handler) {
      String classes = pick(new String[] {"ValueError", "IndexError", "(IndexError, ZeroDivisionError)",
          "(ValueError, KeyError)", "ZeroDivisionError", "Exception"});
      String as = rnd.nextBoolean() ? " as err" : "";
      line("except " + classes + as + ":", "except " + classes + as + ":");
      block(depth);
      if (rnd.nextInt(3) == 0) {
        line("else:", "else:");
        block(depth);
      }
    }
    if (!handler || rnd.nextBoolean()) {
      line("finally:", "finally:");
      block(depth);
    }
  }

  // ---- expressions ----

  private Expr valueOf(Type t, int depth) {
    return switch (t) {
      case LONG -> longExpr(depth);
      case DOUBLE -> doubleExpr(depth);
      case VIEW1 -> view1(depth);
      case VIEW2 -> throw new IllegalArgumentException("no 2-D results");
    };
  }

  private Expr longExpr(int depth) {
    int choice = rnd.nextInt(depth <= 0 ? 4 : 13);
    Expr e = switch (choice) {
      case 11 -> castToLong(depth);
      case 0 -> new Expr(Integer.toString(rnd.nextInt(-4, 12)), 12);
      case 1, 2 -> readVar(Type.LONG).map(v -> new Expr(v, VAR_BOUND)).orElseGet(() -> new Expr("3", 3));
      case 3 -> lengthOf();
      case 4, 5 -> binaryLong(depth, pick(new String[] {"+", "-"}));
      case 6 -> binaryLong(depth, "*");
      case 7 -> {
        String op = pick(new String[] {"//", "%"});
        if (rnd.nextInt(4) == 0) yield binaryLong(depth, op);
        Expr a = longExpr(depth - 1);
        int divisor = rnd.nextBoolean() ? rnd.nextInt(2, 6) : -rnd.nextInt(2, 6);
        yield new Expr(paren(a.text() + " " + op + " " + divisor), a.bound());
      }
      case 8 -> {
        Expr a = longExpr(depth - 1);
        Expr b = longExpr(depth - 1);
        yield new Expr(pick(new String[] {"min", "max"}) + "(" + a.text() + ", " + b.text() + ")", Math.max(a.bound(), b.bound()));
      }
      case 9 -> {
        Expr a = longExpr(depth - 1);
        yield new Expr(rnd.nextBoolean() ? "-" + paren(a.text()) : "abs(" + a.text() + ")", a.bound());
      }
      case 10 -> callValue(Type.LONG, depth);
      default -> walrusLong(depth);
    };
    return e;
  }

  /**
   * {@code <long>} of a double: C truncates toward zero, as Python's {@code int()} does, when the
   * value is finite and in range. The clamp puts its constant first so that a NaN gives the
   * constant in both languages (min/max keep the first of unordered values).
   */
  private Expr castToLong(int depth) {
    String d = doubleExpr(depth - 1).text();
    return new Expr(CAST_LONG + "(min(" + CAST_CLAMP + ", max(-" + CAST_CLAMP + ", " + d + ")))", (long) CAST_CLAMP);
  }

  private Expr binaryLong(int depth, String op) {
    Expr a = longExpr(depth - 1);
    Expr b = longExpr(depth - 1);
    long bound = op.equals("*") ? satMul(a.bound(), b.bound()) : op.equals("%") ? b.bound() : a.bound() + b.bound();
    if (bound > EXPR_BOUND) {
      b = new Expr(Integer.toString(rnd.nextInt(1, 4)), 3);
      bound = op.equals("*") ? satMul(a.bound(), 3) : a.bound() + 3;
    }
    return new Expr(paren(a.text() + " " + op + " " + b.text()), bound);
  }

  private static long satMul(long a, long b) {
    return a != 0 && b > Long.MAX_VALUE / 4 / a ? Long.MAX_VALUE / 4 : a * b;
  }

  private Expr walrusLong(int depth) {
    Var t = walrusTarget(Type.LONG);
    if (t == null) return longExpr(depth - 1);
    Expr e = bounded(longExpr(depth - 1), VAR_BOUND);
    return new Expr("(" + t.name() + " := " + e.text() + ")", VAR_BOUND);
  }

  /** {@code e}, or {@code e % limit} when it might exceed {@code limit}. */
  private static Expr bounded(Expr e, long limit) {
    return e.bound() <= limit ? e : new Expr("(" + e.text() + ") % " + limit, limit);
  }

  private Expr lengthOf() {
    Var v = pickVar(Type.VIEW1, false);
    Var g = pickVar(Type.VIEW2, false);
    if (g != null && rnd.nextBoolean()) {
      markRead(g.name());
      return new Expr(g.name() + ".shape[" + rnd.nextInt(2) + "]", 8);
    }
    if (v == null) return new Expr("2", 2);
    markRead(v.name());
    return new Expr(rnd.nextBoolean() ? "len(" + v.name() + ")" : v.name() + ".shape[0]", 8);
  }

  /** A loop bound: a few iterations at most. */
  private String smallLong() {
    return switch (rnd.nextInt(3)) {
      case 0 -> Integer.toString(rnd.nextInt(-2, 6));
      case 1 -> lengthOf().text();
      default -> readVar(Type.LONG).map(v -> "(" + v + " % 5)").orElse("4");
    };
  }

  private Expr doubleExpr(int depth) {
    int choice = rnd.nextInt(depth <= 0 ? 3 : 14);
    return switch (choice) {
      // <double> of a bounded integer is exact (|value| far below 2**53), as float() is.
      case 13 -> Expr.of(CAST_DOUBLE + paren(longExpr(depth - 1).text()));
      case 0 -> Expr.of(pick(DOUBLES));
      case 1 -> readVar(Type.DOUBLE).map(Expr::of).orElseGet(() -> Expr.of("1.5"));
      case 2, 3 -> element(depth);
      case 4, 5 -> Expr.of(paren(doubleExpr(depth - 1).text() + " " + pick(new String[] {"+", "-", "*"}) + " "
          + doubleExpr(depth - 1).text()));
      case 6 -> Expr.of(paren(doubleExpr(depth - 1).text() + " / " + doubleExpr(depth - 1).text()));
      case 7 -> Expr.of(rnd.nextBoolean()
          ? paren(doubleExpr(depth - 1).text() + " * " + longExpr(depth - 1).text())
          : paren(longExpr(depth - 1).text() + " + " + doubleExpr(depth - 1).text()));
      case 8 -> Expr.of(pick(new String[] {"min", "max"}) + "(" + doubleExpr(depth - 1).text() + ", "
          + doubleExpr(depth - 1).text() + ")");
      case 9 -> Expr.of(rnd.nextBoolean() ? "-" + paren(doubleExpr(depth - 1).text()) : "abs(" + doubleExpr(depth - 1).text() + ")");
      case 10 -> callValue(Type.DOUBLE, depth);
      case 11 -> {
        String c = condition(depth - 1);
        yield Expr.of("(" + doubleExpr(depth - 1).text() + " if " + c + " else " + doubleExpr(depth - 1).text() + ")");
      }
      default -> {
        Var t = walrusTarget(Type.DOUBLE);
        yield t == null ? doubleExpr(depth - 1) : Expr.of("(" + t.name() + " := " + doubleExpr(depth - 1).text() + ")");
      }
    };
  }

  /** An index: mostly inside a small view (negative ones too), sometimes any integer. */
  private String index(int depth) {
    return switch (rnd.nextInt(12)) {
      case 0, 1, 6, 7, 8 -> Integer.toString(rnd.nextInt(-2, 2));
      case 9, 10 -> "0";
      case 4, 5 -> {
        String i = loopVars.stream().filter(v -> v.startsWith("i")).findFirst().orElse(null);
        String over = i != null && rnd.nextBoolean() ? i : readVar(Type.LONG).orElse("n");
        markRead(over);
        yield "(" + over + " % " + lengthOf().text() + ")";
      }
      case 2 -> loopVars.stream().filter(v -> v.startsWith("i")).findFirst().map(v -> {
        markRead(v);
        return v;
      }).orElse("0");
      case 3 -> {
        Expr len = lengthOf();
        yield "(" + len.text() + " - " + rnd.nextInt(1, 3) + ")";
      }
      default -> longExpr(depth).text();
    };
  }

  /** An index on one axis of a 2-D view: mostly in range (every generated 2-D buffer is non-empty). */
  private String gridIndex(Var g, int axis, int depth) {
    return switch (rnd.nextInt(5)) {
      case 0 -> "0";
      case 1 -> "-1";
      case 2, 3 -> "(" + readVar(Type.LONG).orElse("n") + " % " + g.name() + ".shape[" + axis + "])";
      default -> index(depth);
    };
  }

  private Expr element(int depth) {
    Var g = pickVar(Type.VIEW2, false);
    if (g != null && rnd.nextInt(3) == 0) {
      markRead(g.name());
      String base = rnd.nextInt(4) == 0 ? g.name() + ".T" : g.name();
      boolean t = base.endsWith(".T");
      return Expr.of(base + "[" + gridIndex(g, t ? 1 : 0, depth - 1) + ", " + gridIndex(g, t ? 0 : 1, depth - 1) + "]");
    }
    Expr v = view1(depth - 1);
    return Expr.of(v.text() + "[" + index(depth - 1) + "]");
  }

  private Expr view1(int depth) {
    int choice = rnd.nextInt(depth <= 0 ? 1 : 7);
    Var g = pickVar(Type.VIEW2, false);
    Var v = pickVar(Type.VIEW1, false);
    if (v == null) throw new IllegalStateException("every function has a 1-D view");
    return switch (choice) {
      case 0 -> {
        markRead(v.name());
        yield Expr.of(v.name());
      }
      case 1, 2 -> {
        markRead(v.name());
        yield Expr.of(v.name() + sliceText(depth - 1));
      }
      case 3 -> {
        if (g == null) yield view1(depth - 1);
        markRead(g.name());
        String base = rnd.nextInt(3) == 0 ? g.name() + ".T" : g.name();
        yield Expr.of(switch (rnd.nextInt(3)) {
          case 0 -> base + "[" + index(depth - 1) + "]";
          case 1 -> base + "[" + index(depth - 1) + ", :]";
          default -> base + "[:, " + index(depth - 1) + "]";
        });
      }
      case 4 -> callValue(Type.VIEW1, depth);
      default -> {
        Var t = walrusTarget(Type.VIEW1);
        yield t == null ? view1(depth - 1) : Expr.of("(" + t.name() + " := " + view1(depth - 1).text() + ")");
      }
    };
  }

  private String sliceText(int depth) {
    String lo = rnd.nextInt(3) == 0 ? "" : index(Math.min(depth, 1));
    String hi = rnd.nextInt(3) == 0 ? "" : index(Math.min(depth, 1));
    String step = switch (rnd.nextInt(5)) {
      case 0 -> ":-1";
      case 1 -> ":" + pick(new String[] {"2", "-2", "3"});
      default -> "";
    };
    return "[" + lo + ":" + hi + step + "]";
  }

  private Expr callValue(Type result, int depth) {
    List<CFunc> fs = cfuncs.stream().filter(f -> f.result() == result).toList();
    if (fs.isEmpty()) return result == Type.LONG ? new Expr("1", 1) : result == Type.DOUBLE ? Expr.of("0.5") : view1(0);
    CFunc f = fs.get(rnd.nextInt(fs.size()));
    List<String> args = new ArrayList<>();
    for (Type t : f.params()) args.add(valueOf(t, depth - 1).text());
    return new Expr(f.name() + "(" + String.join(", ", args) + ")", VAR_BOUND);
  }

  private String condition(int depth) {
    return switch (rnd.nextInt(depth <= 0 ? 2 : 6)) {
      case 0 -> longExpr(depth - 1).text() + " " + pick(new String[] {"<", "<=", ">", ">=", "==", "!="}) + " "
          + longExpr(depth - 1).text();
      case 1 -> doubleExpr(depth - 1).text() + " " + pick(new String[] {"<", "<=", ">", ">="}) + " "
          + doubleExpr(depth - 1).text();
      case 2 -> condition(depth - 1) + " and " + condition(depth - 1);
      case 3 -> condition(depth - 1) + " or " + condition(depth - 1);
      case 4 -> "not (" + condition(depth - 1) + ")";
      default -> {
        Var t = walrusTarget(Type.LONG);
        if (t == null) yield condition(depth - 1);
        yield "(" + t.name() + " := " + bounded(longExpr(depth - 1), VAR_BOUND).text() + ") > " + rnd.nextInt(-2, 6);
      }
    };
  }

  // ---- variables ----

  private java.util.Optional<String> readVar(Type t) {
    List<Var> ok = vars.stream().filter(v -> v.type() == t && !walrusInStmt.contains(v.name())).toList();
    if (ok.isEmpty()) return java.util.Optional.empty();
    String name = ok.get(rnd.nextInt(ok.size())).name();
    markRead(name);
    return java.util.Optional.of(name);
  }

  private void markRead(String name) {
    readInStmt.add(name);
  }

  /** A variable to assign: never a parameter of a view type, a loop's variable or counter. */
  private Var pickVar(Type t, boolean forWrite) {
    List<Var> ok = vars.stream().filter(v -> v.type() == t)
        .filter(v -> !forWrite || (!loopVars.contains(v.name()) && !v.name().startsWith("c")
            && !v.name().startsWith("i") && (t == Type.LONG || t == Type.DOUBLE || v.name().length() > 1)))
        .filter(v -> forWrite || !walrusInStmt.contains(v.name()))
        .toList();
    if (ok.isEmpty()) return null;
    Var v = ok.get(rnd.nextInt(ok.size()));
    if (!forWrite) markRead(v.name());
    return v;
  }

  private Var walrusTarget(Type t) {
    if (!walrus || !walrusAllowed || rnd.nextInt(3) != 0) return null;
    List<Var> ok = vars.stream().filter(v -> v.type() == t && v.name().length() > 1 && !v.name().startsWith("c")
        && !v.name().startsWith("i") && !loopVars.contains(v.name()) && !readInStmt.contains(v.name())
        && !walrusInStmt.contains(v.name())).toList();
    if (ok.isEmpty()) return null;
    Var v = ok.get(rnd.nextInt(ok.size()));
    walrusInStmt.add(v.name());
    return v;
  }

  // ---- text ----

  /** Declares a C integer at the top of the current function (Cython wants declarations before use). */
  private void lineAtBodyStart(String name) {
    if (vars.stream().anyMatch(v -> v.name().equals(name))) return;
    pyx.insert(bodyStartPyx, "    cdef long " + name + " = 0\n");
    py.insert(bodyStartPy, "    " + name + " = 0\n");
    vars.add(new Var(name, Type.LONG));
  }

  private void same(String text) {
    line(text, text);
  }

  private void line(String pyxText, String pyText) {
    String pad = "    ".repeat(indent);
    // Casts are always written before a parenthesis, so these are exactly the cast markers.
    pyText = pyText.replace(CAST_LONG + "(", "int(").replace(CAST_DOUBLE + "(", "float(");
    pyx.append(pad).append(pyxText).append('\n');
    py.append(pad).append(pyText).append('\n');
  }

  private void blank() {
    pyx.append('\n');
    py.append('\n');
  }

  private static String cType(Type t) {
    return switch (t) {
      case LONG -> "long";
      case DOUBLE -> "double";
      case VIEW1 -> "double[:]";
      case VIEW2 -> "double[:, :]";
    };
  }

  private static String paren(String s) {
    return "(" + s + ")";
  }

  private String pick(String[] options) {
    return options[rnd.nextInt(options.length)];
  }

  private static String load() {
    try (var in = ProgramGenerator.class.getResourceAsStream("reference_prelude.py")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
