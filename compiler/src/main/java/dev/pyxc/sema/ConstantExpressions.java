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
    return intValue(e, name -> null);
  }

  /** As above, with {@code names} giving the values of named constants (enum members). */
  static BigInteger intValue(Expr e, java.util.function.Function<String, BigInteger> names) {
    if (e instanceof Expr.IntLit i) return i.value();
    if (e instanceof Expr.Name n) return names.apply(n.id());
    if (e instanceof Expr.CharLit c) return BigInteger.valueOf((byte) c.value());
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NEG) {
      BigInteger v = intValue(u.operand(), names);
      return v == null ? null : v.negate();
    }
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.POS) return intValue(u.operand(), names);
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.INVERT) {
      BigInteger v = intValue(u.operand(), names);
      return v == null ? null : v.not();
    }
    if (e instanceof Expr.BinOp b) {
      BigInteger l = intValue(b.left(), names);
      BigInteger r = intValue(b.right(), names);
      if (l == null || r == null) return null;
      return switch (b.op()) {
        case ADD -> l.add(r);
        case SUB -> l.subtract(r);
        case MUL -> l.multiply(r);
        case FLOORDIV -> r.signum() == 0 ? null : l.divide(r);
        case LSHIFT -> r.bitLength() > 8 ? null : l.shiftLeft(r.intValue());
        case RSHIFT -> r.bitLength() > 8 ? null : l.shiftRight(r.intValue());
        case BITOR -> l.or(r);
        case BITAND -> l.and(r);
        case BITXOR -> l.xor(r);
        case MOD -> r.signum() == 0 ? null : l.mod(r.abs());
        default -> null;
      };
    }
    return null;
  }
}
