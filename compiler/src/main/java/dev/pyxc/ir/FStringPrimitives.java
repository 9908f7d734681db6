package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * The runtime contracts of f-strings (see {@code ir/build/FStringLowering}). Every piece is a new
 * reference to a str, NULL on error; the join borrows its pieces, so the refcount pass releases
 * each formatted piece after it, and literal pieces (module constants) cost nothing.
 */
public final class FStringPrimitives {
  private FStringPrimitives() {}

  private static final CType STR = CType.pyBuiltin("str");

  private static Primitive str(String name, String template) {
    return new Primitive(name, template, STR, false, Set.of(), ErrorKind.NULL);
  }

  /** The pieces in order as one new str (one allocation). */
  public static final Primitive JOIN = str("fstring_join", "pyxc_fstring_join((PyObject *const []){%*}, %n)");

  /** {@code format(v, spec)}. */
  public static final Primitive FORMAT = str("py_format", "PyObject_Format(%0, %1)");

  /** {@code format(v)}, a field without spec: an exact str or int takes CPython's fast path. */
  public static final Primitive FORMAT_SIMPLE = str("format_simple", "PyObject_Format(%0, NULL)");

  /**
   * The same for the result of a conversion, which dies into it: an exact str (what
   * {@code repr()} and {@code str()} give but for subclasses) is returned as it is.
   * <pre>
   *   %3 = py_repr x
   *   %4 = format_simple_steal steal %3
   * </pre>
   */
  public static final Primitive FORMAT_SIMPLE_STEAL = new Primitive("format_simple_steal", "pyxc_format_simple_steal(%0)", STR,
      false, Set.of(0), ErrorKind.NULL);

  public static final Primitive REPR = str("py_repr", "PyObject_Repr(%0)");
  public static final Primitive STR_OF = str("py_str", "PyObject_Str(%0)");
  public static final Primitive ASCII = str("py_ascii", "PyObject_ASCII(%0)");

  /** The conversion {@code !r}, {@code !s} or {@code !a}. */
  public static Primitive conversion(char c) {
    return switch (c) {
      case 'r' -> REPR;
      case 's' -> STR_OF;
      case 'a' -> ASCII;
      default -> throw new IllegalArgumentException("conversion !" + c);
    };
  }

  /**
   * A C integer formatted in C as Cython formats it for a spec it understands: {@code format}
   * one of {@code d x X o c}, at least {@code width} characters padded with {@code pad} (' ' or
   * '0'; zeros go after a minus sign), OverflowError for {@code c} outside Unicode.
   */
  public static Primitive formatInt(CType.CInt t, long width, char pad, char format) {
    String fn = t.kind().signed ? "pyxc_format_ll((long long)" : "pyxc_format_ull((unsigned long long)";
    return str("format_" + Primitives.suffix(t.kind()), fn + "%0, " + width + ", '" + pad + "', '" + format + "')");
  }

  /** A C double (or float) as {@code repr()} ({@code 'r'}) or with {@code e E f F g G} and a precision. */
  public static Primitive formatDouble(char format, long precision) {
    return str("format_double", "pyxc_format_double((double)%0, '" + format + "', " + precision + ")");
  }

  /** A bint without spec: {@code True} or {@code False}. */
  public static final Primitive FORMAT_BINT = str("format_bint", "pyxc_format_bint(%0)");
}
