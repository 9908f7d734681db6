package dev.pyxc.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Classes for a generated program: one or two {@code cdef class} types (C, object, extension-type
 * and view fields, some {@code public} or {@code readonly}; {@code def}, {@code cdef} and
 * {@code cpdef} methods calling each other; sometimes a subclass overriding {@code cdef}/
 * {@code cpdef} methods and adding a field), sometimes a plain Python {@code class} with a
 * subclass using {@code super()}, and {@code def u0...} functions that create instances (typed and
 * untyped), read and write attributes, call methods in loops, build lists of instances and replace
 * object fields. The reference writes the extension types as ordinary Python classes.
 *
 * <p>Rules that keep both meanings equal:
 *
 * <ul>
 *   <li>Every C integer (field, local, parameter, method result) holds less than 1000 in
 *       magnitude; each integer expression's bound is tracked and kept under 10^9 (C {@code int}
 *       fields included) and reduced {@code % 1000} before it is stored.
 *   <li>A {@code double} place only ever receives a double expression, which is a Python float in
 *       the reference too ({@code <double>(...)} becomes {@code float(...)}).
 *   <li>A {@code bint} field only receives conditions (bools in Python).
 *   <li>Methods are queries (no writes outside their locals; usable anywhere in expressions) or
 *       mutators (called only as a whole statement, {@code acc = (acc + c.m0(...)) % 1000}, whose
 *       other operands are locals the call cannot change): C and Python need not evaluate the
 *       operands of one expression in the same order.
 *   <li>A method calls only methods created before it (overrides included), so nothing recurses
 *       without end even when instances link to themselves.
 *   <li>An untyped instance reaches only public/readonly fields (readonly ones are only read) and
 *       {@code def}/{@code cpdef} methods; an extension-typed field that may be None is read
 *       through {@code x.link is not None} (Cython 0.29 reads through None).
 *   <li>No class-level state changes between calls (the reference-count check runs each doctest
 *       30 times), and no instance reaches a result (its repr holds an address).
 * </ul>
 */
final class ClassCode {
  private static final long VAR_BOUND = 1000;
  private static final long EXPR_BOUND = 1_000_000_000L;
  private static final String CAST_DOUBLE = "<double>";
  private static final String[] DOUBLES = {"0.0", "0.5", "-1.25", "2.0", "3.5", "-0.0", "1e300", "-7.75"};
  private static final String[] ARRAY_VALUES = {"0.0", "1.0", "-1.0", "2.5", "-3.5", "0.25", "4.0", "-0.5"};

  /** What {@link ProgramGenerator} appends: the module's text, the reference's, and the calls to compare. */
  record Part(String pyx, String py, List<GeneratedProgram.Call> calls) {}

  private enum Kind { INT, LONG, DOUBLE, BINT, OBJ_VAL, OBJ_LIST, EXT, VIEW }

  private enum Def { DEF, CDEF, CPDEF }

  /** INST: an instance of the method's own class (self, the argument, what self links to, or a new one). */
  private enum Ret { LONG, DOUBLE, OBJECT, NONE, INST }

  private record Field(String name, Kind kind, String vis, Cls ext, String ctype) {
    boolean visible() {
      return !vis.isEmpty();
    }

    boolean writableFromPython() {
      return vis.equals("public");
    }
  }

  /** A parameter: a C long, a C double, or (cls given) an instance of the method's class, never passed None. */
  private record Param(String name, boolean isDouble, String dflt, Cls cls) {}

  private record Method(String name, Def def, Ret ret, List<Param> params, boolean mutates, int order, Cls owner) {
    boolean pythonVisible() {
      return def != Def.CDEF;
    }
  }

  private static final class Cls {
    final String name;
    final Cls base;
    final List<Field> own = new ArrayList<>();
    final Map<String, Method> methods = new LinkedHashMap<>();
    /** The constructor's parameters after {@code a, b}: "data" (a view), "e" (a long), "link" (defaults to None). */
    final List<String> extraInit = new ArrayList<>();
    /** The base's cdef/cpdef methods this class overrides. */
    final List<Method> overridden = new ArrayList<>();
    Cls linkType;

    Cls(String name, Cls base) {
      this.name = name;
      this.base = base;
      if (base != null) methods.putAll(base.methods);
    }

    List<Field> fields() {
      List<Field> all = new ArrayList<>();
      if (base != null) all.addAll(base.fields());
      all.addAll(own);
      return all;
    }

    boolean isA(Cls other) {
      return this == other || (base != null && base.isA(other));
    }
  }

  /** An instance reachable by an expression, its static class, and whether it is typed in the module. */
  private record Inst(String expr, Cls cls, boolean typed) {}

  private record Expr(String text, long bound) {}

  /** What the statement or expression being written may use. */
  private static final class Scope {
    final List<String> longs = new ArrayList<>();
    final List<String> doubles = new ArrayList<>();
    final List<String> assignableLongs = new ArrayList<>();
    final List<String> assignableDoubles = new ArrayList<>();
    final List<Inst> insts = new ArrayList<>();
    final List<String> views = new ArrayList<>();
    /** Inside a method: its class and order (calls go to earlier methods only); null in a function. */
    Cls self;
    int order = Integer.MAX_VALUE;
    /** Writes only to locals. */
    boolean pure;
    /** Writes through the instances (functions) or through self (mutators). */
    String objs;
    Cls objsCls;
    String typedIter;
    String pyObj;
    int loopDepth;
  }

  private final SplittableRandom rnd;
  private final StringBuilder pyx = new StringBuilder();
  private final StringBuilder py = new StringBuilder();
  private final List<Cls> classes = new ArrayList<>();
  private boolean pyClasses;
  private boolean anyView;
  private int methodOrder;
  private int indent;

  private ClassCode(SplittableRandom rnd) {
    this.rnd = rnd;
  }

  static Part generate(SplittableRandom rnd) {
    return new ClassCode(rnd).part();
  }

  private Part part() {
    Cls k0 = baseClass("K0", null);
    classes.add(k0);
    if (rnd.nextBoolean()) classes.add(subclass("D0", k0));
    if (rnd.nextInt(3) == 0) classes.add(baseClass("K1", k0));
    pyClasses = rnd.nextInt(3) == 0;
    if (pyClasses) pythonClasses();
    List<GeneratedProgram.Call> calls = new ArrayList<>();
    int n = rnd.nextInt(1, 3);
    for (int i = 0; i < n; i++) calls.addAll(function("u" + i));
    return new Part(pyx.toString(), py.toString(), calls);
  }

  // ---- classes ----

  /** A class without a base; {@code other}, when given, is a class its extension-typed field may hold. */
  private Cls baseClass(String name, Cls other) {
    Cls c = new Cls(name, null);
    c.own.add(new Field("n0", rnd.nextBoolean() ? Kind.LONG : Kind.INT, rnd.nextInt(3) == 0 ? "" : pick("public", "readonly"), null, null));
    c.own.add(new Field("d0", Kind.DOUBLE, vis(), null, null));
    if (rnd.nextBoolean()) c.own.add(new Field("n1", rnd.nextBoolean() ? Kind.LONG : Kind.INT, vis(), null, null));
    if (rnd.nextBoolean()) c.own.add(new Field("flag", Kind.BINT, vis(), null, null));
    if (rnd.nextBoolean()) c.own.add(new Field("tot", Kind.OBJ_VAL, vis(), null, "object"));
    if (rnd.nextBoolean()) c.own.add(new Field("items", Kind.OBJ_LIST, vis(), null, rnd.nextBoolean() ? "object" : "list"));
    if (rnd.nextBoolean()) {
      Cls target = other != null && rnd.nextBoolean() ? other : c;
      c.linkType = target;
      c.own.add(new Field("link", Kind.EXT, vis(), target, target.name));
      c.extraInit.add("link");
    }
    if (rnd.nextInt(3) == 0) {
      c.own.add(new Field("data", Kind.VIEW, "", null, "double[:]"));
      c.extraInit.add(0, "data");
      anyView = true;
    }
    int nm = rnd.nextInt(2, 6);
    for (int i = 0; i < nm; i++) addMethod(c, newMethod(i, c));
    writeClass(c);
    return c;
  }

  private Cls subclass(String name, Cls base) {
    Cls c = new Cls(name, base);
    c.linkType = base.linkType;
    c.own.add(new Field(rnd.nextBoolean() ? "bonus" : "extra", rnd.nextBoolean() ? Kind.LONG : Kind.DOUBLE, vis(), null, null));
    List<Method> overridable = base.methods.values().stream().filter(m -> m.def() != Def.DEF).toList();
    int overrides = Math.min(overridable.size(), rnd.nextInt(1, 3));
    List<Method> pool = new ArrayList<>(overridable);
    for (int i = 0; i < overrides; i++) c.overridden.add(pool.remove(rnd.nextInt(pool.size())));
    writeClass(c);
    return c;
  }

  private String vis() {
    return switch (rnd.nextInt(4)) {
      case 0 -> "public";
      case 1 -> "readonly";
      default -> "";
    };
  }

  private Method newMethod(int i, Cls owner) {
    boolean mutates = rnd.nextInt(5) < 2;
    Def def = Def.values()[rnd.nextInt(3)];
    Ret ret;
    if (mutates) {
      ret = def != Def.CPDEF && rnd.nextInt(3) == 0 ? Ret.NONE : Ret.LONG;
    } else {
      ret = switch (rnd.nextInt(6)) {
        case 0, 1 -> Ret.LONG;
        case 2, 3 -> Ret.DOUBLE;
        case 4 -> def == Def.DEF ? Ret.OBJECT : Ret.INST;
        default -> Ret.OBJECT;
      };
    }
    List<Param> params = new ArrayList<>();
    if (rnd.nextInt(4) == 0) params.add(new Param("other", false, null, owner));
    int np = rnd.nextInt(0, 3);
    boolean defaults = false;
    for (int p = 0; p < np; p++) {
      boolean isDouble = rnd.nextInt(3) == 0;
      defaults |= rnd.nextInt(3) == 0;
      String dflt = defaults ? (isDouble ? pick("0.5", "-1.25", "2.0") : Integer.toString(rnd.nextInt(-3, 6))) : null;
      params.add(new Param(isDouble ? "x" + p : "k" + p, isDouble, dflt, null));
    }
    return new Method((mutates ? "m" : "q") + i, def, ret, params, mutates, methodOrder++, owner);
  }

  private void addMethod(Cls c, Method m) {
    c.methods.put(m.name(), m);
  }

  private void writeClass(Cls c) {
    line("cdef class " + c.name + (c.base != null ? "(" + c.base.name + ")" : "") + ":",
        "class " + c.name + (c.base != null ? "(" + c.base.name + ")" : "") + ":");
    indent++;
    for (Field f : c.own) {
      String type = f.ctype() != null ? f.ctype() : switch (f.kind()) {
        case INT -> "int";
        case LONG -> "long";
        case DOUBLE -> "double";
        case BINT -> "bint";
        default -> throw new AssertionError(f);
      };
      line("cdef " + (f.visible() ? f.vis() + " " : "") + type + " " + f.name(), null);
    }
    line("", null);
    writeInit(c);
    for (Method m : c.base == null ? List.copyOf(c.methods.values()) : c.overridden) writeMethod(c, m, c.base != null);
    if (c.base != null && rnd.nextBoolean()) {
      Method extra = newMethod(methodOrder, c);
      Ret ret = extra.ret() == Ret.NONE || extra.ret() == Ret.INST ? Ret.LONG : extra.ret();
      extra = new Method("sub" + extra.order(), Def.DEF, ret, extra.params(), extra.mutates(), extra.order(), c);
      addMethod(c, extra);
      writeMethod(c, extra, false);
    }
    indent--;
    blank();
  }

  private void writeInit(Cls c) {
    List<String> pyxParams = new ArrayList<>(List.of("long a", "double b"));
    List<String> pyParams = new ArrayList<>(List.of("a", "b"));
    List<String> extra = c.base != null ? new ArrayList<>(c.base.extraInit) : new ArrayList<>();
    if (c.base != null) {
      // The subclass takes its own field's value before the base's optional link.
      int at = extra.contains("link") ? extra.indexOf("link") : extra.size();
      extra.add(at, "e");
      c.extraInit.clear();
      c.extraInit.addAll(extra);
    }
    for (String p : c.extraInit) {
      switch (p) {
        case "data" -> {
          pyxParams.add("double[:] data");
          pyParams.add("data");
        }
        case "e" -> {
          pyxParams.add("long e");
          pyParams.add("e");
        }
        default -> {
          pyxParams.add(c.linkType.name + " link=None");
          pyParams.add("link=None");
        }
      }
    }
    line("def __init__(self, " + String.join(", ", pyxParams) + "):", "def __init__(self, " + String.join(", ", pyParams) + "):");
    indent++;
    Scope s = new Scope();
    s.longs.addAll(List.of("a"));
    s.doubles.add("b");
    if (c.base != null) {
      s.longs.add("e");
      List<String> args = new ArrayList<>(List.of("a", "b"));
      if (c.base.extraInit.contains("data")) args.add("data");
      if (c.base.extraInit.contains("link")) args.add("link");
      if (rnd.nextBoolean()) same("super().__init__(" + String.join(", ", args) + ")");
      else same(c.base.name + ".__init__(self, " + String.join(", ", args) + ")");
    }
    for (Field f : c.own) {
      String value = switch (f.kind()) {
        case INT, LONG -> f.name().equals("n0") ? "a" : bounded(longExpr(s, 1), VAR_BOUND).text();
        case DOUBLE -> f.name().equals("d0") ? "b" : doubleExpr(s, 1);
        case BINT -> condition(s, 1);
        case OBJ_VAL -> rnd.nextBoolean() ? "a" : "0";
        case OBJ_LIST -> rnd.nextBoolean() ? "[]" : "[a, " + bounded(longExpr(s, 1), VAR_BOUND).text() + "]";
        case EXT -> "link";
        case VIEW -> "data";
      };
      if (f.name().equals("bonus") || f.name().equals("extra")) value = f.kind() == Kind.LONG ? "e" : CAST_DOUBLE + "(e)";
      line("self." + f.name() + " = " + value, "self." + f.name() + " = " + value);
    }
    indent--;
    line("", null);
  }

  // ---- methods ----

  private void writeMethod(Cls c, Method m, boolean override) {
    List<String> pyxParams = new ArrayList<>(List.of("self"));
    List<String> pyParams = new ArrayList<>(List.of("self"));
    for (Param p : m.params()) {
      String d = p.dflt() == null ? "" : "=" + p.dflt();
      pyxParams.add((p.cls() != null ? p.cls().name + " " : p.isDouble() ? "double " : "long ") + p.name() + d);
      pyParams.add(p.name() + d);
    }
    String ret = switch (m.ret()) {
      case LONG -> "long ";
      case DOUBLE -> "double ";
      case OBJECT -> "object ";
      case NONE -> "void ";
      case INST -> m.owner().name + " ";
    };
    String except = switch (m.ret()) {
      case LONG, DOUBLE -> " except? -1";
      case NONE -> " except *";
      case OBJECT, INST -> "";
    };
    String head = switch (m.def()) {
      case DEF -> "def " + m.name() + "(" + String.join(", ", pyxParams) + "):";
      case CDEF -> "cdef " + ret + m.name() + "(" + String.join(", ", pyxParams) + ")" + except + ":";
      case CPDEF -> "cpdef " + ret + m.name() + "(" + String.join(", ", pyxParams) + ")" + except + ":";
    };
    line(head, "def " + m.name() + "(" + String.join(", ", pyParams) + "):");
    indent++;
    Scope s = new Scope();
    s.self = c;
    s.order = m.order();
    s.pure = !m.mutates();
    s.insts.add(new Inst("self", c, true));
    for (Param p : m.params()) {
      if (p.cls() != null) s.insts.add(new Inst(p.name(), p.cls(), true));
      else (p.isDouble() ? s.doubles : s.longs).add(p.name());
    }
    line("cdef long r = 0", "r = 0");
    line("cdef double s = 0.0", "s = 0.0");
    line("cdef long i = 0", "i = 0");
    s.longs.add("r");
    s.doubles.add("s");
    s.assignableLongs.add("r");
    s.assignableDoubles.add("s");
    if (c.fields().stream().anyMatch(f -> f.kind() == Kind.VIEW)) s.views.add("self.data");
    if (override) {
      // The base's implementation first, through Base.m(self, ...).
      List<String> args = m.params().stream().map(Param::name).toList();
      String call = c.base.name + "." + m.name() + "(self" + (args.isEmpty() ? "" : ", " + String.join(", ", args)) + ")";
      switch (m.ret()) {
        case LONG -> same("r = " + call);
        case DOUBLE -> same("s = " + call);
        case OBJECT -> same("r = " + call + "[0]");
        case NONE -> same(call);
        case INST -> same("r = " + call + ".n0");
      }
    }
    int n = rnd.nextInt(1, 4);
    for (int i = 0; i < n; i++) statement(s, 1);
    switch (m.ret()) {
      case LONG -> same("return " + bounded(longExpr(s, 2), VAR_BOUND).text());
      case DOUBLE -> same("return " + doubleExpr(s, 2));
      case OBJECT -> same("return (" + bounded(longExpr(s, 2), VAR_BOUND).text() + ", " + doubleExpr(s, 2) + ")");
      case NONE -> same("return");
      case INST -> same("return " + instResult(s, m.owner()));
    }
    indent--;
    line("", null);
  }

  /** What a method returning an instance of {@code c} gives back: never None. */
  private String instResult(Scope s, Cls c) {
    List<String> options = new ArrayList<>(List.of("self"));
    if (s.insts.stream().anyMatch(i -> i.expr().equals("other"))) options.add("other");
    if (c.linkType != null && c.linkType.isA(c)) options.add("(self.link if self.link is not None else self)");
    if (!c.extraInit.contains("data") && !c.extraInit.contains("e")) options.add(c.name + "(r, s)");
    return options.get(rnd.nextInt(options.size()));
  }

  // ---- Python classes ----

  private void pythonClasses() {
    int f0 = rnd.nextInt(2, 6);
    int f1 = rnd.nextInt(2, 6);
    int add = rnd.nextInt(1, 7);
    List<String> text = new ArrayList<>();
    text.add("class P0:");
    text.add("    factor = " + f0);
    text.add("    label = 'p" + rnd.nextInt(10) + "'");
    text.add("");
    text.add("    def __init__(self, a, b):");
    text.add("        self.a = a % 1000");
    text.add("        self.b = b");
    text.add("        self.log = []");
    text.add("");
    text.add("    def step(self, k):");
    text.add("        self.a = (self.a * self.factor + k) % 1000");
    text.add("        self.log.append(self.a)");
    text.add("        return self.a");
    text.add("");
    text.add("    def total(self):");
    text.add("        return (self.a + len(self.log) * " + add + ", self.label, self.b)");
    text.add("");
    text.add("");
    text.add("class P1(P0):");
    text.add("    factor = " + f1);
    text.add("");
    text.add("    def __init__(self, a, b, box):");
    text.add("        super().__init__(a, b)");
    text.add("        self.box = box");
    text.add("");
    text.add("    def step(self, k):");
    // box: an instance whose n0 Python can read, or None.
    text.add("        r = super().step(k + (self.box.n0 if self.box is not None else " + rnd.nextInt(1, 5) + "))");
    text.add("        return (r + self.factor) % 1000");
    text.add("");
    text.add("    def total(self):");
    text.add("        t = super().total()");
    text.add("        return (t[0] * 2, t[1] + '!', P0.factor, self.factor)");
    text.add("");
    text.add("");
    for (String t : text) line(t.isEmpty() ? "" : t, t.isEmpty() ? null : t);
  }

  // ---- functions ----

  private List<GeneratedProgram.Call> function(String name) {
    boolean hasView = anyView || rnd.nextBoolean();
    line("def " + name + "(long n, double d" + (hasView ? ", double[:] x" : "") + "):",
        "def " + name + "(n, d" + (hasView ? ", x" : "") + "):");
    indent++;
    Scope s = new Scope();
    s.longs.add("n");
    s.doubles.add("d");
    if (hasView) s.views.add("x");
    line("cdef long acc = 0", "acc = 0");
    line("cdef double t = 0.0", "t = 0.0");
    line("cdef long i = 0", "i = 0");
    line("cdef long j = 0", "j = 0");
    s.longs.addAll(List.of("acc"));
    s.doubles.add("t");
    s.assignableLongs.add("acc");
    s.assignableDoubles.add("t");
    // Typed instances, then untyped ones.
    Cls first = pickCls();
    declareTyped(s, "c0", first);
    if (classes.size() > 1 || rnd.nextBoolean()) declareTyped(s, "c1", pickCls());
    if (rnd.nextBoolean()) {
      Cls iter = pickCls();
      s.typedIter = "e0";
      line("cdef " + iter.name + " e0 = None", "e0 = None");
      s.objsCls = iter;
    }
    int untyped = rnd.nextInt(0, 3);
    for (int i = 0; i < untyped; i++) {
      Cls c = pickCls();
      String v = "o" + i;
      String ctor = construct(s, c);
      if (rnd.nextBoolean()) line("cdef object " + v + " = " + ctor, v + " = " + ctor);
      else same(v + " = " + ctor);
      s.insts.add(new Inst(v, c, false));
    }
    if (rnd.nextBoolean()) {
      s.objs = "objs";
      if (s.objsCls == null) s.objsCls = pickCls();
      if (rnd.nextBoolean()) line("cdef list objs = []", "objs = []");
      else same("objs = []");
    }
    if (pyClasses) {
      s.pyObj = "p";
      List<Inst> boxes = s.insts.stream().filter(i -> i.cls().fields().get(0).visible()).toList();
      String box = boxes.isEmpty() || rnd.nextInt(4) == 0 ? "None" : boxes.get(rnd.nextInt(boxes.size())).expr();
      same("p = " + (rnd.nextBoolean() ? "P1(" + bounded(longExpr(s, 1), VAR_BOUND).text() + ", " + doubleExpr(s, 1) + ", " + box + ")"
          : "P1(n, d, " + box + ")"));
    }
    int n = rnd.nextInt(4, 9);
    for (int i = 0; i < n; i++) statement(s, 0);
    List<String> results = new ArrayList<>(List.of("acc", "t"));
    int nobs = rnd.nextInt(2, 5);
    for (int i = 0; i < nobs; i++) results.add(observation(s));
    if (s.objs != null) results.add("len(" + s.objs + ")");
    if (s.pyObj != null && rnd.nextBoolean()) results.add("p.total()");
    same("return " + String.join(", ", results));
    indent--;
    blank();
    List<GeneratedProgram.Call> calls = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      String nArg = Integer.toString(rnd.nextInt(-3, 9));
      String dArg = pick(DOUBLES);
      if (hasView) {
        int size = rnd.nextInt(8) == 0 ? rnd.nextInt(0, 2) : rnd.nextInt(2, 7);
        calls.add(new GeneratedProgram.Call("x_ = v1(" + values(size) + ")",
            "call(" + name + ", " + nArg + ", " + dArg + ", x_), x_.tolist()"));
      } else {
        calls.add(new GeneratedProgram.Call("pass", "call(" + name + ", " + nArg + ", " + dArg + ")"));
      }
    }
    return calls;
  }

  private void declareTyped(Scope s, String v, Cls staticCls) {
    // A subclass instance in a variable of the base type: cdef and cpdef calls go through the vtable.
    Cls actual = staticCls;
    for (Cls c : classes) if (c.base == staticCls && rnd.nextBoolean()) actual = c;
    String ctor = construct(s, actual);
    line("cdef " + staticCls.name + " " + v + " = " + ctor, v + " = " + ctor);
    s.insts.add(new Inst(v, staticCls, true));
  }

  private Cls pickCls() {
    return classes.get(rnd.nextInt(classes.size()));
  }

  private String construct(Scope s, Cls c) {
    List<String> args = new ArrayList<>();
    args.add(bounded(longExpr(s, 1), VAR_BOUND).text());
    args.add(doubleExpr(s, 1));
    for (String p : c.extraInit) {
      switch (p) {
        case "data" -> args.add(viewArg(s));
        case "e" -> args.add(bounded(longExpr(s, 1), VAR_BOUND).text());
        default -> {
          String link = linkValue(s, c.linkType, true);
          if (link != null) args.add(link);
        }
      }
    }
    return c.name + "(" + String.join(", ", args) + ")";
  }

  /** A view for a constructor or a view field: the function's view or a slice of it. */
  private String viewArg(Scope s) {
    String v = s.views.isEmpty() ? "x" : s.views.get(rnd.nextInt(s.views.size()));
    return switch (rnd.nextInt(4)) {
      case 0 -> v + "[1:]";
      case 1 -> v + "[::-1]";
      default -> v;
    };
  }

  /** A value for a field of type {@code type}: None, an instance in scope, or a new one (null: leave the default). */
  private String linkValue(Scope s, Cls type, boolean mayOmit) {
    List<Inst> ok = s.insts.stream().filter(i -> i.cls().isA(type)).toList();
    int choice = rnd.nextInt(4);
    if (choice == 0 && mayOmit) return null;
    if (choice == 1 || ok.isEmpty()) return "None";
    if (choice == 2 && !type.extraInit.contains("e") && !type.extraInit.contains("data")) {
      return type.name + "(" + bounded(longExpr(s, 0), VAR_BOUND).text() + ", " + doubleExpr(s, 0) + ")";
    }
    return ok.get(rnd.nextInt(ok.size())).expr();
  }

  private String observation(Scope s) {
    Inst inst = s.insts.get(rnd.nextInt(s.insts.size()));
    List<Field> fields = readable(inst).stream().filter(f -> f.kind() != Kind.VIEW).toList();
    if (!fields.isEmpty() && rnd.nextInt(3) != 0) {
      Field f = fields.get(rnd.nextInt(fields.size()));
      if (f.kind() == Kind.EXT) return "(" + inst.expr() + "." + f.name() + " is None)";
      return inst.expr() + "." + f.name();
    }
    Method q = pickMethod(s, inst, null);
    if (q != null) return call(s, inst, q, 1);
    return bounded(longExpr(s, 2), VAR_BOUND).text();
  }

  // ---- statements ----

  private void statement(Scope s, int depth) {
    int choice = rnd.nextInt(depth >= 2 ? 8 : 12);
    switch (choice) {
      case 0, 1 -> assignLocal(s);
      case 2, 3 -> {
        if (s.pure) assignLocal(s);
        else writeField(s);
      }
      case 4, 5 -> {
        if (s.pure) assignLocal(s);
        else mutatorCall(s);
      }
      case 6 -> {
        if (s.self == null && s.objs != null) listOfInstances(s);
        else if (s.pure) assignLocal(s);
        else writeField(s);
      }
      case 7 -> {
        if (s.self == null && s.pyObj != null) pythonObject(s);
        else assignLocal(s);
      }
      case 8, 9 -> forLoop(s, depth);
      case 10 -> ifStatement(s, depth);
      default -> tryStatement(s, depth);
    }
  }

  private void block(Scope s, int depth) {
    indent++;
    int n = rnd.nextInt(1, 3);
    for (int i = 0; i < n; i++) statement(s, depth + 1);
    indent--;
  }

  private void assignLocal(Scope s) {
    if (rnd.nextInt(4) == 0 && instResultRead(s)) return;
    if (rnd.nextBoolean()) {
      String v = s.assignableLongs.get(rnd.nextInt(s.assignableLongs.size()));
      if (rnd.nextInt(3) == 0) {
        same(v + " += " + bounded(longExpr(s, 2), VAR_BOUND).text());
        same(v + " %= " + VAR_BOUND);
      } else {
        same(v + " = " + bounded(longExpr(s, 3), VAR_BOUND).text());
      }
    } else {
      String v = s.assignableDoubles.get(rnd.nextInt(s.assignableDoubles.size()));
      same(v + " " + pick("=", "=", "+=", "-=", "*=") + " " + doubleExpr(s, 3));
    }
  }

  /**
   * {@code r = (r + x.q(...).n0) % 1000}: a field of the instance a method returns (typed when the
   * receiver is), the result then released. Only here, never inside a conditional expression, which
   * Cython 0.29 refuses ("Unsafe C derivative of temporary Python reference"; Cython 3 accepts it).
   */
  private boolean instResultRead(Scope s) {
    Inst inst = pickInst(s);
    Method q = inst == null ? null : pickMethod(s, inst, Ret.INST);
    if (q == null) return false;
    String c = call(s, inst, q, 1);
    Inst result = new Inst(c, q.owner(), inst.typed());
    List<Field> fs = readable(result).stream().filter(f -> f.kind() == Kind.INT || f.kind() == Kind.LONG).toList();
    if (fs.isEmpty()) return false;
    String v = s.assignableLongs.get(0);
    same(v + " = (" + v + " + " + c + "." + fs.get(rnd.nextInt(fs.size())).name() + ") % " + VAR_BOUND);
    return true;
  }

  /** Instances the statement may write through: self in a mutator, any instance in a function. */
  private List<Inst> writable(Scope s) {
    if (s.self != null) return s.insts.stream().filter(i -> i.expr().equals("self")).toList();
    return s.insts;
  }

  private List<Field> readable(Inst inst) {
    return inst.cls().fields().stream().filter(f -> inst.typed() || f.visible()).toList();
  }

  private void writeField(Scope s) {
    List<Inst> insts = writable(s);
    Inst inst = insts.get(rnd.nextInt(insts.size()));
    List<Field> fields = inst.cls().fields().stream().filter(f -> inst.typed() || f.writableFromPython()).toList();
    if (fields.isEmpty()) {
      assignLocal(s);
      return;
    }
    Field f = fields.get(rnd.nextInt(fields.size()));
    String target = inst.expr() + "." + f.name();
    switch (f.kind()) {
      case INT, LONG -> {
        if (rnd.nextInt(3) == 0) {
          same(target + " += " + bounded(longExpr(s, 2), VAR_BOUND).text());
          same(target + " %= " + VAR_BOUND);
        } else {
          same(target + " = " + bounded(longExpr(s, 3), VAR_BOUND).text());
        }
      }
      case DOUBLE -> same(target + " " + pick("=", "+=", "*=") + " " + doubleExpr(s, 3));
      case BINT -> same(target + " = " + condition(s, 2));
      case OBJ_VAL -> {
        if (rnd.nextBoolean()) same(target + " = " + target + " + " + bounded(longExpr(s, 2), VAR_BOUND).text());
        else same(target + " = " + bounded(longExpr(s, 2), VAR_BOUND).text());
      }
      case OBJ_LIST -> {
        switch (rnd.nextInt(3)) {
          case 0 -> same(target + ".append(" + bounded(longExpr(s, 2), VAR_BOUND).text() + ")");
          case 1 -> same(target + " = [" + bounded(longExpr(s, 1), VAR_BOUND).text() + ", " + bounded(longExpr(s, 1), VAR_BOUND).text() + "]");
          default -> same(target + " = " + target + " + [" + bounded(longExpr(s, 1), VAR_BOUND).text() + "]");
        }
      }
      case EXT -> {
        // Replacing the field releases what it held; sometimes the instance is made to hold itself.
        String v = rnd.nextInt(4) == 0 && inst.cls().isA(f.ext()) ? inst.expr() : linkValue(s, f.ext(), false);
        same(target + " = " + v);
      }
      case VIEW -> {
        if (rnd.nextBoolean() && s.self == null) {
          same(target + " = " + viewArg(s));
        } else {
          same(target + "[" + index(s, target) + "] = " + doubleExpr(s, 2));
        }
      }
    }
  }

  private void mutatorCall(Scope s) {
    List<Inst> insts = writable(s);
    Inst inst = insts.get(rnd.nextInt(insts.size()));
    List<Method> ms = methods(s, inst).stream().filter(Method::mutates).toList();
    if (ms.isEmpty()) {
      writeField(s);
      return;
    }
    Method m = ms.get(rnd.nextInt(ms.size()));
    String call = call(s, inst, m, 1);
    String acc = s.assignableLongs.get(0);
    if (m.ret() == Ret.NONE || rnd.nextInt(3) == 0) same(call);
    else same(acc + " = (" + acc + " + " + call + ") % " + VAR_BOUND);
  }

  private void listOfInstances(Scope s) {
    Cls c = s.objsCls;
    String v = freeLoopVar(s);
    if (v == null || s.insts.stream().anyMatch(i -> i.expr().equals("ob"))) {
      assignLocal(s);
      return;
    }
    if (rnd.nextInt(3) == 0) same(s.objs + " = []");  // the old list and its instances released
    String r = smallRange(s);
    same("for " + v + " in range(" + r + "):");
    indent++;
    s.longs.add(v);
    List<Cls> kinds = classes.stream().filter(k -> k.isA(c)).toList();
    same(s.objs + ".append(" + construct(s, kinds.get(rnd.nextInt(kinds.size()))) + ")");
    s.longs.remove(v);
    indent--;
    String o = "ob";
    line("for " + o + " in " + s.objs + ":", "for " + o + " in " + s.objs + ":");
    indent++;
    Inst untyped = new Inst(o, c, false);
    s.insts.add(untyped);
    if (s.typedIter != null && rnd.nextBoolean()) {
      same(s.typedIter + " = " + o);
      Inst typed = new Inst(s.typedIter, c, true);
      s.insts.add(typed);
      Method q = pickMethod(s, typed, null);
      same("acc = (acc + " + (q != null && q.ret() == Ret.LONG ? call(s, typed, q, 1) : longOf(s, typed)) + ") % " + VAR_BOUND);
      if (rnd.nextBoolean()) {
        Scope inner = s;
        List<Inst> saved = new ArrayList<>(inner.insts);
        inner.insts.clear();
        inner.insts.add(typed);
        writeField(inner);
        inner.insts.clear();
        inner.insts.addAll(saved);
      }
      s.insts.remove(typed);
    } else {
      same("acc = (acc + " + longOf(s, untyped) + ") % " + VAR_BOUND);
    }
    s.insts.remove(untyped);
    indent--;
  }

  /** An integer read from {@code inst}: a field it shows, or a query returning long, else a literal. */
  private String longOf(Scope s, Inst inst) {
    List<Field> fs = readable(inst).stream().filter(f -> f.kind() == Kind.INT || f.kind() == Kind.LONG || f.kind() == Kind.BINT).toList();
    Method q = pickMethod(s, inst, Ret.LONG);
    if (q != null && (fs.isEmpty() || rnd.nextBoolean())) return call(s, inst, q, 1);
    if (fs.isEmpty()) return "1";
    return inst.expr() + "." + fs.get(rnd.nextInt(fs.size())).name();
  }

  private void pythonObject(Scope s) {
    switch (rnd.nextInt(3)) {
      case 0 -> {
        String v = freeLoopVar(s);
        if (v == null) {
          same("acc = (acc + p.step(" + bounded(longExpr(s, 1), VAR_BOUND).text() + ")) % " + VAR_BOUND);
          return;
        }
        same("for " + v + " in range(" + smallRange(s) + "):");
        indent++;
        same("acc = (acc + p.step(" + v + ")) % " + VAR_BOUND);
        indent--;
      }
      case 1 -> same("acc = (acc + p.total()[0] + p.a) % " + VAR_BOUND);
      default -> same("p.b = " + doubleExpr(s, 1));
    }
  }

  /** A loop variable no enclosing loop uses: {@code i} or {@code j} in functions, {@code i} in methods. */
  private static String freeLoopVar(Scope s) {
    for (String v : s.self == null ? List.of("i", "j") : List.of("i")) if (!s.longs.contains(v)) return v;
    return null;
  }

  private void forLoop(Scope s, int depth) {
    String v = freeLoopVar(s);
    if (v == null) {
      assignLocal(s);
      return;
    }
    String r = smallRange(s);
    line("for " + v + " in range(" + r + "):", "for " + v + " in range(" + r + "):");
    s.longs.add(v);
    s.loopDepth++;
    block(s, depth);
    s.loopDepth--;
    s.longs.remove(v);
  }

  private void ifStatement(Scope s, int depth) {
    String c = condition(s, 2);
    line("if " + c + ":", "if " + c + ":");
    block(s, depth);
    if (rnd.nextBoolean()) {
      line("else:", "else:");
      block(s, depth);
    }
  }

  private void tryStatement(Scope s, int depth) {
    line("try:", "try:");
    block(s, depth);
    String classes = pick("ZeroDivisionError", "(IndexError, ZeroDivisionError)", "Exception", "IndexError");
    line("except " + classes + ":", "except " + classes + ":");
    indent++;
    String v = s.assignableLongs.get(0);
    same(v + " = (" + v + " + " + rnd.nextInt(1, 9) + ") % " + VAR_BOUND);
    indent--;
  }

  private String smallRange(Scope s) {
    return switch (rnd.nextInt(3)) {
      case 0 -> Integer.toString(rnd.nextInt(0, 5));
      case 1 -> "(" + s.longs.get(rnd.nextInt(s.longs.size())) + " % 4)";
      default -> {
        String v = s.longs.get(rnd.nextInt(s.longs.size()));
        yield "min(3, " + v + ")";
      }
    };
  }

  // ---- expressions ----

  /** Methods {@code inst} offers here: Python-visible ones when untyped; inside a method, earlier ones. */
  private List<Method> methods(Scope s, Inst inst) {
    return inst.cls().methods.values().stream()
        .filter(m -> inst.typed() || m.pythonVisible())
        .filter(m -> m.order() < s.order)
        .toList();
  }

  /** A query of {@code inst} returning {@code ret}; when null, any that returns no instance (its repr holds an address). */
  private Method pickMethod(Scope s, Inst inst, Ret ret) {
    List<Method> qs = methods(s, inst).stream()
        .filter(m -> !m.mutates() && (ret == null ? m.ret() != Ret.INST : m.ret() == ret)).toList();
    if (qs.isEmpty()) return null;
    return qs.get(rnd.nextInt(qs.size()));
  }

  private String call(Scope s, Inst inst, Method m, int depth) {
    List<String> args = new ArrayList<>();
    for (Param p : m.params()) {
      if (p.dflt() != null && rnd.nextInt(3) == 0) break;  // the rest take their defaults
      if (p.cls() != null) {
        // The receiver qualifies, so there is always one.
        List<Inst> ok = s.insts.stream().filter(i -> i.cls().isA(p.cls())).toList();
        args.add(ok.isEmpty() ? inst.expr() : ok.get(rnd.nextInt(ok.size())).expr());
      } else {
        args.add(p.isDouble() ? doubleExpr(s, depth - 1) : bounded(longExpr(s, depth - 1), VAR_BOUND).text());
      }
    }
    return inst.expr() + "." + m.name() + "(" + String.join(", ", args) + ")";
  }

  /** Instances readable in expressions: those in scope and, guarded, what their extension-typed fields hold. */
  private Inst pickInst(Scope s) {
    return s.insts.isEmpty() ? null : s.insts.get(rnd.nextInt(s.insts.size()));
  }

  private Expr longExpr(Scope s, int depth) {
    int choice = rnd.nextInt(depth <= 0 ? 3 : 13);
    return switch (choice) {
      case 0 -> new Expr(Integer.toString(rnd.nextInt(-4, 12)), 12);
      case 1 -> new Expr(s.longs.get(rnd.nextInt(s.longs.size())), VAR_BOUND);
      case 2, 3 -> fieldLong(s);
      case 4, 5 -> binaryLong(s, depth, pick("+", "-"));
      case 6 -> binaryLong(s, depth, "*");
      case 7 -> {
        Expr a = longExpr(s, depth - 1);
        List<String> params = s.longs.stream().filter(v -> !s.assignableLongs.contains(v) && !v.equals("i") && !v.equals("j")).toList();
        if (rnd.nextInt(6) == 0 && !params.isEmpty()) {
          String v = params.get(rnd.nextInt(params.size()));  // may be zero: ZeroDivisionError on both sides
          yield new Expr("(" + a.text() + " " + pick("//", "%") + " " + v + ")", Math.max(a.bound(), VAR_BOUND));
        }
        int divisor = rnd.nextBoolean() ? rnd.nextInt(2, 6) : -rnd.nextInt(2, 6);
        yield new Expr("(" + a.text() + " " + pick("//", "%") + " " + divisor + ")", a.bound());
      }
      case 8, 9 -> queryLong(s, depth);
      case 10 -> objectLong(s, depth);
      case 11 -> linked(s, true);
      default -> {
        String c = condition(s, depth - 1);
        Expr a = longExpr(s, depth - 1);
        Expr b = longExpr(s, depth - 1);
        yield new Expr("(" + a.text() + " if " + c + " else " + b.text() + ")", Math.max(a.bound(), b.bound()));
      }
    };
  }

  private Expr binaryLong(Scope s, int depth, String op) {
    Expr a = longExpr(s, depth - 1);
    Expr b = longExpr(s, depth - 1);
    long bound = op.equals("*") ? satMul(a.bound(), b.bound()) : a.bound() + b.bound();
    if (bound > EXPR_BOUND) {
      b = new Expr(Integer.toString(rnd.nextInt(1, 4)), 3);
      bound = op.equals("*") ? satMul(a.bound(), 3) : a.bound() + 3;
      if (bound > EXPR_BOUND) return bounded(a, VAR_BOUND);
    }
    return new Expr("(" + a.text() + " " + op + " " + b.text() + ")", bound);
  }

  private static long satMul(long a, long b) {
    return a != 0 && b > Long.MAX_VALUE / 4 / a ? Long.MAX_VALUE / 4 : a * b;
  }

  private static Expr bounded(Expr e, long limit) {
    return e.bound() <= limit ? e : new Expr("(" + e.text() + ") % " + limit, limit);
  }

  private Expr fieldLong(Scope s) {
    Inst inst = pickInst(s);
    List<Field> fs = inst == null ? List.of()
        : readable(inst).stream().filter(f -> f.kind() == Kind.INT || f.kind() == Kind.LONG || f.kind() == Kind.BINT).toList();
    if (fs.isEmpty()) return new Expr(s.longs.get(0), VAR_BOUND);
    Field f = fs.get(rnd.nextInt(fs.size()));
    // A bint read as an integer: "+ 0" makes Python's bool an int, as C's is.
    if (f.kind() == Kind.BINT) return new Expr("(" + inst.expr() + "." + f.name() + " + 0)", 1);
    return new Expr(inst.expr() + "." + f.name(), VAR_BOUND);
  }

  private Expr queryLong(Scope s, int depth) {
    Inst inst = pickInst(s);
    Method q = inst == null ? null : pickMethod(s, inst, rnd.nextBoolean() ? Ret.LONG : Ret.OBJECT);
    if (q == null) return fieldLong(s);
    String c = call(s, inst, q, depth - 1);
    return new Expr(q.ret() == Ret.OBJECT ? c + "[0]" : c, VAR_BOUND);
  }

  /** Integers from object fields: the running total, a list's length or element. */
  private Expr objectLong(Scope s, int depth) {
    Inst inst = pickInst(s);
    if (inst == null) return fieldLong(s);
    List<Field> fs = readable(inst).stream().filter(f -> f.kind() == Kind.OBJ_VAL || f.kind() == Kind.OBJ_LIST || f.kind() == Kind.VIEW).toList();
    if (fs.isEmpty()) return fieldLong(s);
    Field f = fs.get(rnd.nextInt(fs.size()));
    String t = inst.expr() + "." + f.name();
    return switch (f.kind()) {
      case OBJ_VAL -> new Expr("(" + t + " % " + VAR_BOUND + ")", VAR_BOUND);
      case VIEW -> new Expr(t + ".shape[0]", 100);
      default -> rnd.nextBoolean() ? new Expr("len(" + t + ")", VAR_BOUND) : new Expr(t + "[" + rnd.nextInt(-2, 3) + "]", VAR_BOUND);
    };
  }

  /** A field of what an extension-typed field holds, read only when it is not None. */
  private Expr linked(Scope s, boolean isLong) {
    List<Inst> typed = s.insts.stream().filter(Inst::typed).toList();
    List<Field> links = new ArrayList<>();
    List<Inst> owners = new ArrayList<>();
    for (Inst i : typed) for (Field f : i.cls().fields()) if (f.kind() == Kind.EXT) {
      links.add(f);
      owners.add(i);
    }
    if (links.isEmpty()) return isLong ? fieldLong(s) : new Expr(pick(DOUBLES), 0);
    int k = rnd.nextInt(links.size());
    Field link = links.get(k);
    String holder = owners.get(k).expr() + "." + link.name();
    Inst target = new Inst(holder, link.ext(), true);
    String value;
    if (isLong) {
      List<Field> fs = target.cls().fields().stream().filter(f -> f.kind() == Kind.INT || f.kind() == Kind.LONG).toList();
      value = holder + "." + fs.get(rnd.nextInt(fs.size())).name();
    } else {
      value = holder + ".d0";
    }
    return new Expr("(" + value + " if " + holder + " is not None else " + (isLong ? "-1" : "0.25") + ")", VAR_BOUND);
  }

  private String doubleExpr(Scope s, int depth) {
    int choice = rnd.nextInt(depth <= 0 ? 3 : 12);
    return switch (choice) {
      case 0 -> pick(DOUBLES);
      case 1 -> s.doubles.get(rnd.nextInt(s.doubles.size()));
      case 2 -> fieldDouble(s);
      case 3 -> element(s, depth);
      case 4, 5 -> "(" + doubleExpr(s, depth - 1) + " " + pick("+", "-", "*") + " " + doubleExpr(s, depth - 1) + ")";
      case 6 -> rnd.nextBoolean() ? "(" + doubleExpr(s, depth - 1) + " * " + longExpr(s, depth - 1).text() + ")"
          : "(" + bounded(longExpr(s, depth - 1), VAR_BOUND).text() + " + " + doubleExpr(s, depth - 1) + ")";
      // Mostly by a constant: a zero divisor is ZeroDivisionError on both sides, but ends the call early.
      case 7 -> "(" + doubleExpr(s, depth - 1) + " / " + (rnd.nextInt(4) == 0 ? doubleExpr(s, depth - 1) : pick("2.0", "-0.5", "3.5")) + ")";
      case 8 -> {
        Inst inst = pickInst(s);
        Method q = inst == null ? null : pickMethod(s, inst, Ret.DOUBLE);
        yield q == null ? fieldDouble(s) : call(s, inst, q, depth - 1);
      }
      case 9 -> CAST_DOUBLE + "(" + longExpr(s, depth - 1).text() + ")";
      case 10 -> linked(s, false).text();
      default -> "(" + doubleExpr(s, depth - 1) + " if " + condition(s, depth - 1) + " else " + doubleExpr(s, depth - 1) + ")";
    };
  }

  private String fieldDouble(Scope s) {
    Inst inst = pickInst(s);
    List<Field> fs = inst == null ? List.of() : readable(inst).stream().filter(f -> f.kind() == Kind.DOUBLE).toList();
    if (fs.isEmpty()) return s.doubles.get(0);
    return inst.expr() + "." + fs.get(rnd.nextInt(fs.size())).name();
  }

  /** An element of a view: the function's view or a view field of a typed instance. */
  private String element(Scope s, int depth) {
    List<String> views = new ArrayList<>(s.views);
    for (Inst i : s.insts) {
      if (i.typed() && !i.expr().startsWith("self.")) {
        for (Field f : i.cls().fields()) if (f.kind() == Kind.VIEW && !views.contains(i.expr() + ".data")) views.add(i.expr() + ".data");
      }
    }
    if (views.isEmpty()) return fieldDouble(s);
    String v = views.get(rnd.nextInt(views.size()));
    return v + "[" + index(s, v) + "]";
  }

  private String index(Scope s, String view) {
    return switch (rnd.nextInt(4)) {
      case 0 -> Integer.toString(rnd.nextInt(-2, 2));
      case 1 -> "0";
      default -> "(" + s.longs.get(rnd.nextInt(s.longs.size())) + " % " + view + ".shape[0])";
    };
  }

  private String condition(Scope s, int depth) {
    return switch (rnd.nextInt(depth <= 0 ? 2 : 7)) {
      case 0 -> longExpr(s, depth - 1).text() + " " + pick("<", "<=", ">", ">=", "==", "!=") + " " + longExpr(s, depth - 1).text();
      case 1 -> doubleExpr(s, depth - 1) + " " + pick("<", "<=", ">", ">=") + " " + doubleExpr(s, depth - 1);
      case 2 -> {
        Inst inst = pickInst(s);
        List<Field> fs = inst == null ? List.of()
            : readable(inst).stream().filter(f -> f.kind() == Kind.BINT || f.kind() == Kind.EXT).toList();
        if (fs.isEmpty()) yield condition(s, depth - 1);
        Field f = fs.get(rnd.nextInt(fs.size()));
        String t = inst.expr() + "." + f.name();
        yield f.kind() == Kind.BINT ? t : "(" + t + pick(" is None)", " is not None)");
      }
      case 3 -> "(" + condition(s, depth - 1) + " and " + condition(s, depth - 1) + ")";
      case 4 -> "(" + condition(s, depth - 1) + " or " + condition(s, depth - 1) + ")";
      case 5 -> "not (" + condition(s, depth - 1) + ")";
      default -> longExpr(s, depth - 1).text() + " > " + rnd.nextInt(-2, 6);
    };
  }

  // ---- text ----

  private void same(String text) {
    line(text, text);
  }

  /** One line of each program; a null reference line is omitted there (C declarations of fields). */
  private void line(String pyxText, String pyText) {
    String pad = "    ".repeat(indent);
    pyx.append(pyxText.isEmpty() ? "" : pad + pyxText).append('\n');
    if (pyText != null) {
      py.append(pad).append(pyText.replace(CAST_DOUBLE + "(", "float(")).append('\n');
    } else if (pyxText.isEmpty()) {
      py.append('\n');
    }
  }

  private void blank() {
    pyx.append('\n');
    py.append('\n');
  }

  private String values(int n) {
    List<String> v = new ArrayList<>();
    for (int i = 0; i < n; i++) v.add(pick(ARRAY_VALUES));
    return "[" + String.join(", ", v) + "]";
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[rnd.nextInt(options.length)];
  }
}
