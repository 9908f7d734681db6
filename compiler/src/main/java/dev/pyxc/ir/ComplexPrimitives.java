package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * C complex numbers: C99's {@code _Complex} with gcc's operators on it ({@code __real__},
 * {@code __imag__}, {@code ~} for the conjugate), which work for every real part Cython allows,
 * integers included. Nothing here touches an object, so none of these has an ownership rule.
 */
public final class ComplexPrimitives {
  private ComplexPrimitives() {}

  private static Primitive pure(String name, String template, CType result) {
    return new Primitive(name, template, result, false, Set.of(), ErrorKind.NEVER);
  }

  /** {@code z.real} / {@code z.imag}. */
  public static Primitive part(CType.CComplex t, boolean imag) {
    return pure(imag ? "complex_imag" : "complex_real", (imag ? "__imag__" : "__real__") + "(%0)", t.real());
  }

  /** {@code z} with one part replaced ({@code z.real = v} stores this into z). */
  public static Primitive withPart(CType.CComplex t, boolean imag) {
    return pure(imag ? "complex_with_imag" : "complex_with_real",
        "({ " + CSpelling.of(t) + "pyxc_z_ = (%0); " + (imag ? "__imag__" : "__real__") + " pyxc_z_ = (%1); pyxc_z_; })", t);
  }

  /** {@code z.conjugate()}. */
  public static Primitive conjugate(CType.CComplex t) {
    return pure("complex_conjugate", "(~(%0))", t);
  }

  /** {@code abs(z)} of a floating complex: its modulus, in its real type. */
  public static Primitive abs(CType.CComplex t) {
    return pure("complex_abs", "__builtin_cabs" + suffix(t) + "(%0)", t.real());
  }

  /** {@code z ** w} computed as Cython computes it (small integral exponents by multiplication: see pyxc_cpow). */
  public static Primitive pow(CType.CComplex t) {
    return pure("complex_pow", "pyxc_cpow" + suffix(t) + "(%0, %1)", t);
  }

  /** {@code z / w} with Python's {@code ZeroDivisionError("float division")} for a zero divisor (no {@code cdivision}). */
  public static Primitive checkedDiv(CType.CComplex t) {
    return new Primitive("complex_div", "((%1) == 0 ? (" + CSpelling.bare(t) + ")pyxc_complex_zero_division() : (%0) / (%1))", t,
        false, Set.of(), ErrorKind.NEG_ONE_AND_ERR);
  }

  /** The C math library's suffix for the type's real part ({@code cabsf}, {@code cabs}, {@code cabsl}). */
  private static String suffix(CType.CComplex t) {
    if (!(t.real() instanceof CType.CFloat f)) throw new IllegalArgumentException("no C math for " + t);
    return switch (f.kind()) {
      case FLOAT -> "f";
      case DOUBLE -> "";
      case LONGDOUBLE -> "l";
    };
  }
}
