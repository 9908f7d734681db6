package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.UnaryOperator;
import java.math.BigInteger;

/**
 * Integer expressions known at compile time (array sizes): literals and the arithmetic of
 * literals, folded as C folds them.
 */
final class ConstantExpressions {
  private ConstantExpressions() {}

  /** The value, or null when the expression is not a compile-time integer. */
  static BigInteger intValue(Expr e) {
    if (e instanceof Expr.IntLit i) return i.value();
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NEG) {
      BigInteger v = intValue(u.operand());
      return v == null ? null : v.negate();
    }
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.POS) return intValue(u.operand());
    if (e instanceof Expr.BinOp b) {
      BigInteger l = intValue(b.left());
      BigInteger r = intValue(b.right());
      if (l == null || r == null) return null;
      return switch (b.op()) {
        case ADD -> l.add(r);
        case SUB -> l.subtract(r);
        case MUL -> l.multiply(r);
        case FLOORDIV -> r.signum() == 0 ? null : l.divide(r);
        case LSHIFT -> r.bitLength() > 8 ? null : l.shiftLeft(r.intValue());
        default -> null;
      };
    }
    return null;
  }
}
