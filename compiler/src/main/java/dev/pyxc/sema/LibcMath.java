package dev.pyxc.sema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code from libc.math cimport ...} provides: C's <math.h> functions and constants with
 * their C types (the double versions, as Cython's libc/math.pxd declares them). Calls compile
 * to the C function itself: {@code sqrt(-1.0)} is nan, not a ValueError, as in Cython.
 */
public final class LibcMath {
  private LibcMath() {}

  /** A C function: its C name, parameter types and result. */
  public record Function(String cName, List<CType> params, CType result) {}

  private static final Map<String, Function> FUNCTIONS = new HashMap<>();
  private static final Map<String, String> CONSTANTS = new HashMap<>();

  static {
    for (String f : List.of("acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "erf", "erfc",
        "exp", "exp2", "expm1", "fabs", "floor", "lgamma", "log", "log10", "log1p", "log2", "logb", "nearbyint", "rint",
        "round", "sin", "sinh", "sqrt", "tan", "tanh", "tgamma", "trunc")) {
      FUNCTIONS.put(f, new Function(f, List.of(CType.DOUBLE), CType.DOUBLE));
    }
    for (String f : List.of("atan2", "copysign", "fdim", "fmax", "fmin", "fmod", "hypot", "nextafter", "pow", "remainder")) {
      FUNCTIONS.put(f, new Function(f, List.of(CType.DOUBLE, CType.DOUBLE), CType.DOUBLE));
    }
    FUNCTIONS.put("fma", new Function("fma", List.of(CType.DOUBLE, CType.DOUBLE, CType.DOUBLE), CType.DOUBLE));
    FUNCTIONS.put("ldexp", new Function("ldexp", List.of(CType.DOUBLE, CType.INT), CType.DOUBLE));
    for (String f : List.of("isnan", "isinf", "isfinite", "signbit")) {
      FUNCTIONS.put(f, new Function(f, List.of(CType.DOUBLE), CType.BINT));
    }
    for (String c : List.of("M_E", "M_LOG2E", "M_LOG10E", "M_LN2", "M_LN10", "M_PI", "M_PI_2", "M_PI_4", "M_1_PI", "M_2_PI",
        "M_2_SQRTPI", "M_SQRT2", "M_SQRT1_2", "INFINITY", "NAN", "HUGE_VAL")) {
      CONSTANTS.put(c, c);
    }
    CONSTANTS.put("pi", "M_PI");
    CONSTANTS.put("e", "M_E");
  }

  public static Function function(String name) {
    return FUNCTIONS.get(name);
  }

  /** The C name of a constant (all are doubles), or null. */
  public static String constant(String name) {
    return CONSTANTS.get(name);
  }

  public static boolean declares(String name) {
    return FUNCTIONS.containsKey(name) || CONSTANTS.containsKey(name);
  }
}
