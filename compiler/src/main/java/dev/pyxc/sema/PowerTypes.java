package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.UnaryOperator;

/**
 * The type of {@code a ** b} on C real numbers, by Cython 3's rules (its default {@code cpow=False}):
 * when the base cannot be negative (a constant at least 0, an unsigned type) or the exponent is
 * whole (an integer type, a constant with a whole value), the usual arithmetic type, widened to
 * double where the exponent may be negative (a signed integer variable, a negative integer
 * constant); otherwise the soft complex (a real base to a fractional power may be complex).
 * Under {@code cpow=True}, C's: the usual arithmetic type, always.
 */
public final class PowerTypes {
  private PowerTypes() {}

  static final CType SOFT_COMPLEX = new CType.CComplex(CType.DOUBLE, true);

  /** {@code l ** r} for C real operands ({@code left}, {@code right} the expressions when known, for their constants). */
  public static CType of(boolean cpow, CType l, CType r, Expr left, Expr right) {
    if (cpow) return arithmetic(l, r);
    Double base = constant(left);
    Double exponent = constant(right);
    boolean positiveBase = base != null && base >= 0 || l instanceof CType.CInt i && !i.kind().signed;
    boolean wholeExponent = Types.isInt(r) || exponent != null && exponent == Math.rint(exponent) && !exponent.isInfinite();
    if (!positiveBase && !wholeExponent) return SOFT_COMPLEX;
    CType t = arithmetic(l, r);
    boolean negativeIntConstant = exponent != null && isIntLiteral(right) && exponent < 0;
    boolean widen = exponent == null ? Types.isInt(r) && !(r instanceof CType.CInt ri && !ri.kind().signed) : negativeIntConstant;
    return widen ? Types.widest(t, CType.DOUBLE) : t;
  }

  /**
   * The type a power takes where its value goes straight into a C number of type {@code to}, as
   * Cython re-types it there (its cpow=True rules: the operands' usual arithmetic type), or null
   * where it keeps its own: only a power whose type was inferred (the soft complex, or a double
   * widened from integers by an exponent that may be negative) is re-typed, and only where the
   * {@code cpow} directive is left at its default ({@code cpowGiven} false): Cython's is None,
   * and an explicit {@code cpow=False} keeps the soft complex.
   */
  public static CType coerced(boolean cpowGiven, CType l, CType r, Expr left, Expr right, CType to) {
    if (cpowGiven || !(to instanceof CType.CFloat || to instanceof CType.CInt) || Types.isUcs4(to)) return null;
    CType own = of(false, l, r, left, right);
    boolean ints = Types.isInt(l) && Types.isInt(r);
    boolean widened = ints && own instanceof CType.CFloat && constant(right) == null;
    if (!(Types.isSoftComplex(own) || widened && to instanceof CType.CInt)) return null;
    return arithmetic(l, r);
  }

  /** C's usual arithmetic type of the operands (a bint counts as an int). */
  private static CType arithmetic(CType l, CType r) {
    return Types.widest(l instanceof CType.BInt ? CType.INT : l, r instanceof CType.BInt ? CType.INT : r);
  }

  /** A number the expression is at compile time (a literal, signed, or a folded integer expression), or null. */
  private static Double constant(Expr e) {
    if (e == null) return null;
    boolean negative = false;
    Expr x = e;
    while (x instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.NEG || u.op() == UnaryOperator.POS)) {
      if (u.op() == UnaryOperator.NEG) negative = !negative;
      x = u.operand();
    }
    if (x instanceof Expr.FloatLit f) return negative ? -f.value() : f.value();
    ConstantExpressions.Folded v = ConstantExpressions.fold(e);
    return v == null ? null : v.value().doubleValue();
  }

  private static boolean isIntLiteral(Expr e) {
    Expr x = e;
    while (x instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.NEG || u.op() == UnaryOperator.POS)) x = u.operand();
    return x instanceof Expr.IntLit || x instanceof Expr.BinOp;
  }
}
