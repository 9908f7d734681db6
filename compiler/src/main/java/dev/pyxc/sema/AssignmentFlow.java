package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which reads of a local can find it unassigned, as Cython's flow analysis reports them: a read
 * that no path assigns is an error for an object (or inferred) local and a warning for a declared
 * C one ("local variable 'x' referenced before assignment"); a read that some path leaves
 * unassigned is a warning under {@code warn.maybe_uninitialized} ("might be referenced before
 * assignment"). Like Cython, conditions are not evaluated ({@code while True} may run no time),
 * the right operand of {@code and}/{@code or} may not run, and a handler may start anywhere in
 * its {@code try}. Unreachable statements are not looked at.
 */
final class AssignmentFlow {
  /**
   * What is assigned on every path ({@code must}) and on some path ({@code may}), and which
   * assignments of each name may have given its value here ({@code reaching}, for
   * warn.unused_result); null: unreachable.
   */
  private record State(Set<String> must, Set<String> may, Map<String, Set<Site>> reaching) {
    State assign(String name) {
      return assign(name, null);
    }

    /** {@code site}: the assignment, or null for one no warning names (a def, an import). */
    State assign(String name, Site site) {
      Set<String> m = new HashSet<>(must);
      Set<String> y = new HashSet<>(may);
      m.add(name);
      y.add(name);
      Map<String, Set<Site>> r = new HashMap<>(reaching);
      r.put(name, site == null ? Set.of() : Set.of(site));
      return new State(m, y, r);
    }

    State unassign(String name) {
      Set<String> m = new HashSet<>(must);
      Set<String> y = new HashSet<>(may);
      m.remove(name);
      y.remove(name);
      Map<String, Set<Site>> r = new HashMap<>(reaching);
      r.remove(name);
      return new State(m, y, r);
    }
  }

  private static final class Loop {
    State breaks;
    State continues;
  }

  private final Map<String, Symbol> locals;
  /** Locals nested functions share: one of them may assign it before any read here. */
  private final Set<String> cells;
  private final boolean warnMaybe;
  /** Language level 3: an {@code except ... as} name is unbound at the end of its clause. */
  private final boolean unbindsHandlerNames;
  private final Diagnostics diags;
  private final Deque<Loop> loops = new ArrayDeque<>();
  /** For each enclosing try body: every state reached in it, joined (where a handler may start). */
  private final Deque<State[]> tries = new ArrayDeque<>();
  private boolean recording = true;
  /** Expressions never evaluated, whose names are not reads: cython.typeof's argument (sizeof's operand is none either). */
  private final Set<Expr> unevaluated;

  private AssignmentFlow(Map<String, Symbol> locals, Set<String> cells, boolean warnMaybe, boolean unbindsHandlerNames,
      Diagnostics diags, Set<Expr> unevaluated) {
    this.unevaluated = unevaluated;
    this.locals = locals;
    this.cells = cells;
    this.warnMaybe = warnMaybe;
    this.unbindsHandlerNames = unbindsHandlerNames;
    this.diags = diags;
  }

  /** Checks one function body; {@code symbols} are its parameters and locals. */
  static void check(List<Stmt> body, Map<String, Symbol> symbols, Set<String> cells, boolean warnMaybe, boolean warnUnusedResult,
      boolean unbindsHandlerNames, Diagnostics diags, Set<Expr> unevaluated, Map<Stmt.With, List<String>> blockPrivates) {
    Set<String> params = new HashSet<>();
    Map<String, Set<Site>> given = new HashMap<>();
    AssignmentFlow flow = new AssignmentFlow(symbols, cells, warnMaybe, unbindsHandlerNames, diags, unevaluated);
    for (Symbol s : symbols.values()) {
      if (s.kind() != Symbol.Kind.PARAM) continue;
      params.add(s.name());
      Site value = new Site(s.pos(), s.name(), true);
      flow.sites.add(value);
      given.put(s.name(), Set.of(value));
    }
    flow.blockPrivates = blockPrivates;
    flow.block(body, new State(params, new HashSet<>(params), given));
    if (warnUnusedResult) flow.unusedResults();
  }

  /**
   * Cython's warn.unused_result: an assignment (or an argument's value) no read takes, of a
   * variable read elsewhere (one never read is an "Unused entry"); not for variables nested
   * functions share.
   */
  private void unusedResults() {
    List<Site> unused = new java.util.ArrayList<>();
    for (Site site : sites) {
      if (!used.contains(site) && readNames.contains(site.name()) && !cells.contains(site.name())) unused.add(site);
    }
    unused.sort(java.util.Comparator.comparingInt((Site x) -> x.pos().line()).thenComparingInt(x -> x.pos().col()));
    for (Site site : unused) {
      diags.warning(site.pos(), (site.argument() ? "Unused argument value '" : "Unused result in '") + site.name() + "'");
    }
  }

  /** Every assignment the analysis tracks. */
  private final Set<Site> sites = new java.util.LinkedHashSet<>();

  /** {@code s} with {@code name} assigned at {@code at} (a local's assignment warn.unused_result may name). */
  private State assignAt(State s, String name, Pos at) {
    Symbol sym = locals.get(name);
    if (sym == null || sym.kind() == Symbol.Kind.FREE) return s.assign(name);
    Site site = new Site(at, name, false);
    sites.add(site);
    return s.assign(name, site);
  }

  /**
   * The C variables each parallel() block makes its threads' own: unassigned after it (no thread's
   * value comes out), and a read of one before it is assigned again is an error, as in Cython.
   */
  private Map<Stmt.With, List<String>> blockPrivates = Map.of();
  private final Set<String> errorOnUninitialized = new HashSet<>();

  private static State join(State a, State b) {
    if (a == null) return b;
    if (b == null) return a;
    Set<String> must = new HashSet<>(a.must);
    must.retainAll(b.must);
    Set<String> may = new HashSet<>(a.may);
    may.addAll(b.may);
    Map<String, Set<Site>> reaching = new HashMap<>(a.reaching);
    b.reaching.forEach((k, v) -> reaching.merge(k, v, (x, y) -> {
      Set<Site> both = new HashSet<>(x);
      both.addAll(y);
      return both;
    }));
    return new State(must, may, reaching);
  }

  /** An assignment of {@code name} where warn.unused_result names it ({@code argument}: a parameter's value). */
  private record Site(Pos pos, String name, boolean argument) {}

  /** The assignments whose value some read takes (warn.unused_result), and the names read at all. */
  private final Set<Site> used = new HashSet<>();
  private final Set<String> readNames = new HashSet<>();

  private State block(List<Stmt> body, State s) {
    for (Stmt st : body) {
      if (s == null) return null;
      s = stmt(st, s);
      if (!tries.isEmpty()) tries.peek()[0] = join(tries.peek()[0], s);
    }
    return s;
  }

  private State stmt(Stmt st, State s) {
    if (st instanceof Stmt.ExprStmt e) {
      return expr(e.expr(), s);
    } else if (st instanceof Stmt.Assign a) {
      s = expr(a.value(), s);
      for (Expr t : a.targets()) s = target(t, s);
      return s;
    } else if (st instanceof Stmt.AugAssign a) {
      s = expr(a.target(), s);
      s = expr(a.value(), s);
      return a.target() instanceof Expr.Name n ? assignAt(s, n.id(), n.pos()) : s;
    } else if (st instanceof Stmt.CDef c) {
      for (Stmt.Declarator d : c.names()) {
        if (d.init() != null) s = assignAt(expr(d.init(), s), d.name(), c.pos()); // (Cython's position: the statement)
      }
      return s;
    } else if (st instanceof Stmt.If f) {
      State out = null;
      for (Stmt.Branch b : f.branches()) {
        s = expr(b.cond(), s);
        out = join(out, block(b.body(), s));
      }
      return join(out, block(f.orElse(), s));
    } else if (st instanceof Stmt.While w) {
      return loop(s, head -> expr(w.cond(), head), (head, l) -> block(w.body(), head), w.orElse());
    } else if (st instanceof Stmt.For f) {
      State start = expr(f.iter(), s);
      return loop(start, head -> head, (head, l) -> block(f.body(), target(f.target(), head)), f.orElse());
    } else if (st instanceof Stmt.Break) {
      if (!loops.isEmpty()) loops.peek().breaks = join(loops.peek().breaks, s); // else already an error
      return null;
    } else if (st instanceof Stmt.Continue) {
      if (!loops.isEmpty()) loops.peek().continues = join(loops.peek().continues, s);
      return null;
    } else if (st instanceof Stmt.ClassDef c) {
      return s.assign(c.name());
    } else if (st instanceof Stmt.FuncDef f) {
      return s.assign(f.name());
    } else if (st instanceof Stmt.Return r) {
      if (r.value() != null) expr(r.value(), s);
      return null;
    } else if (st instanceof Stmt.Raise r) {
      if (r.exc() != null) s = expr(r.exc(), s);
      for (Expr e : r.legacy()) s = expr(e, s);
      if (r.cause() != null) expr(r.cause(), s);
      return null;
    } else if (st instanceof Stmt.Del d) {
      // Deleting reads the target (an unassigned local is reported as a read is), then unbinds it.
      for (Expr t : d.targets()) {
        s = expr(t, s);
        if (t instanceof Expr.Name n) s = s.unassign(n.id());
      }
      return s;
    } else if (st instanceof Stmt.Assert a) {
      s = expr(a.test(), s);
      return a.msg() == null ? s : join(s, expr(a.msg(), s));
    } else if (st instanceof Stmt.Try t) {
      return tryStmt(t, s);
    } else if (st instanceof Stmt.With w) {
      for (Stmt.WithItem item : w.items()) {
        s = expr(item.context(), s);
        if (item.target() != null) s = target(item.target(), s);
      }
      s = block(w.body(), s);
      for (String name : blockPrivates.getOrDefault(w, List.of())) {
        if (s == null) break;
        s = s.unassign(name);
        errorOnUninitialized.add(name);
      }
      return s;
    } else if (st instanceof Stmt.Import i) {
      for (Stmt.Alias a : i.names()) {
        s = s.assign(i.bound(a));
      }
      return s;
    } else {
      return s; // pass, global, cimports: no local is read or bound
    }
  }

  private interface Head {
    State at(State head);
  }

  private interface Body {
    State run(State start, Loop loop);
  }

  /** A loop whose body may run any number of times; warnings only from the settled pass. */
  private State loop(State entry, Head cond, Body body, List<Stmt> orElse) {
    boolean wasRecording = recording;
    recording = false;
    State head = entry;
    for (int round = 0; round < 50; round++) {
      Loop l = new Loop();
      loops.push(l);
      State end = body.run(cond.at(head), l);
      loops.pop();
      State next = join(entry, join(end, l.continues));
      if (next.equals(head)) break;
      head = next;
    }
    recording = wasRecording;
    Loop l = new Loop();
    loops.push(l);
    State afterCond = cond.at(head);
    body.run(afterCond, l);
    loops.pop();
    return join(block(orElse, afterCond), l.breaks);
  }

  private State tryStmt(Stmt.Try t, State s) {
    State[] reached = {s};
    tries.push(reached);
    State bodyEnd = block(t.body(), s);
    tries.pop();
    if (!tries.isEmpty()) tries.peek()[0] = join(tries.peek()[0], reached[0]);
    State handlerStart = reached[0];
    State normal = block(t.orElse(), bodyEnd);
    for (Stmt.Handler h : t.handlers()) {
      State hs = h.type() == null ? handlerStart : expr(h.type(), handlerStart);
      if (h.name() != null) hs = hs.assign(h.name());
      State end = block(h.body(), hs);
      if (end != null && h.name() != null && unbindsHandlerNames) end = end.unassign(h.name());
      normal = join(normal, end);
    }
    if (t.finalBody().isEmpty()) return normal;
    // The finally body runs on every path: check its reads on all of them; what follows it only
    // continues from the normal ones (an exception is raised again after it).
    block(t.finalBody(), join(normal, handlerStart));
    boolean wasRecording = recording;
    recording = false;
    State after = normal == null ? null : block(t.finalBody(), normal);
    recording = wasRecording;
    return after;
  }

  private State target(Expr t, State s) {
    if (t instanceof Expr.Name n) return assignAt(s, n.id(), n.pos());
    if (t instanceof Expr.Starred st) return target(st.value(), s);
    List<Expr> elements = Exprs.elements(t);
    if (elements != null) {
      for (Expr e : elements) s = target(e, s);
      return s;
    }
    // (`z.real = v` of a C complex assigns z, as Cython's flow analysis sees it)
    if (t instanceof Expr.Attribute a && a.obj() instanceof Expr.Name n && (a.name().equals("real") || a.name().equals("imag"))) {
      return s.assign(n.id());
    }
    return expr(t, s); // a subscript or attribute target reads its object and index
  }

  private State expr(Expr e, State s) {
    if (s == null) return null;
    if (unevaluated.contains(e) || e instanceof Expr.SizeOf) return s;
    if (e instanceof Expr.Name n) {
      read(n, s);
      return s;
    } else if (e instanceof Expr.NamedExpr ne) {
      return assignAt(expr(ne.value(), s), ne.target().id(), ne.target().pos());
    } else if (e instanceof Expr.AddressOf a && a.operand() instanceof Expr.Name n) {
      // As in Cython: taking a variable's address counts as assigning it (it is often an out-parameter).
      return s.assign(n.id());
    } else if (e instanceof Expr.BoolOp b) {
      State left = expr(b.left(), s);
      return join(left, expr(b.right(), left));
    } else if (e instanceof Expr.IfExp i) {
      State c = expr(i.cond(), s);
      return join(expr(i.then(), c), expr(i.orElse(), c));
    } else if (e instanceof Expr.Yield y) {
      State after = y.value() == null ? s : expr(y.value(), s);
      if (recording && after != null) {
        // The frame keeps what lives across a yield only for variables certainly assigned or not at all.
        for (String name : after.may) {
          Symbol sym = locals.get(name);
          if (!after.must.contains(name) && sym != null && sym.kind() == Symbol.Kind.LOCAL
              && sym.type() instanceof CType.MemView && !cells.contains(name)) {
            diags.error(y.pos(), "'yield' where '" + name + "' may or may not be assigned is not supported by pyxc");
          }
        }
      }
      return after;
    } else if (e instanceof Expr.Comprehension c) {
      // Its loops may run no time: what the walrus assigns in it is assigned on some paths only.
      State first = expr(c.clauses().get(0).iter(), s);
      State inner = first;
      for (int i = 0; i < c.clauses().size(); i++) {
        Expr.ComprehensionFor f = c.clauses().get(i);
        if (i > 0) inner = expr(f.iter(), inner);
        inner = target(f.target(), inner);
        for (Expr cond : f.conditions()) inner = expr(cond, inner);
      }
      inner = expr(c.element(), inner);
      if (c.value() != null) inner = expr(c.value(), inner);
      return join(first, inner);
    }
    for (Expr c : Exprs.children(e)) s = expr(c, s);
    return s;
  }

  private void read(Expr.Name n, State s) {
    readNames.add(n.id());
    Set<Site> from = s.reaching.get(n.id());
    if (from != null) used.addAll(from);
    Symbol sym = locals.get(n.id());
    if (!recording || sym == null || sym.kind() != Symbol.Kind.LOCAL || s.must.contains(n.id()) || cells.contains(n.id())) return;
    // An array is storage on the stack: never unassigned (Cython's is_statically_assigned).
    if (sym.type() instanceof CType.CArray || sym.type() instanceof CType.Struct) return;
    if (!s.may.contains(n.id())) {
      String message = "local variable '" + n.id() + "' referenced before assignment";
      // Cython decides before inferring types: only a declared C local is let through.
      if (sym.declared() && sym.type() != null && !(sym.type() instanceof CType.PyObject) && !errorOnUninitialized.contains(n.id())) {
        diags.warning(n.pos(), message);
      }
      else diags.error(n.pos(), message);
    } else if (warnMaybe) {
      diags.warning(n.pos(), "local variable '" + n.id() + "' might be referenced before assignment");
    }
  }
}
