package dev.pyxc.ast;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a comprehension's loop variables names of their own ({@code i} becomes {@code i.c1}), so
 * that, as in Python 3, they neither see nor change the function's variables of the same name,
 * while the comprehension is compiled inline as loops of the enclosing function. The new names
 * cannot be written in source (they hold a dot), so they never meet a user's name. The first
 * iterable is evaluated in the enclosing scope and keeps its names; a lambda's parameters hide
 * the comprehension's variables in its body.
 */
public final class ComprehensionVariables {
  /** The marker between a variable's name and its comprehension's number. */
  public static final String MARK = ".c";

  private int counter;

  /** The comprehension with its targets, and every use of them after its first iterable, renamed. */
  public Expr.Comprehension rename(Expr.Comprehension c) {
    int id = ++counter;
    Map<String, String> names = new HashMap<>();
    List<Expr.ComprehensionFor> clauses = new ArrayList<>();
    for (int i = 0; i < c.clauses().size(); i++) {
      Expr.ComprehensionFor f = c.clauses().get(i);
      Expr iter = i == 0 ? f.iter() : rewrite(f.iter(), names);
      collectTargets(f.target(), id, names);
      Expr target = rewrite(f.target(), names);
      List<Expr> conds = f.conditions().stream().map(x -> rewrite(x, names)).toList();
      clauses.add(new Expr.ComprehensionFor(target, iter, conds, f.from(), f.pos()));
    }
    Expr value = c.value() == null ? null : rewrite(c.value(), names);
    return new Expr.Comprehension(c.kind(), rewrite(c.element(), names), value, List.copyOf(clauses), c.pos());
  }

  /** Whether {@code name} is a renamed comprehension variable. */
  public static boolean isRenamed(String name) {
    return name.contains(MARK);
  }

  /** The name as the source wrote it. */
  public static String sourceName(String name) {
    int at = name.indexOf(MARK);
    return at < 0 ? name : name.substring(0, at);
  }

  private static void collectTargets(Expr target, int id, Map<String, String> names) {
    if (target instanceof Expr.Name n) {
      names.put(n.id(), sourceName(n.id()) + MARK + id);
    } else if (target instanceof Expr.Starred s) {
      collectTargets(s.value(), id, names);
    } else if (Exprs.elements(target) != null) {
      for (Expr e : Exprs.elements(target)) collectTargets(e, id, names);
    }
  }

  private static Expr rewrite(Expr e, Map<String, String> names) {
    if (e == null || names.isEmpty()) return e;
    if (e instanceof Expr.Name n) return names.containsKey(n.id()) ? new Expr.Name(names.get(n.id()), n.pos()) : n;
    if (e instanceof Expr.BinOp b) return new Expr.BinOp(b.op(), rewrite(b.left(), names), rewrite(b.right(), names), b.pos());
    if (e instanceof Expr.UnaryOp u) return new Expr.UnaryOp(u.op(), rewrite(u.operand(), names), u.pos());
    if (e instanceof Expr.BoolOp b) return new Expr.BoolOp(b.isAnd(), rewrite(b.left(), names), rewrite(b.right(), names), b.pos());
    if (e instanceof Expr.Not n) return new Expr.Not(rewrite(n.operand(), names), n.pos());
    if (e instanceof Expr.Compare c) return new Expr.Compare(rewrite(c.first(), names), c.ops(), all(c.rest(), names), c.pos());
    if (e instanceof Expr.IfExp i) {
      return new Expr.IfExp(rewrite(i.cond(), names), rewrite(i.then(), names), rewrite(i.orElse(), names), i.pos());
    }
    if (e instanceof Expr.Call c) {
      List<Expr.Arg> args = c.args().stream().map(a -> new Expr.Arg(a.keyword(), rewrite(a.value(), names), a.pos(), a.stars())).toList();
      return new Expr.Call(rewrite(c.func(), names), args, c.pos());
    }
    if (e instanceof Expr.Attribute a) return new Expr.Attribute(rewrite(a.obj(), names), a.name(), a.pos());
    if (e instanceof Expr.Subscript s) return new Expr.Subscript(rewrite(s.obj(), names), rewrite(s.index(), names), s.pos());
    if (e instanceof Expr.Slice s) {
      return new Expr.Slice(rewrite(s.lo(), names), rewrite(s.hi(), names), rewrite(s.step(), names), s.pos());
    }
    if (e instanceof Expr.TupleExpr t) return new Expr.TupleExpr(all(t.elts(), names), t.pos());
    if (e instanceof Expr.Starred s) return new Expr.Starred(rewrite(s.value(), names), s.pos());
    if (e instanceof Expr.ListExpr l) return new Expr.ListExpr(all(l.elts(), names), l.pos());
    if (e instanceof Expr.DictExpr d) return new Expr.DictExpr(all(d.keys(), names), all(d.values(), names), d.pos());
    if (e instanceof Expr.Cast c) return new Expr.Cast(c.type(), c.checked(), rewrite(c.operand(), names), c.pos());
    if (e instanceof Expr.AddressOf a) return new Expr.AddressOf(rewrite(a.operand(), names), a.pos());
    if (e instanceof Expr.SizeOf so) return new Expr.SizeOf(so.type(), rewrite(so.operand(), names), so.pos());
    // The walrus binds in the enclosing function: its target keeps its name.
    if (e instanceof Expr.NamedExpr ne) return new Expr.NamedExpr(ne.target(), rewrite(ne.value(), names), ne.pos());
    if (e instanceof Expr.Lambda l) {
      Map<String, String> inner = new HashMap<>(names);
      List<Stmt.Param> params = new ArrayList<>();
      for (Stmt.Param p : l.params()) {
        params.add(new Stmt.Param(p.name(), p.type(), rewrite(p.defaultValue(), names), p.notNone(), p.orNone(), p.pos(), p.kind()));
        inner.remove(p.name());
      }
      return new Expr.Lambda(List.copyOf(params), rewrite(l.body(), inner), l.pos());
    }
    if (e instanceof Expr.Comprehension c) {
      // Already renamed when it was parsed: only the names of this comprehension remain to change.
      List<Expr.ComprehensionFor> clauses = c.clauses().stream().map(f -> new Expr.ComprehensionFor(rewrite(f.target(), names),
          rewrite(f.iter(), names), all(f.conditions(), names), f.from(), f.pos())).toList();
      return new Expr.Comprehension(c.kind(), rewrite(c.element(), names), rewrite(c.value(), names), clauses, c.pos());
    }
    if (e instanceof Expr.Yield y) return new Expr.Yield(rewrite(y.value(), names), y.from(), y.pos());
    if (e instanceof Expr.SetExpr st) return new Expr.SetExpr(all(st.elts(), names), st.pos());
    if (e instanceof Expr.JoinedStr j) return new Expr.JoinedStr(all(j.values(), names), j.pos());
    if (e instanceof Expr.FormattedValue f) {
      return new Expr.FormattedValue(rewrite(f.value(), names), f.conversion(), (Expr.JoinedStr) rewrite(f.spec(), names), f.pos());
    }
    if (Exprs.children(e).isEmpty()) return e;
    throw new AssertionError("no renaming for " + e);
  }

  private static List<Expr> all(List<Expr> es, Map<String, String> names) {
    return es.stream().map(x -> rewrite(x, names)).toList();
  }
}
