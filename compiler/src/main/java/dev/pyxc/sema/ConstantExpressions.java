package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.UnaryOperator;
import java.math.BigInteger;

/**
 * Integer expressions known at compile time (array sizes): literals and the arithmetic of
 * literals, folded as C folds them.
 */
public final class ConstantExpressions {
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

  /**
   * An integer expression written with names only C knows the values of (an enum's constant, a
   * header's macro, {@code sizeof(T)}), as C spells it; null when it is not one. {@code names}
   * spells a name or dotted name (null: not a constant), {@code types} a type.
   */
  static String cText(Expr e, java.util.function.Function<Expr, String> names, java.util.function.Function<dev.pyxc.ast.TypeRef, String> types) {
    if (e instanceof Expr.IntLit i) return i.value().toString();
    if (e instanceof Expr.Name || e instanceof Expr.Attribute) return names.apply(e);
    if (e instanceof Expr.SizeOf s && s.type() != null) {
      String t = types.apply(s.type());
      return t == null ? null : "sizeof(" + t + ")";
    }
    if (e instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.NEG || u.op() == UnaryOperator.POS || u.op() == UnaryOperator.INVERT)) {
      String v = cText(u.operand(), names, types);
      return v == null ? null : "(" + (u.op() == UnaryOperator.NEG ? "-" : u.op() == UnaryOperator.POS ? "+" : "~") + v + ")";
    }
    if (e instanceof Expr.BinOp b) {
      String op = switch (b.op()) {
        case ADD -> "+";
        case SUB -> "-";
        case MUL -> "*";
        case FLOORDIV -> "/";
        case LSHIFT -> "<<";
        case RSHIFT -> ">>";
        case BITOR -> "|";
        case BITAND -> "&";
        case BITXOR -> "^";
        case MOD -> "%";
        default -> null;
      };
      String l = cText(b.left(), names, types);
      String r = cText(b.right(), names, types);
      return op == null || l == null || r == null ? null : "(" + l + " " + op + " " + r + ")";
    }
    return null;
  }

  /** Whether an expression names something (a constant, a type in {@code sizeof}): its value is C's to know. */
  static boolean namesAny(Expr e) {
    if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.SizeOf) return true;
    return dev.pyxc.ast.Exprs.children(e).stream().anyMatch(x -> x != null && namesAny(x));
  }

  /** A folded integer expression: its value, and whether Cython makes it a Python object (an int) rather than a C long. */
  public record Folded(BigInteger value, boolean pythonInt) {}

  private static final BigInteger LONG_MIN = BigInteger.ONE.shiftLeft(31).negate();
  private static final BigInteger LONG_MAX = BigInteger.ONE.shiftLeft(31).subtract(BigInteger.ONE);
  /** Beyond this many bits a folded value is left to run time (Python computes it the same). */
  private static final int MAX_BITS = 1 << 16;

  /**
   * Arithmetic of unsuffixed integer literals folded with Python's semantics, as Cython's constant
   * folding does before types are known: {@code 1 << 200} is a Python int, {@code 7 // 2} the C long 3.
   * The result is a Python int when it leaves 32 bits or any operand was one ({@code -(2 ** 31)});
   * null when the expression is not such arithmetic, divides by zero or has a negative power.
   */
  public static Folded fold(Expr e) {
    if (e instanceof Expr.IntLit i) {
      return Types.suffixedLiteralType(i) != null ? null : folded(i.value(), false);
    }
    if (e instanceof Expr.UnaryOp u) {
      Folded f = fold(u.operand());
      if (f == null) return null;
      return folded(switch (u.op()) {
        case NEG -> f.value().negate();
        case POS -> f.value();
        case INVERT -> f.value().not();
      }, f.pythonInt());
    }
    if (!(e instanceof Expr.BinOp b)) return null;
    Folded l = fold(b.left());
    Folded r = b.op() == dev.pyxc.ast.BinaryOp.DIV ? null : fold(b.right());
    if (l == null || r == null) return null;
    BigInteger x = l.value();
    BigInteger y = r.value();
    BigInteger v = switch (b.op()) {
      case ADD -> x.add(y);
      case SUB -> x.subtract(y);
      case MUL -> x.bitLength() + y.bitLength() > MAX_BITS ? null : x.multiply(y);
      case FLOORDIV -> y.signum() == 0 ? null : floorDiv(x, y);
      case MOD -> y.signum() == 0 ? null : x.subtract(floorDiv(x, y).multiply(y));
      case POW -> y.signum() < 0 || (long) x.bitLength() * y.longValue() > MAX_BITS || y.bitLength() > 31 ? null : x.pow(y.intValue());
      case LSHIFT -> y.signum() < 0 || y.compareTo(BigInteger.valueOf(MAX_BITS)) > 0 ? null : x.shiftLeft(y.intValue());
      case RSHIFT -> y.signum() < 0 ? null : y.bitLength() > 31 ? BigInteger.valueOf(x.signum() < 0 ? -1 : 0) : x.shiftRight(y.intValue());
      case BITAND -> x.and(y);
      case BITOR -> x.or(y);
      case BITXOR -> x.xor(y);
      default -> null;
    };
    return v == null ? null : folded(v, l.pythonInt() || r.pythonInt());
  }

  private static Folded folded(BigInteger v, boolean operandIsPythonInt) {
    return new Folded(v, operandIsPythonInt || v.compareTo(LONG_MIN) < 0 || v.compareTo(LONG_MAX) > 0);
  }

  private static BigInteger floorDiv(BigInteger x, BigInteger y) {
    BigInteger[] qr = x.divideAndRemainder(y);
    return qr[1].signum() != 0 && qr[1].signum() != y.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }
}
