package dev.pyxc.ast;

import java.util.ArrayList;
import java.util.List;

/** Structural helpers over expressions. */
public final class Exprs {
  private Exprs() {}

  /** Whether a display or target list has a {@code *x} item. */
  public static boolean hasStarred(List<Expr> items) {
    return items.stream().anyMatch(x -> x instanceof Expr.Starred);
  }

  public static List<Expr> children(Expr e) {
    List<Expr> out = new ArrayList<>();
    if (e instanceof Expr.BinOp b) { out.add(b.left()); out.add(b.right()); } else if (e instanceof Expr.UnaryOp u) {
      out.add(u.operand());
    } else if (e instanceof Expr.BoolOp b) { out.add(b.left()); out.add(b.right()); } else if (e instanceof Expr.Not n) {
      out.add(n.operand());
    } else if (e instanceof Expr.Compare c) { out.add(c.first()); out.addAll(c.rest()); } else if (e instanceof Expr.IfExp i) { out.add(i.cond()); out.add(i.then()); out.add(i.orElse()); } else if (e instanceof Expr.Call c) { out.add(c.func()); c.args().forEach(a -> out.add(a.value())); } else if (e instanceof Expr.Attribute a) {
      out.add(a.obj());
    } else if (e instanceof Expr.Subscript s) { out.add(s.obj()); out.add(s.index()); } else if (e instanceof Expr.Slice s) {
      if (s.lo() != null) out.add(s.lo());
      if (s.hi() != null) out.add(s.hi());
      if (s.step() != null) out.add(s.step());
    } else if (e instanceof Expr.TupleExpr t) {
      out.addAll(t.elts());
    } else if (e instanceof Expr.Starred s) {
      out.add(s.value());
    } else if (e instanceof Expr.ListExpr l) {
      out.addAll(l.elts());
    } else if (e instanceof Expr.SetExpr s) {
      out.addAll(s.elts());
    } else if (e instanceof Expr.DictExpr d) { out.addAll(d.keys()); out.addAll(d.values()); } else if (e instanceof Expr.NamedExpr n) {
      out.add(n.value());
    } else if (e instanceof Expr.Cast c) {
      out.add(c.operand());
    } else if (e instanceof Expr.AddressOf a) {
      out.add(a.operand());
    } else if (e instanceof Expr.SizeOf so) {
      // sizeof's operand is never evaluated, but names in it are read (its type is theirs).
      if (so.operand() != null) out.add(so.operand());
    } else if (e instanceof Expr.Yield y) {
      if (y.value() != null) out.add(y.value());
    } else if (e instanceof Expr.Lambda l) {
      // The body is the lambda's own scope; only the defaults are evaluated where it stands.
      for (Stmt.Param p : l.params()) if (p.defaultValue() != null) out.add(p.defaultValue());
    } else if (e instanceof Expr.Comprehension c) {
      // Every part: sema renames the comprehension's own variables apart from the function's.
      for (Expr.ComprehensionFor f : c.clauses()) {
        out.add(f.iter());
        out.add(f.target());
        out.addAll(f.conditions());
      }
      out.add(c.element());
      if (c.value() != null) out.add(c.value());
    } else if (e instanceof Expr.JoinedStr j) {
      out.addAll(j.values());
    } else if (e instanceof Expr.FormattedValue f) {
      out.add(f.value());
      if (f.spec() != null) out.add(f.spec());
    } else { }
    return out;
  }

  /** The items of a tuple or list display, or null for any other expression. */
  public static List<Expr> elements(Expr e) {
    if (e instanceof Expr.TupleExpr t) return t.elts();
    if (e instanceof Expr.ListExpr l) return l.elts();
    return null;
  }

  /** {@code a.b.c} written as names and attributes, as one dotted string; null for anything else. */
  public static String dottedName(Expr e) {
    if (e instanceof Expr.Name n) return n.id();
    if (e instanceof Expr.Attribute a) {
      String base = dottedName(a.obj());
      return base == null ? null : base + "." + a.name();
    }
    return null;
  }
}
