package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.List;

/**
 * {@code with nogil:} and {@code with gil:} (the parser makes them with statements whose one
 * item is the keyword, a name no variable can have).
 */
public final class Gil {
  private Gil() {}

  /** TRUE for {@code with nogil:}, FALSE for {@code with gil:}, null for any other item. */
  public static Boolean releases(Stmt.WithItem item) {
    if (!(item.context() instanceof Expr.Name n)) return null;
    return isKeyword(n) ? n.id().equals("nogil") : null;
  }

  private static boolean isKeyword(Expr e) {
    return e instanceof Expr.Name n && (n.id().equals("nogil") || n.id().equals("gil"));
  }

  /**
   * The condition of {@code with nogil(cond):} / {@code with gil(cond):} that the parser could not
   * fold, or null: a fused type test decides it in each specialization (FusedFunctions), any other
   * is Cython's error.
   */
  static Expr condition(Stmt.With w) {
    if (w.items().size() != 1 || !(w.items().get(0).context() instanceof Expr.Call c) || !isKeyword(c.func())) return null;
    return c.args().get(0).value();
  }

  /** The with statement once its condition is decided: the GIL switched around the body, or the body alone. */
  static Stmt decided(Stmt.With w, boolean switches, List<Stmt> body) {
    Expr.Call c = (Expr.Call) w.items().get(0).context();
    if (!switches) return new Stmt.If(List.of(new Stmt.Branch(new Expr.BoolLit(true, c.pos()), body, c.pos())), List.of(), w.pos());
    return new Stmt.With(List.of(new Stmt.WithItem(c.func(), null, w.items().get(0).pos())), body, w.pos());
  }

  /**
   * Whether a statement is Python 2's print statement (language level 2), which Cython runs with
   * the GIL taken for it where it is released, as it does a raise.
   */
  public static boolean isPrintStatement(Stmt s, Directives directives) {
    return directives.printIsStatement() && s instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.Call c
        && c.func() instanceof Expr.Name n && n.id().equals("print");
  }
}
