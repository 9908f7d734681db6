package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * {@code **} of C numbers as Cython 3 computes it (sema's PowerTypes decides the type): C's pow
 * of a float type, an integer power, and the conversions of the "soft complex" a power of C
 * floats may be. Only the conversion to Python makes an object (a new reference).
 */
public final class PowerPrimitives {
  private PowerPrimitives() {}

  /** A soft complex as Python: a float when its imaginary part is zero, as in Cython. */
  static final Primitive SOFT_COMPLEX_BOX = new Primitive("box_soft_complex", "pyxc_soft_complex_box(%0)", CType.OBJECT, false,
      Set.of(), ErrorKind.NULL);

  /** A soft complex as a C real: TypeError (Cython's text) when its imaginary part is not zero. */
  public static final Primitive SOFT_COMPLEX_REAL = new Primitive("soft_complex_real", "pyxc_soft_complex_real(%0)", CType.DOUBLE,
      false, Set.of(), ErrorKind.NEG_ONE_AND_ERR);

  /** {@code a ** b} of C floats of type t: C's pow of that type ({@code powf}, {@code pow}, {@code powl}), as Cython computes it. */
  public static Primitive cPow(CType.CFloat t) {
    String fn = t.kind() == CType.FloatKind.FLOAT ? "powf" : t.kind() == CType.FloatKind.DOUBLE ? "pow" : "powl";
    return pure("c_pow", fn + "(%0, %1)", t);
  }

  /** {@code a ** b} of C integers of type t: repeated multiplication, wrapping; 0 for a negative exponent (Cython's). */
  public static Primitive intPow(CType.CInt t) {
    String fn = t.kind().signed ? "pyxc_ipow_ll((long long)%0, (long long)%1)" : "pyxc_ipow_ull((unsigned long long)%0, (unsigned long long)%1)";
    return pure("int_pow", "((" + t.kind().cName + ")" + fn + ")", t);
  }

  private static Primitive pure(String name, String template, CType result) {
    return new Primitive(name, template, result, false, Set.of(), ErrorKind.NEVER);
  }
}
