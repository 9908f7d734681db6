package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a comprehension may not hold, with Cython's messages (Python's rules, PEP 572): a
 * {@code yield} anywhere but its first iterable (which runs in the enclosing scope), an assignment
 * expression in any iterable, and one that rebinds an iteration variable.
 */
final class ComprehensionRules {
  private ComprehensionRules() {}

  static void check(Expr.Comprehension c, TokenCursor in) {
    String what = switch (c.kind()) {
      case LIST -> "list comprehension";
      case SET -> "set comprehension";
      case DICT -> "dict comprehension";
      case GENERATOR -> "generator expression";
    };
    Set<String> targets = new HashSet<>();
    for (Expr.ComprehensionFor f : c.clauses()) names(f.target(), targets);
    for (int i = 0; i < c.clauses().size(); i++) {
      Expr.ComprehensionFor f = c.clauses().get(i);
      Expr.NamedExpr walrus = first(f.iter(), Expr.NamedExpr.class);
      if (walrus != null) throw in.error(walrus.pos(), "assignment expression cannot be used in a comprehension iterable expression");
      if (i > 0) refuseYield(f.iter(), what, in);
      for (Expr cond : f.conditions()) inScope(cond, targets, what, in);
    }
    inScope(c.element(), targets, what, in);
    if (c.value() != null) inScope(c.value(), targets, what, in);
  }

  private static void inScope(Expr e, Set<String> targets, String what, TokenCursor in) {
    refuseYield(e, what, in);
    Expr.NamedExpr walrus = first(e, Expr.NamedExpr.class);
    if (walrus != null && targets.contains(walrus.target().id())) {
      throw in.error(walrus.pos(), "assignment expression cannot rebind comprehension iteration variable '" + walrus.target().id() + "'");
    }
  }

  private static void refuseYield(Expr e, String what, TokenCursor in) {
    Expr.Yield y = first(e, Expr.Yield.class);
    if (y != null) throw in.error(y.pos(), "'yield' inside " + what);
  }

  /** The first node of that kind in {@code e}, not looking into lambdas and comprehensions (their own scopes). */
  private static <T extends Expr> T first(Expr e, Class<T> kind) {
    if (kind.isInstance(e)) return kind.cast(e);
    if (e instanceof Expr.Lambda || e instanceof Expr.Comprehension) return null;
    for (Expr child : Exprs.children(e)) {
      T found = first(child, kind);
      if (found != null) return found;
    }
    return null;
  }

  private static void names(Expr target, Set<String> out) {
    if (target instanceof Expr.Name n) out.add(n.id());
    if (target instanceof Expr.Starred s) names(s.value(), out);
    List<Expr> items = Exprs.elements(target);
    if (items != null) items.forEach(x -> names(x, out));
  }
}
