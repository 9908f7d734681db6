package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;

/**
 * {@code with nogil:} and {@code with gil:} (the parser makes them with statements whose one
 * item is the keyword, a name no variable can have).
 */
public final class Gil {
  private Gil() {}

  /** TRUE for {@code with nogil:}, FALSE for {@code with gil:}, null for any other item. */
  public static Boolean releases(Stmt.WithItem item) {
    if (!(item.context() instanceof Expr.Name n)) return null;
    return n.id().equals("nogil") ? Boolean.TRUE : n.id().equals("gil") ? Boolean.FALSE : null;
  }
}
