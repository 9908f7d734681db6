package dev.pyxc.sema;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.Stmts;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Pos;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code for i in prange(...)} from {@code cython.parallel}: Cython's checks of its arguments,
 * target and body, and the sharing of each variable the body assigns (see {@link Prange}).
 */
final class ParallelLoops {
  private static final Set<String> KEYWORDS = Set.of("nogil", "schedule", "chunksize", "num_threads", "use_threads_if");
  private static final Set<String> SCHEDULES = Set.of("static", "dynamic", "guided", "runtime");
  /** In-place operators OpenMP reduces; another in-place operator makes an ordinary private. */
  private static final Set<BinaryOp> REDUCIBLE = Set.of(BinaryOp.ADD, BinaryOp.MUL, BinaryOp.SUB, BinaryOp.BITAND,
      BinaryOp.BITXOR, BinaryOp.BITOR);

  private final FunctionChecker fn;
  /** How many prange bodies enclose the statement being checked. */
  private int depth;
  /** Inside a parallel() block's body (and outside pranges in it: depth 0). */
  private boolean inBlock;
  /** The loop depth at the start of the enclosing parallel() block, or -1. */
  private int blockLoopDepth = -1;
  /** The enclosing parallel() block gives num_threads. */
  private boolean blockNumThreads;

  /** Whether the statement being checked runs in a prange loop's or a parallel() block's threads. */
  boolean inRegion() {
    return depth > 0 || inBlock;
  }

  ParallelLoops(FunctionChecker fn) {
    this.fn = fn;
  }

  /** The {@code prange(...)} call a for loop iterates over, or null. */
  static Expr.Call prangeCall(Expr iter, CythonNames names) {
    return iter instanceof Expr.Call c && "cython.parallel.prange".equals(names.qualify(c.func())) ? c : null;
  }

  /** Its positional arguments when there are one to three (the loop's start, stop, step), else null. */
  static List<Expr> positional(Expr.Call c) {
    List<Expr> out = c.args().stream().filter(a -> a.keyword() == null && !a.starred()).map(Expr.Arg::value).toList();
    return out.isEmpty() || out.size() > 3 ? null : out;
  }

  void check(Stmt.For f, Expr.Call call, Consumer<List<Stmt>> checkBlock) {
    boolean nested = depth > 0;
    boolean worksharing = inBlock && !nested;
    String target = f.target() instanceof Expr.Name n ? n.id() : null;
    if (target == null) fn.report(f.target().pos(), "Can only iterate over an iteration variable");
    List<Expr> args = positional(call);
    if (args == null) fn.report(call.pos(), "Invalid number of positional arguments to prange");
    Map<String, Expr> kw = keywords(call);
    boolean nogil = kw.containsKey("nogil") && compileTimeTruth(kw.get("nogil"));
    String schedule = schedule(kw.get("schedule"), call.pos());
    Expr chunksize = nonNone(kw.get("chunksize"));
    if (chunksize != null) {
      BigInteger lit = literalInt(chunksize);
      // (Cython places a negative literal at its digits)
      Pos chunkAt = chunksize instanceof Expr.UnaryOp u && lit != null ? u.operand().pos() : chunksize.pos();
      if (schedule == null) fn.report(chunkAt, "Must provide schedule with chunksize");
      else if (schedule.equals("runtime")) fn.report(chunkAt, "Chunksize not valid for the schedule runtime");
      else if (lit != null && lit.signum() <= 0) fn.report(chunkAt, "Chunksize must not be negative");
    }
    Expr numThreads = nonNone(kw.get("num_threads"));
    if (numThreads != null) {
      BigInteger lit = literalInt(numThreads);
      if (lit != null && lit.signum() < 0) fn.report(call.pos(), "argument to num_threads must be greater than or equal to 0");
      // 0 is OpenMP's default number of threads: no clause at all.
      if (lit != null && lit.signum() == 0) numThreads = null;
    }
    Expr useThreadsIf = nonNone(kw.get("use_threads_if"));
    if (worksharing && numThreads != null) {
      fn.report(call.pos(), blockNumThreads ? "num_threads already declared in outer section"
          : "num_threads must be declared in the parent parallel section");
    }
    if (worksharing && useThreadsIf != null) fn.report(call.pos(), "'use_threads_if' must de declared in the parent parallel section");
    if (nogil && fn.gilReleasedHere) fn.report(call.pos(), "Trying to release the GIL while it was previously released.");
    // Where the GIL is held and the loop does not release it for good (nogil=True), it releases it
    // around the threads and each iteration takes it back for its body, as Cython 3.3 does.
    boolean bodyTakesGil = !nogil && !fn.withoutGil;
    if (bodyTakesGil) {
      if (nested) {
        fn.report(call.pos(), "a prange holding the GIL inside another's body is not supported by pyxc");
      } else if (worksharing && !topLevelInBlock) {
        fn.report(call.pos(), "a prange holding the GIL inside a statement of a parallel() block is not supported by pyxc");
      }
      warnWithoutFreethreading(call.pos(), "prange without releasing the GIL will only work well on freethreaded Python");
    }
    boolean releasesGil = nogil || bodyTakesGil && !worksharing || fn.withoutGil && !fn.gilReleasedHere;

    // The bounds and the clauses are C values, evaluated before the threads start.
    boolean savedWithout = fn.withoutGil;
    fn.withoutGil = true;
    CType index = null;
    String[] names = args != null && args.size() == 1 ? new String[] {"stop"} : new String[] {"start", "stop", "step"};
    for (int i = 0; args != null && i < args.size(); i++) {
      CType t = fn.type(args.get(i));
      if (t instanceof CType.PyObject) {
        fn.report(args.get(i).pos(), names[i] + " argument must be numeric");
        fn.report(args.get(i).pos(), names[i] + " may not be a Python object as we don't have the GIL");
      } else if (t instanceof CType.CInt || t instanceof CType.BInt) {
        index = index == null ? t : Types.widest(index, t);
      } else if (t != null && !(t instanceof CType.ErrorType)) {
        fn.report(args.get(i).pos(), t.isNumeric() ? "prange() over C floating point values is not supported by pyxc"
            : names[i] + " argument must be numeric");
      }
    }
    if (args != null && args.size() == 3 && literalInt(args.get(2)) != null && literalInt(args.get(2)).signum() == 0) {
      fn.report(args.get(2).pos(), "Iteration with step 0 is invalid.");
    }
    for (Map.Entry<String, Expr> e : Map.of("chunksize", nullable(chunksize), "num_threads", nullable(numThreads), "use_threads_if",
        nullable(useThreadsIf)).entrySet()) {
      if (e.getValue() instanceof Expr.NoneLit) continue;
      CType t = fn.type(e.getValue());
      if (t instanceof CType.PyObject) fn.report(e.getValue().pos(), e.getKey() + " may not be a Python object as we don't have the GIL");
      else if (!(t instanceof CType.CInt || t instanceof CType.BInt || t instanceof CType.ErrorType)) {
        fn.report(e.getValue().pos(), "Cannot assign type '" + t.name() + "' to 'int'");
      }
    }
    fn.withoutGil = savedWithout;

    CType targetType = target == null ? null : fn.inference.localType(target);
    boolean global = target != null && targetType == null && (fn.moduleScope || fn.globals.contains(target));
    // A module variable cdef declares has its C type; any other global name is a Python global.
    if (global && fn.module.variables.containsKey(target)) targetType = fn.module.variables.get(target).type();
    boolean pythonGlobal = global && targetType == null;
    if (pythonGlobal) {
      fn.report(f.target().pos(), "target may not be a Python object as we don't have the GIL");
    } else if (target != null && targetType instanceof CType.PyObject) {
      fn.report(f.target().pos(), "target may not be a Python object as we don't have the GIL");
    } else if (target != null && targetType != null && !targetType.isNumeric() && !(targetType instanceof CType.ErrorType)) {
      fn.report(f.target().pos(), "Must be of numeric type, not " + targetType.name());
    } else if (targetType instanceof CType.CFloat || targetType instanceof CType.CComplex) {
      fn.report(f.target().pos(), "prange() over C floating point values is not supported by pyxc");
    } else if (targetType instanceof CType.CInt) {
      index = index == null ? targetType : Types.widest(index, targetType);
    }
    if (target != null && !pythonGlobal) fn.assignments.typeTarget(f.target());

    Map<String, BinaryOp> reductions = new LinkedHashMap<>();
    List<String> lastPrivates = new ArrayList<>();
    if (!nested) share(f, call.pos(), target, reductions, lastPrivates);

    boolean savedHere = fn.gilReleasedHere;
    fn.withoutGil = !bodyTakesGil;
    fn.gilReleasedHere = !bodyTakesGil;
    depth++;
    fn.loopDepth++;
    checkBlock.accept(f.body());
    fn.loopDepth--;
    depth--;
    fn.withoutGil = savedWithout;
    fn.gilReleasedHere = savedHere;
    checkBlock.accept(f.orElse());
    fn.pranges.put(f, new Prange(index == null ? CType.LONG : index instanceof CType.BInt ? CType.LONG : index,
        args == null || args.size() == 1 ? null : args.get(0), args == null ? null : args.size() == 1 ? args.get(0) : args.get(1),
        args == null || args.size() < 3 ? null : args.get(2), nested, releasesGil && !nested && !worksharing, schedule, chunksize,
        worksharing ? null : numThreads, worksharing ? null : useThreadsIf, reductions, lastPrivates, worksharing, bodyTakesGil));
  }

  /** Cython's warning for a region whose threads hold the GIL, unless the module says it is made for free-threaded Python. */
  void warnWithoutFreethreading(Pos at, String message) {
    if (fn.recording && !fn.current.get("freethreading_compatible")) fn.diags.warning(at, message);
  }

  /** Whether the statement being checked is one of a parallel() block's own (not inside an if, a loop, a with). */
  private boolean topLevelInBlock;

  /** Whether {@code with} is a {@code parallel()} block (or names {@code cython.parallel.parallel} uncalled). */
  boolean isBlock(Stmt.With w) {
    if (w.items().size() != 1) return false;
    Expr e = w.items().get(0).context();
    Expr callee = e instanceof Expr.Call c ? c.func() : e;
    return "cython.parallel.parallel".equals(fn.module.cythonNames.qualify(callee));
  }

  /**
   * {@code with parallel(num_threads=..., use_threads_if=...):}: Cython's checks of the call, of
   * nesting and of the body's assignments; the C variables the block assigns are each thread's own.
   */
  void block(Stmt.With w, Consumer<List<Stmt>> checkBlock) {
    Stmt.WithItem item = w.items().get(0);
    Expr.Call call = item.context() instanceof Expr.Call c ? c : null;
    Pos at = call != null ? call.pos() : item.context().pos();
    if (call == null) fn.report(item.pos(), "The parallel directive must be called");
    Map<String, Expr> kw = new HashMap<>();
    if (call != null) {
      if (call.args().stream().anyMatch(a -> a.keyword() == null)) {
        fn.report(at, "cython.parallel.parallel() does not take positional arguments");
      }
      for (Expr.Arg a : call.args()) {
        if (a.keyword() == null) continue;
        if (!a.keyword().equals("num_threads") && !a.keyword().equals("use_threads_if")) {
          fn.report(at, "Invalid keyword argument: " + a.keyword());
        } else if (kw.put(a.keyword(), a.value()) != null) {
          fn.report(at, "Duplicate keyword argument found: " + a.keyword());
        }
      }
    }
    if (inBlock) fn.report(at, "Nested parallel with blocks are disallowed");
    else if (depth > 0) fn.report(at, "Only prange() may be nested");
    // Where the GIL is held: released around the threads, each of which takes it back for the
    // block's own statements (its prange loops for each iteration's body), as Cython 3.3 does.
    boolean bodyTakesGil = !fn.withoutGil;
    if (bodyTakesGil) warnWithoutFreethreading(at, "Parallel section without releasing the GIL will only work well on freethreaded Python");
    Expr numThreads = nonNone(kw.get("num_threads"));
    if (numThreads != null) {
      BigInteger lit = literalInt(numThreads);
      if (lit != null && lit.signum() < 0) fn.report(at, "argument to num_threads must be greater than or equal to 0");
      if (lit != null && lit.signum() == 0) numThreads = null;
    }
    Expr useThreadsIf = nonNone(kw.get("use_threads_if"));
    for (Expr e : java.util.Arrays.asList(numThreads, useThreadsIf)) {
      if (e == null) continue;
      CType t = fn.type(e);
      if (t instanceof CType.PyObject) fn.report(e.pos(), (e == numThreads ? "num_threads" : "use_threads_if")
          + " may not be a Python object as we don't have the GIL");
    }
    List<String> privates = new ArrayList<>();
    if (!inBlock && depth == 0) privates = blockPrivates(w.body());
    boolean releasesGil = bodyTakesGil || fn.withoutGil && !fn.gilReleasedHere;
    boolean savedIn = inBlock;
    boolean savedHere = fn.gilReleasedHere;
    int savedLoopDepth = blockLoopDepth;
    boolean savedNumThreads = blockNumThreads;
    blockNumThreads = kw.get("num_threads") != null;
    inBlock = true;
    fn.gilReleasedHere = true;
    blockLoopDepth = fn.loopDepth;
    for (Stmt s : w.body()) {
      topLevelInBlock = s instanceof Stmt.For f && prangeCall(f.iter(), fn.module.cythonNames) != null;
      checkBlock.accept(List.of(s));
    }
    topLevelInBlock = false;
    inBlock = savedIn;
    blockNumThreads = savedNumThreads;
    fn.gilReleasedHere = savedHere;
    blockLoopDepth = savedLoopDepth;
    fn.parallelBlocks.put(w, new ParallelBlock(numThreads, useThreadsIf, privates, releasesGil, bodyTakesGil));
  }

  /** Whether a break or continue at the current loop depth would leave a parallel() block's threads. */
  boolean leavesBlock() {
    return inBlock && depth == 0 && fn.loopDepth == blockLoopDepth;
  }

  /**
   * The C variables a parallel() block assigns outside its prange loops: each thread's own. An
   * in-place assignment there is Cython's error, and so is one in a prange of a variable the block
   * assigns itself.
   */
  private List<String> blockPrivates(List<Stmt> body) {
    Map<String, BinaryOp> own = new LinkedHashMap<>();
    Map<String, Pos> ownAt = new HashMap<>();
    List<Stmt.For> loops = new ArrayList<>();
    outsideLoops(body, own, ownAt, loops);
    for (Stmt.For loop : loops) {
      Map<String, BinaryOp> inLoop = new LinkedHashMap<>();
      Map<String, Pos> inLoopAt = new HashMap<>();
      assignments(List.of(loop), inLoop, inLoopAt);
      for (String name : inLoop.keySet()) {
        if (own.containsKey(name)) fn.report(inLoopAt.get(name), "Cannot assign to private of outer parallel block");
      }
    }
    List<String> out = new ArrayList<>();
    for (String name : own.keySet()) {
      Symbol sym = fn.symbols.get(name);
      if (sym == null || fn.globals.contains(name) || sym.type() instanceof CType.PyObject) continue;
      if (sym.type() instanceof CType.MemView) fn.report(ownAt.get(name), "Memoryview slices can only be shared in parallel sections");
      else out.add(name);
    }
    return out;
  }

  /** The assignments of a block's statements outside its prange loops (which are collected in {@code loops}). */
  private void outsideLoops(List<Stmt> body, Map<String, BinaryOp> own, Map<String, Pos> ownAt, List<Stmt.For> loops) {
    for (Stmt s : body) {
      if (s instanceof Stmt.For f && prangeCall(f.iter(), fn.module.cythonNames) != null) {
        loops.add(f);
        continue;
      }
      if (s instanceof Stmt.AugAssign) fn.report(s.pos(), "Reductions not allowed for parallel blocks");
      List<List<Stmt>> blocks = Stmts.blocks(s);
      // The statement itself (its nested blocks walked here, for the loops in them).
      assignments(List.of(blocks.isEmpty() ? s : shallow(s)), own, ownAt);
      for (List<Stmt> block : blocks) outsideLoops(block, own, ownAt, loops);
    }
  }

  /** A compound statement without its nested blocks (their statements are walked one by one). */
  private static Stmt shallow(Stmt s) {
    if (s instanceof Stmt.For f) return new Stmt.Assign(List.of(f.target()), f.iter(), f.pos());
    if (s instanceof Stmt.With w) return new Stmt.With(w.items(), List.of(), w.pos());
    if (s instanceof Stmt.Try t) return new Stmt.Try(List.of(), t.handlers().stream()
        .map(h -> new Stmt.Handler(h.type(), h.name(), List.of(), h.pos(), h.namePos())).toList(), List.of(), List.of(), t.pos());
    return new Stmt.Pass(s.pos());
  }

  /** Whether the statement being checked is inside a prange's body. */
  boolean inside() {
    return depth > 0;
  }

  private Map<String, Expr> keywords(Expr.Call call) {
    Map<String, Expr> out = new HashMap<>();
    for (Expr.Arg a : call.args()) {
      if (a.keyword() == null) continue;
      if (!KEYWORDS.contains(a.keyword())) fn.report(call.pos(), "Invalid keyword argument: " + a.keyword());
      else if (out.put(a.keyword(), a.value()) != null) fn.report(call.pos(), "Duplicate keyword argument found: " + a.keyword());
    }
    return out;
  }

  private boolean compileTimeTruth(Expr e) {
    if (e instanceof Expr.BoolLit b) return b.value();
    if (e instanceof Expr.IntLit i) return i.value().signum() != 0;
    if (e instanceof Expr.NoneLit) return false;
    fn.report(e.pos(), "Only compile-time values may be supplied as keyword arguments");
    return false;
  }

  private String schedule(Expr e, Pos at) {
    if (e == null || e instanceof Expr.NoneLit) return null;
    if (!(e instanceof Expr.StrLit s)) {
      fn.report(e.pos(), "Only compile-time values may be supplied as keyword arguments");
      return null;
    }
    if (!SCHEDULES.contains(s.value())) fn.report(at, "Invalid schedule argument to prange: " + s.value());
    return s.value();
  }

  private static Expr nonNone(Expr e) {
    return e instanceof Expr.NoneLit ? null : e;
  }

  private static Expr nullable(Expr e) {
    return e == null ? new Expr.NoneLit(Pos.NONE) : e;
  }

  static BigInteger literalInt(Expr e) {
    if (e instanceof Expr.IntLit i) return i.value();
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NEG && u.operand() instanceof Expr.IntLit i) return i.value().negate();
    return null;
  }

  /** A cell of this function that nested functions read, or one of an enclosing function's that this one reads (nonlocal). */
  private boolean sharedWithNestedFunctions(String name) {
    return fn.closure != null && (fn.closure.cells.contains(name) || fn.closure.free.containsKey(name));
  }

  /**
   * Cython's sharing rule: each name the body (nested pranges included) assigns takes the
   * operator of its last assignment; a C variable last changed by an in-place operator OpenMP
   * reduces is a reduction, which the body may not read; every other C variable is private;
   * Python objects stay shared (they are only touched with the GIL).
   */
  private void share(Stmt.For f, Pos at, String target, Map<String, BinaryOp> reductions, List<String> lastPrivates) {
    Map<String, BinaryOp> lastOp = new LinkedHashMap<>();
    Map<String, Pos> firstAt = new HashMap<>();
    assignments(f.body(), lastOp, firstAt);
    if (target != null) {
      lastOp.remove(target);
      lastPrivates.add(target);
    }
    for (Map.Entry<String, BinaryOp> e : lastOp.entrySet()) {
      String name = e.getKey();
      Symbol sym = fn.symbols.get(name);
      if (sym == null && sharedWithNestedFunctions(name)) throw new IllegalStateException("no symbol for the shared variable " + name);
      if (sym == null || fn.globals.contains(name)) continue; // a module global: a Python object, shared
      CType t = sym.type();
      if (t instanceof CType.MemView) {
        fn.report(firstAt.get(name), "Memoryview slices can only be shared in parallel sections");
      } else if (e.getValue() != null && REDUCIBLE.contains(e.getValue())) {
        if (t instanceof CType.PyObject) fn.report(at, "Python objects cannot be reductions");
        else reductions.put(name, e.getValue());
      } else if (!(t instanceof CType.PyObject)) {
        lastPrivates.add(name);
      }
    }
    if (!reductions.isEmpty()) {
      unreadReductions(f.body(), reductions.keySet());
      unreadReductions(f.orElse(), reductions.keySet());
    }
  }

  private void assignments(List<Stmt> body, Map<String, BinaryOp> lastOp, Map<String, Pos> firstAt) {
    for (Stmt s : body) {
      List<Expr> targets = new ArrayList<>();
      BinaryOp op = null;
      if (s instanceof Stmt.Assign a) {
        targets.addAll(a.targets());
      } else if (s instanceof Stmt.AugAssign a) {
        targets.add(a.target());
        op = a.op();
        if (a.target() instanceof Expr.Name n) {
          BinaryOp previous = lastOp.get(n.id());
          if (previous != null && previous != op) {
            fn.report(s.pos(), "Reduction operator '" + op.symbol + "' is inconsistent with previous reduction operator '"
                + previous.symbol + "'");
          }
        }
      } else if (s instanceof Stmt.For f) {
        targets.add(f.target());
      } else if (s instanceof Stmt.With w) {
        w.items().forEach(i -> { if (i.target() != null) targets.add(i.target()); });
      } else if (s instanceof Stmt.Del d) {
        targets.addAll(d.targets());
      } else if (s instanceof Stmt.Try t) {
        for (Stmt.Handler h : t.handlers()) if (h.name() != null) name(h.name(), null, h.pos(), lastOp, firstAt);
      }
      for (Expr t : targets) {
        for (Expr leaf : leaves(t)) if (leaf instanceof Expr.Name n) name(n.id(), op, n.pos(), lastOp, firstAt);
      }
      walrus(s, lastOp, firstAt);
      for (List<Stmt> block : Stmts.blocks(s)) assignments(block, lastOp, firstAt);
    }
  }

  private static void name(String id, BinaryOp op, Pos pos, Map<String, BinaryOp> lastOp, Map<String, Pos> firstAt) {
    lastOp.put(id, op);
    firstAt.putIfAbsent(id, pos);
  }

  private static List<Expr> leaves(Expr target) {
    List<Expr> items = Exprs.elements(target);
    if (items == null) return List.of(target instanceof Expr.Starred st ? st.value() : target);
    List<Expr> out = new ArrayList<>();
    for (Expr e : items) out.addAll(leaves(e));
    return out;
  }

  /** Names bound by {@code :=} and {@code yield}s in a statement's own expressions. */
  private void walrus(Stmt s, Map<String, BinaryOp> lastOp, Map<String, Pos> firstAt) {
    for (Expr e : Stmts.ownExpressions(s)) {
      visit(e, x -> {
        if (x instanceof Expr.NamedExpr ne) name(ne.target().id(), null, ne.target().pos(), lastOp, firstAt);
        if (x instanceof Expr.Yield y) fn.report(y.pos(), "'yield' not allowed in parallel sections");
      });
    }
  }

  private void unreadReductions(List<Stmt> body, Set<String> reductions) {
    for (Stmt s : body) {
      List<Expr> exprs = Stmts.ownExpressions(s);
      if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name) exprs = List.of(a.value());
      for (Expr e : exprs) {
        visit(e, x -> {
          if (x instanceof Expr.Name n && reductions.contains(n.id())) fn.report(n.pos(), "Cannot read reduction variable in loop body");
        });
      }
      for (List<Stmt> block : Stmts.blocks(s)) unreadReductions(block, reductions);
    }
  }

  private static void visit(Expr e, Consumer<Expr> each) {
    each.accept(e);
    for (Expr c : Exprs.children(e)) visit(c, each);
  }
}
