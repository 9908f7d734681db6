package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.FStringPrimitives;
import dev.pyxc.ir.Primitive;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import java.util.ArrayList;
import java.util.List;

/**
 * F-strings (Cython's JoinedStrNode and FormattedValueNode). Each field becomes one new str, in
 * order: its value, then its format spec (itself an f-string), then the conversion, then
 * {@code format()}; the literal text is module constants; one {@code fstring_join} borrows all
 * the pieces and allocates the result once, after which the refcount pass releases the pieces.
 *
 * <p>A C value whose spec is a literal Cython understands is formatted in C, with Cython's
 * rules (and its quirks: the conversion is then ignored, a bint with a spec is an integer): C
 * integers for {@code d x X o c} with an optional {@code >}/{@code -}, {@code 0} padding and a
 * width, doubles for {@code repr()} or {@code e E f F g G} with a precision, a bint without spec
 * as {@code True}/{@code False}. Any other C value is boxed and formatted as an object; a void
 * call is evaluated and prints {@code None}, as in Cython.
 */
final class FStringLowering {
  private static final CType STR = CType.pyBuiltin("str");
  /** Cython's bound on a width or precision it formats in C. */
  private static final long MAX_WIDTH = 1L << 30;

  private final FunctionBuilder fb;

  FStringLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  Register joined(Expr.JoinedStr j) {
    String text = literal(j);
    if (text != null) return fb.constant(new Const.PyStr(text), STR);
    List<Register> pieces = new ArrayList<>();
    for (Expr v : j.values()) {
      pieces.add(v instanceof Expr.StrLit s ? fb.constant(new Const.PyStr(s.value()), STR) : formatted((Expr.FormattedValue) v));
    }
    if (pieces.size() == 1) return pieces.get(0);
    return fb.call(FStringPrimitives.JOIN, j.pos(), pieces.toArray(new Register[0]));
  }

  Register formatted(Expr.FormattedValue f) {
    CType t = fb.typeOf(f.value());
    if (t instanceof CType.Void) {
      fb.expressions.expr(f.value());
      return fb.constant(new Const.PyStr("None"), STR);
    }
    Primitive c = cFormat(t, f.spec() == null ? "" : literal(f.spec()));
    if (c != null) return fb.call(c, f.pos(), fb.expressions.expr(f.value()));
    Register v = fb.expressions.exprAs(f.value(), CType.OBJECT);
    Register spec = f.spec() == null ? null : joined(f.spec());
    if (f.conversion() != 0) v = fb.call(FStringPrimitives.conversion(f.conversion()), f.pos(), v);
    if (spec != null) return fb.call(FStringPrimitives.FORMAT, f.pos(), v, spec);
    return fb.call(f.conversion() != 0 ? FStringPrimitives.FORMAT_SIMPLE_STEAL : FStringPrimitives.FORMAT_SIMPLE, f.pos(), v);
  }

  /** The text of an f-string made only of literals (a format spec without fields), else null. */
  private static String literal(Expr.JoinedStr j) {
    StringBuilder sb = new StringBuilder();
    for (Expr v : j.values()) {
      if (!(v instanceof Expr.StrLit s)) return null;
      sb.append(s.value());
    }
    return sb.toString();
  }

  /** The C formatting of a value of type {@code t} with the literal {@code spec}, or null (format the object). */
  static Primitive cFormat(CType t, String spec) {
    if (spec == null || dev.pyxc.sema.Types.isUcs4(t)) return null; // (a Py_UCS4 formats as its character)
    if (t instanceof CType.BInt && spec.isEmpty()) return FStringPrimitives.FORMAT_BINT;
    if (t instanceof CType.CInt || t instanceof CType.BInt) return intFormat(t instanceof CType.CInt i ? i : (CType.CInt) CType.INT, spec);
    if (t instanceof CType.CFloat) return doubleFormat(spec);
    return null;
  }

  /** Cython's reading of an integer spec: {@code [>|-][0][width][d|x|X|o|c]}. */
  private static Primitive intFormat(CType.CInt t, String spec) {
    if (spec.isEmpty()) return FStringPrimitives.formatInt(t, 0, ' ', 'd');
    char format = spec.charAt(spec.length() - 1);
    String prefix;
    if ("odxXc".indexOf(format) >= 0) {
      prefix = spec.substring(0, spec.length() - 1);
    } else if (format >= '0' && format <= '9') {
      format = 'd';
      prefix = spec;
    } else {
      return null;
    }
    char pad = ' ';
    if (prefix.isEmpty()) return FStringPrimitives.formatInt(t, 0, pad, format);
    if (prefix.charAt(0) == '>' || prefix.charAt(0) == '-') prefix = prefix.substring(1);
    if (prefix.startsWith("0")) {
      pad = '0';
      prefix = prefix.replaceFirst("^0+", "");
    }
    Long width = decimal(prefix);
    return width == null ? null : FStringPrimitives.formatInt(t, width, pad, format);
  }

  /** Cython's reading of a float spec: empty (repr), or {@code [.precision](e|E|f|F|g|G)}. */
  private static Primitive doubleFormat(String spec) {
    if (spec.isEmpty()) return FStringPrimitives.formatDouble('r', 0);
    char format = spec.charAt(spec.length() - 1);
    if ("eEfFgG".indexOf(format) < 0) return null;
    String precision = spec.substring(0, spec.length() - 1);
    if (precision.isEmpty()) return FStringPrimitives.formatDouble(format, 6);
    if (precision.charAt(0) != '.') return null;
    Long p = decimal(precision.substring(1));
    return p == null ? null : FStringPrimitives.formatDouble(format, p);
  }

  /** A non-empty run of ASCII digits no larger than Cython's bound, else null. */
  private static Long decimal(String s) {
    if (s.isEmpty() || s.length() > 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) return null;
    long v = Long.parseLong(s);
    return v <= MAX_WIDTH ? v : null;
  }
}
