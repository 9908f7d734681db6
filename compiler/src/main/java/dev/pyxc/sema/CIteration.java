package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import java.math.BigInteger;

/**
 * Iteration in C over the elements of a C array or a pointer slice ({@code for x in a},
 * {@code for x in p[lo:hi:step]}, {@code x in p[lo:hi]}), with Cython's rules for what such a
 * loop must know: its end index, and a step that is a non-zero constant, with a stop when it is
 * positive and a start when it is negative (which then runs down to element 0 without a stop).
 * An array's slice says so too (only a whole array is iterated to its length); a char
 * pointer's slice, stepped or not, is its bytes up to the NUL (as Cython slices them).
 */
public final class CIteration {
  private CIteration() {}

  /** The constant step of a slice (1 when absent), or null when it is not a constant integer. */
  public static BigInteger step(Expr.Slice sl) {
    if (absent(sl.step())) return BigInteger.ONE;
    return ConstantExpressions.intValue(sl.step());
  }

  public static boolean absent(Expr bound) {
    return bound == null || bound instanceof Expr.NoneLit;
  }

  /**
   * Whether {@code container} of an {@code in} test is searched in C: a C array, or a slice of one
   * or of a pointer, except a slice of a {@code char *} without a step (that is bytes).
   */
  static boolean isCContainer(Expr container, CType baseType, CType containerType) {
    if (containerType instanceof CType.CArray) return true;
    if (!(container instanceof Expr.Subscript s) || !(s.index() instanceof Expr.Slice sl)) return false;
    if (!(baseType instanceof CType.Pointer) && !(baseType instanceof CType.CArray)) return false;
    return !CPointers.holdsChars(baseType) || !absent(sl.step());
  }

  /** Cython's error for a slice iterated in C that does not say where it ends, or null. */
  static Problem check(Expr.Subscript s, Expr.Slice sl, boolean chars) {
    if (!absent(sl.step())) {
      BigInteger step = step(sl);
      if (step == null || step.signum() == 0 || !chars && (step.signum() > 0 ? absent(sl.hi()) : absent(sl.lo()))) {
        // (Cython folds -N into one literal, placed at N.)
        Expr at = sl.step() instanceof Expr.UnaryOp u && u.operand() instanceof Expr.IntLit ? u.operand() : sl.step();
        return new Problem(at.pos(), "C array iteration requires known step size and end index");
      }
      return null;
    }
    if (absent(sl.hi()) && !chars) return new Problem(s.pos(), "C array iteration requires known end index");
    return null;
  }

  record Problem(dev.pyxc.diag.Pos pos, String message) {}
}
