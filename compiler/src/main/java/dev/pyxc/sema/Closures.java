package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.Stmts;
import dev.pyxc.diag.Diagnostics;
import java.util.List;
import java.util.Set;

/**
 * Finds the functions defined inside functions ({@code def} statements and lambdas) and, by
 * Python's scoping rules, which names each of them takes from the functions around it: a name is
 * a function's own when the function binds it (assignment, loop or comprehension target, import,
 * {@code def}, {@code del}, {@code except ... as}, a parameter) and does not declare it
 * {@code global} or {@code nonlocal}; a name a function uses but does not own belongs to the
 * nearest enclosing function that owns it (module code and class bodies are skipped), else it is a
 * global. Each owned name some inner function uses becomes a cell of its owner.
 */
final class Closures {
  private final Diagnostics diags;
  /** The defs inside the module's code compiled as the module's functions (def fused functions'), not as nested ones. */
  private final java.util.function.Predicate<Stmt.FuncDef> moduleFunction;
  private int counter;

  Closures(Diagnostics diags, java.util.function.Predicate<Stmt.FuncDef> moduleFunction) {
    this.diags = diags;
    this.moduleFunction = moduleFunction;
  }

  /**
   * The nesting under one function the checker compiles on its own: a module-level function or
   * a cdef class's method ({@code functionScope}), the module's top-level code, or the body of a
   * class of the module's code ({@code classBody}: its defs are nested functions of it).
   */
  Closure analyze(Stmt.FuncDef root, String qualname, boolean functionScope, boolean classBody) {
    Closure c = new Closure(root, null, qualname, part("r", root.name()), null, functionScope);
    c.classBody = classBody;
    for (Stmt.Param p : root.params()) c.bound.add(p.name());
    for (Stmt s : root.body()) {
      if (!functionScope && !classBody && s instanceof Stmt.FuncDef f) {
        moduleFunctionDef(c, f);
      } else {
        stmt(c, s);
      }
    }
    resolve(c);
    // A function or class at module level has no enclosing function to take names from.
    if (functionScope || classBody) for (String n : c.nonlocals) noBinding(c, n);
    bind(c);
    return c;
  }

  /**
   * A module-level function: compiled on its own, not made by this code, which runs its
   * decorators and defaults.
   */
  private void moduleFunctionDef(Closure c, Stmt.FuncDef f) {
    c.bound.add(f.name());
    for (Stmt.Decorator d : f.decorators()) expr(c, d.expr());
    for (Stmt.Param p : f.params()) if (p.defaultValue() != null) expr(c, p.defaultValue());
  }

  /** Whether an expression yields in its own scope (not in a lambda or generator expression within it). */
  private static boolean yields(Expr e) {
    if (e instanceof Expr.Yield) return true;
    if (e instanceof Expr.Lambda || e instanceof Expr.Comprehension) return false;
    return dev.pyxc.ast.Exprs.children(e).stream().anyMatch(x -> x != null && yields(x));
  }

  private Closure child(Closure in, Stmt.FuncDef def, Expr.Lambda lambda) {
    String name = def.name();
    String prefix = in.qualname == null || in.qualname.isEmpty() ? "" : in.qualname + (in.functionScope ? ".<locals>." : ".");
    Closure c = new Closure(def, in.functionScope || in.classBody ? in : null, prefix + name, part("n", name), lambda, true);
    in.children.add(c);
    for (Stmt.Param p : def.params()) {
      c.bound.add(p.name());
      c.boundAt.putIfAbsent(p.name(), p.pos());
    }
    walk(c, def.body());
    return c;
  }

  /**
   * A class statement inside a function or a class body: its body runs as a function of its own (given the
   * function's scope), whose defs are nested functions closing over the body's scope. Python's
   * rule that methods do not see the class's names falls out of {@link #resolve}: a class body
   * makes no cells of its names.
   */
  private void classBody(Closure in, Stmt.ClassDef cd) {
    String prefix = in.qualname == null || in.qualname.isEmpty() ? "" : in.qualname + (in.functionScope ? ".<locals>." : ".");
    Closure c = new Closure(PyClassInfo.bodyFunction(cd), in, prefix + cd.name(), part("c", cd.name()), null, false);
    c.classBody = true;
    c.classStatement = cd;
    in.children.add(c);
    walk(c, cd.body());
  }

  private String part(String kind, String name) {
    return kind + (counter++) + "_" + name.replaceAll("[^A-Za-z0-9_]", "");
  }

  private void walk(Closure c, List<Stmt> body) {
    for (Stmt s : body) stmt(c, s);
  }

  private void stmt(Closure c, Stmt s) {
    if (s instanceof Stmt.FuncDef f && moduleFunction.test(f)) {
      moduleFunctionDef(c, f);
      return;
    }
    if (s instanceof Stmt.FuncDef f) {
      c.bound.add(f.name());
      for (Stmt.Decorator d : f.decorators()) expr(c, d.expr());
      for (Stmt.Param p : f.params()) if (p.defaultValue() != null) expr(c, p.defaultValue());
      child(c, f, null);
      return;
    }
    if (s instanceof Stmt.ClassDef cd) {
      c.bound.add(cd.name());
      cd.decorators().forEach(d -> expr(c, d.expr()));
      cd.bases().forEach(b -> expr(c, b));
      cd.keywords().forEach(k -> expr(c, k.value()));
      if ((c.functionScope || c.classBody) && !cd.extensionType()) classBody(c, cd);
      return;
    }
    if (s instanceof Stmt.Global g) {
      c.globals.addAll(g.names());
    } else if (s instanceof Stmt.Nonlocal n) {
      for (String name : n.names()) {
        // At module level the statement itself is the error (StatementChecks).
        if (c.nonlocals.contains(name) || (!c.functionScope && !c.classBody)) continue;
        if (c.boundAt.containsKey(name)) {
          diags.error(n.pos(), "'" + name + "' redeclared as nonlocal");
          diags.error(c.boundAt.get(name), "Previous declaration is here");
        } else if (c.usedAt.containsKey(name)) {
          diags.error(n.pos(), "name '" + name + "' is used prior to nonlocal declaration");
        }
      }
      c.nonlocals.addAll(n.names());
      for (String name : n.names()) c.nonlocalPos.putIfAbsent(name, n.pos());
    } else if (s instanceof Stmt.Assign a) {
      a.targets().forEach(t -> target(c, t));
      expr(c, a.value());
    } else if (s instanceof Stmt.AugAssign a) {
      target(c, a.target());
      expr(c, a.target());
      expr(c, a.value());
    } else if (s instanceof Stmt.CDef d) {
      for (Stmt.Declarator x : d.names()) {
        c.bound.add(x.name());
        if (x.init() != null) expr(c, x.init());
      }
    } else if (s instanceof Stmt.For f) {
      target(c, f.target());
      expr(c, f.iter());
    } else if (s instanceof Stmt.While w) {
      expr(c, w.cond());
    } else if (s instanceof Stmt.If i) {
      i.branches().forEach(b -> expr(c, b.cond()));
    } else if (s instanceof Stmt.With w) {
      for (Stmt.WithItem item : w.items()) {
        expr(c, item.context());
        if (item.target() != null) target(c, item.target());
      }
    } else if (s instanceof Stmt.Try t) {
      for (Stmt.Handler h : t.handlers()) {
        if (h.type() != null) expr(c, h.type());
        if (h.name() != null) c.bound.add(h.name());
      }
    } else if (s instanceof Stmt.Import i) {
      i.names().forEach(a -> c.bound.add(i.bound(a)));
    } else if (s instanceof Stmt.Del d) {
      for (Expr t : d.targets()) {
        target(c, t);
        expr(c, t);
      }
    } else if (s instanceof Stmt.ExprStmt e) {
      expr(c, e.expr());
    } else if (s instanceof Stmt.Return r) {
      if (r.value() != null) expr(c, r.value());
    } else if (s instanceof Stmt.Raise r) {
      if (r.exc() != null) expr(c, r.exc());
      for (Expr e : r.legacy()) expr(c, e);
      if (r.cause() != null) expr(c, r.cause());
    } else if (s instanceof Stmt.Assert a) {
      expr(c, a.test());
      if (a.msg() != null) expr(c, a.msg());
    }
    for (List<Stmt> block : Stmts.blocks(s)) walk(c, block);
  }

  private void target(Closure c, Expr t) {
    if (t instanceof Expr.Name n) {
      c.bound.add(n.id());
      c.boundAt.putIfAbsent(n.id(), n.pos());
    } else if (t instanceof Expr.Starred s) {
      target(c, s.value());
    } else if (Exprs.elements(t) != null) {
      Exprs.elements(t).forEach(e -> target(c, e));
    } else {
      expr(c, t);
    }
  }

  private void expr(Closure c, Expr e) {
    if (e == null) return;
    if (e instanceof Expr.Name n) {
      c.used.add(n.id());
      c.usedAt.putIfAbsent(n.id(), n.pos());
      // As in Python, a function naming super may call it without arguments: it takes the class cell.
      if (n.id().equals("super") && c.functionScope) c.used.add(Closure.CLASS_CELL);
    } else if (e instanceof Expr.NamedExpr ne) {
      c.bound.add(ne.target().id());
      expr(c, ne.value());
    } else if (e instanceof Expr.Yield y) {
      if (c.functionScope) c.generator = true;
      expr(c, y.value());
    } else if (e instanceof Expr.Lambda l) {
      for (Stmt.Param p : l.params()) if (p.defaultValue() != null) expr(c, p.defaultValue());
      // A lambda that yields is a generator whose body's value is dropped: it returns None, as in Cython.
      List<Stmt> body = yields(l.body()) ? List.of(new Stmt.ExprStmt(l.body(), l.body().pos()), new Stmt.Return(null, l.body().pos()))
          : List.of(new Stmt.Return(l.body(), l.body().pos()));
      Stmt.FuncDef def = new Stmt.FuncDef("<lambda>", l.params(), null, null, body, List.of(), null, l.pos());
      child(c, def, l);
    } else if (e instanceof Expr.Call call && ComprehensionLoop.consumer(call) != null) {
      // The generator expression is inlined into the call: its loops are this function's.
      expr(c, call.func());
      Expr.Comprehension g = (Expr.Comprehension) call.args().get(0).value();
      namesIn(g, c.inInlinedGenexpr);
      inline(c, g);
      for (Expr.Arg a : call.args().subList(1, call.args().size())) expr(c, a.value());
    } else if (e instanceof Expr.Comprehension comp && comp.kind() == Expr.ComprehensionKind.GENERATOR) {
      // A generator expression as an object: a generator function of its own, given the first iterable.
      expr(c, comp.clauses().get(0).iter());
      Closure gen = child(c, genexprFunction(comp), null);
      gen.genexpr = comp;
    } else if (e instanceof Expr.Comprehension comp) {
      inline(c, comp);
    } else {
      Exprs.children(e).forEach(x -> expr(c, x));
    }
  }

  private static void namesIn(Expr e, Set<String> out) {
    if (e instanceof Expr.Name n) out.add(n.id());
    for (Expr x : Exprs.children(e)) if (x != null) namesIn(x, out);
  }

  /** The name of a generator expression's parameter, its first iterable (not one source can write). */
  static final String GENEXPR_ARG = ".0";

  /** {@code (e for x in it if c for y in x)} as {@code def <genexpr>(.0): for x in .0: if c: for y in x: yield e}. */
  private static Stmt.FuncDef genexprFunction(Expr.Comprehension g) {
    List<Stmt> body = List.of(new Stmt.ExprStmt(new Expr.Yield(g.element(), false, g.element().pos()), g.element().pos()));
    for (int i = g.clauses().size() - 1; i >= 0; i--) {
      Expr.ComprehensionFor f = g.clauses().get(i);
      for (int k = f.conditions().size() - 1; k >= 0; k--) {
        Expr cond = f.conditions().get(k);
        body = List.of(new Stmt.If(List.of(new Stmt.Branch(cond, body, cond.pos())), List.of(), cond.pos()));
      }
      Expr iter = i == 0 ? new Expr.Name(GENEXPR_ARG, f.iter().pos()) : f.iter();
      if (i == 0 && f.from() != null) {
        // A counted first loop: the argument is the tuple of its bounds, evaluated by the creator.
        Expr arg = iter;
        iter = new Expr.TupleExpr(java.util.stream.IntStream.range(0, dev.pyxc.ast.Exprs.elements(f.iter()).size())
            .mapToObj(k -> (Expr) new Expr.Subscript(arg, new Expr.IntLit(Integer.toString(k), java.math.BigInteger.valueOf(k), arg.pos()), arg.pos()))
            .toList(), arg.pos());
      }
      body = List.of(new Stmt.For(f.target(), iter, body, List.of(), f.from(), f.pos()));
    }
    return new Stmt.FuncDef("<genexpr>", List.of(new Stmt.Param(GENEXPR_ARG, null, null, false, false, g.pos())), null, null, body,
        List.of(), null, g.pos());
  }

  private void inline(Closure c, Expr.Comprehension comp) {
    {
      for (Expr.ComprehensionFor f : comp.clauses()) {
        target(c, f.target());
        expr(c, f.iter());
        f.conditions().forEach(x -> expr(c, x));
      }
      expr(c, comp.element());
      expr(c, comp.value());
    }
  }

  /** Computes what each function wants from outside, bottom up, making cells of what its children want from it. */
  private void resolve(Closure c) {
    for (String n : c.used) if (!c.isLocal(n) && !c.globals.contains(n)) c.wanted.add(n);
    c.wanted.addAll(c.nonlocals);
    for (Closure child : c.children) {
      resolve(child);
      for (String n : child.wanted) {
        if ((c.functionScope && c.isLocal(n)) || (c.classBody && n.equals(Closure.CLASS_CELL))) c.cells.add(n);
        else if (!c.globals.contains(n)) c.wanted.add(n);
      }
    }
  }

  private void noBinding(Closure c, String name) {
    diags.error(c.nonlocalPos.getOrDefault(name, c.def.pos()), "no binding for nonlocal '" + name + "' found");
  }

  /** Records, top down, the function each free name of each nested function belongs to. */
  private void bind(Closure c) {
    for (Closure child : c.children) {
      for (String n : child.wanted) {
        // A class body owns only its class cell; the other names its methods use are the function's around it.
        Closure owner = c.cells.contains(n) ? c : c.classBody ? c.free.get(n) : !c.functionScope ? null : c.isLocal(n) ? c : c.free.get(n);
        if (child.nonlocals.contains(n) && child.globals.contains(n)) {
          noBinding(child, n);
        } else if (owner != null) {
          child.free.put(n, owner);
          if (child.nonlocals.contains(n) && child.bound.contains(n)) owner.assignedInside.add(n);
        } else if (child.nonlocals.contains(n)) {
          noBinding(child, n);
        }
      }
      bind(child);
    }
  }
}
