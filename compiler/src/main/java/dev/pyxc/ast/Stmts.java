package dev.pyxc.ast;

import java.util.ArrayList;
import java.util.List;

/** Structural helpers over statements. */
public final class Stmts {
  private Stmts() {}

  /** The statement lists nested directly in a compound statement (none for a def or a class). */
  public static List<List<Stmt>> blocks(Stmt s) {
    if (s instanceof Stmt.If i) {
      List<List<Stmt>> out = new ArrayList<>();
      i.branches().forEach(b -> out.add(b.body()));
      out.add(i.orElse());
      return out;
    }
    if (s instanceof Stmt.While w) return List.of(w.body(), w.orElse());
    if (s instanceof Stmt.For f) return List.of(f.body(), f.orElse());
    if (s instanceof Stmt.With w) return List.of(w.body());
    if (s instanceof Stmt.Try t) {
      List<List<Stmt>> out = new ArrayList<>(List.of(t.body(), t.orElse(), t.finalBody()));
      t.handlers().forEach(h -> out.add(h.body()));
      return out;
    }
    return List.of();
  }

  /** The expressions a statement evaluates itself (not those of the blocks nested in it). */
  public static List<Expr> ownExpressions(Stmt s) {
    List<Expr> out = new ArrayList<>();
    if (s instanceof Stmt.ExprStmt e) out.add(e.expr());
    else if (s instanceof Stmt.Assign a) { out.add(a.value()); a.targets().forEach(t -> out.addAll(subexpressions(t))); }
    else if (s instanceof Stmt.AugAssign a) { out.add(a.value()); out.add(a.target()); }
    else if (s instanceof Stmt.If i) i.branches().forEach(b -> out.add(b.cond()));
    else if (s instanceof Stmt.While w) out.add(w.cond());
    else if (s instanceof Stmt.For f) { out.add(f.iter()); out.addAll(subexpressions(f.target())); }
    else if (s instanceof Stmt.Return r && r.value() != null) out.add(r.value());
    else if (s instanceof Stmt.Raise r) { if (r.exc() != null) out.add(r.exc()); if (r.cause() != null) out.add(r.cause()); }
    else if (s instanceof Stmt.With w) w.items().forEach(i -> out.add(i.context()));
    else if (s instanceof Stmt.Assert a) { out.add(a.test()); if (a.msg() != null) out.add(a.msg()); }
    else if (s instanceof Stmt.CDef c) c.names().forEach(d -> { if (d.init() != null) out.add(d.init()); });
    return out;
  }

  /** What an assignment target reads: the object and index of a subscript, the object of an attribute. */
  private static List<Expr> subexpressions(Expr target) {
    List<Expr> items = Exprs.elements(target);
    if (items != null) return items.stream().flatMap(i -> subexpressions(i).stream()).toList();
    return target instanceof Expr.Name ? List.of() : Exprs.children(target);
  }
}
