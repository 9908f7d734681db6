package dev.pyxc.ir;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * C integer arithmetic under Cython's {@code overflowcheck} directive: the C result, or
 * OverflowError ("value too large") where C would wrap or be undefined. gcc's checked builtins
 * do the arithmetic; the error path returns -1 and sets the exception, so the result is checked
 * as any C value that may be an error ({@code -1} and an exception set).
 */
public final class OverflowPrimitives {
  private OverflowPrimitives() {}

  /** Whether {@code op} on C integers of this type is checked under the directive. */
  public static boolean checks(BinaryOp op, CType t) {
    return t instanceof CType.CInt && (op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL || op == BinaryOp.LSHIFT);
  }

  public static Primitive binary(BinaryOp op, CType.CInt t) {
    String type = CSpelling.bare(t);
    String template = switch (op) {
      case ADD, SUB, MUL -> "({ " + type + " pyxc_r_; __builtin_" + (op == BinaryOp.ADD ? "add" : op == BinaryOp.SUB ? "sub" : "mul")
          + "_overflow(%0, %1, &pyxc_r_) ? (" + type + ")pyxc_overflow_error() : pyxc_r_; })";
      // Bits shifted out, or into the sign, or a shift count outside the type, overflow (Cython's rule).
      case LSHIFT -> "({ " + type + " pyxc_a_ = (%0); long long pyxc_b_ = (long long)(%1); " + type + " pyxc_r_ = (" + type
          + ")((unsigned long long)pyxc_a_ << (pyxc_b_ & 63)); (pyxc_b_ < 0 || pyxc_b_ >= (long long)(8 * sizeof(" + type + "))"
          + " || (" + type + ")(pyxc_r_ >> pyxc_b_) != pyxc_a_ || (pyxc_r_ < 0) != (pyxc_a_ < 0)) ? (" + type
          + ")pyxc_overflow_error() : pyxc_r_; })";
      default -> throw new IllegalArgumentException("no overflow check for " + op);
    };
    return new Primitive("c_" + op.name().toLowerCase() + "_checked", template, t, false, Set.of(), ErrorKind.NEG_ONE_AND_ERR);
  }

  /** {@code abs(x)} of a signed C integer: its most negative value has no absolute value (Cython's message). */
  public static Primitive abs(CType.CInt t) {
    String type = CSpelling.bare(t);
    return new Primitive("c_abs_checked", "({ " + type + " pyxc_a_ = (%0); pyxc_a_ == (" + type + ")((unsigned long long)1 << (8 * sizeof("
        + type + ") - 1)) ? (" + type + ")pyxc_abs_overflow_error() : (pyxc_a_ < 0 ? -pyxc_a_ : pyxc_a_); })", t, false, Set.of(),
        ErrorKind.NEG_ONE_AND_ERR);
  }
}
