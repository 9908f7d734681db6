package dev.pyxc.parse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The values of Cython's compile-time language (DEF and IF) and what Python says of them: their
 * type names, {@code repr} and {@code str}. Python's int, float, complex, str, bool and tuple are
 * BigInteger, Double, {@link Complex}, String, Boolean and {@code List<Object>}; the others have
 * records here.
 */
final class CompileTimeValues {
  private CompileTimeValues() {}

  /** A bytes value, one char per byte (0..255). */
  record Bytes(String value) {}

  /** A C char literal {@code c'x'}. */
  record Char(int value) {}

  record Complex(double re, double im) {}

  /** A Python list: a value a compile-time expression may compute but a DEF constant may not be. */
  record PyList(List<Object> items) {}

  static final Object NONE = new Object() {
    @Override
    public String toString() {
      return "None";
    }
  };

  static final Object ELLIPSIS = new Object() {
    @Override
    public String toString() {
      return "Ellipsis";
    }
  };

  /** A Python exception raised while computing a value: Cython reports it as an error of the expression. */
  static final class PyError extends RuntimeException {
    final String type;

    PyError(String type, String message) {
      super(message, null, false, false);
      this.type = type;
    }
  }

  static String typeName(Object v) {
    if (v instanceof Boolean) return "bool";
    if (v instanceof BigInteger || v instanceof Char) return "int";
    if (v instanceof Double) return "float";
    if (v instanceof Complex) return "complex";
    if (v instanceof String) return "str";
    if (v instanceof Bytes) return "bytes";
    if (v instanceof PyList) return "list";
    if (v instanceof List<?>) return "tuple";
    if (v == NONE) return "NoneType";
    if (v == ELLIPSIS) return "ellipsis";
    return "object";
  }

  static String str(Object v) {
    if (v instanceof String s) return s;
    return repr(v);
  }

  static String repr(Object v) {
    if (v instanceof Boolean b) return b ? "True" : "False";
    if (v instanceof BigInteger i) return i.toString();
    if (v instanceof Char c) return Integer.toString(c.value());
    if (v instanceof Double d) return floatRepr(d);
    if (v instanceof Complex z) {
      String im = floatRepr(z.im()).replaceAll("\\.0$", "") + "j";
      if (z.re() == 0 && 1 / z.re() > 0) return im;
      return "(" + floatRepr(z.re()).replaceAll("\\.0$", "") + (z.im() < 0 || 1 / z.im() < 0 ? "" : "+") + im + ")";
    }
    if (v instanceof String s) return quoted(s, "");
    if (v instanceof Bytes b) return quoted(b.value(), "b");
    if (v instanceof PyList l) return "[" + items(l.items()) + "]";
    if (v instanceof List<?> t) return "(" + items(t) + (t.size() == 1 ? ",)" : ")");
    return v.toString();
  }

  private static String items(List<?> items) {
    StringBuilder sb = new StringBuilder();
    for (Object x : items) sb.append(sb.isEmpty() ? "" : ", ").append(repr(x));
    return sb.toString();
  }

  /** Python's repr of a str or bytes: single quotes unless the text holds one and no double quote. */
  private static String quoted(String s, String prefix) {
    char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder sb = new StringBuilder(prefix).append(q);
    boolean bytes = !prefix.isEmpty();
    s.codePoints().forEach(c -> {
      if (c == q || c == '\\') sb.append('\\').appendCodePoint(c);
      else if (c == '\n') sb.append("\\n");
      else if (c == '\r') sb.append("\\r");
      else if (c == '\t') sb.append("\\t");
      else if (c < 0x20 || c == 0x7f || (bytes && c > 0x7f)) sb.append(String.format("\\x%02x", c));
      else if (!bytes && c > 0x7f && !printable(c)) {
        sb.append(c <= 0xff ? String.format("\\x%02x", c) : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
      } else sb.appendCodePoint(c);
    });
    return sb.append(q).toString();
  }

  private static boolean printable(int c) {
    int t = Character.getType(c);
    return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED || t == Character.SURROGATE
        || t == Character.PRIVATE_USE || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
        || (t == Character.SPACE_SEPARATOR && c != ' '));
  }

  /** Python's repr of a float: the shortest digits that read back as the same double. */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) return "nan";
    if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
    if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
    String digits = null;
    int exp = 0;
    for (int p = 1; p <= 17; p++) {
      String s = String.format("%." + (p - 1) + "e", Math.abs(d));
      if (Double.parseDouble(s) == Math.abs(d)) {
        int e = s.indexOf('e');
        digits = s.substring(0, e).replace(".", "");
        exp = Integer.parseInt(s.substring(e + 1));
        break;
      }
    }
    digits = digits.replaceAll("0+$", "");
    if (digits.isEmpty()) digits = "0";
    String sign = d < 0 ? "-" : "";
    if (exp < -4 || exp >= 16) {
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    if (exp < 0) return sign + "0." + "0".repeat(-exp - 1) + digits;
    if (digits.length() <= exp + 1) return sign + digits + "0".repeat(exp + 1 - digits.length()) + ".0";
    return sign + digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
  }

  /**
   * Whether a float literal's text names its double exactly enough for Cython: it warns "Using this
   * floating point value with DEF may lose precision" when the text, normalised to plain digits, is
   * neither the double's exact decimal expansion nor its repr.
   */
  static boolean losesPrecision(String text, double value) {
    if (Double.isInfinite(value) || Double.isNaN(value)) return false;
    String exact = strip(new BigDecimal(value).setScale(330, java.math.RoundingMode.HALF_EVEN).toPlainString(), "0");
    String normal = normalised(text.replace("_", ""));
    return !normal.equals(exact) && !normal.equals(lstrip(floatRepr(value), "0"));
  }

  /** The literal's digits with the point moved by its exponent, without leading or trailing zeros ('.123', '123.'). */
  private static String normalised(String text) {
    String s = lstrip(text.toLowerCase(), "0");
    int exp = 0;
    int e = s.indexOf('e');
    if (e >= 0) {
      exp = Integer.parseInt(s.substring(e + 1).replace("+", ""));
      s = s.substring(0, e);
    }
    int intDigits;
    int dot = s.indexOf('.');
    if (dot >= 0) {
      intDigits = dot;
      s = s.substring(0, dot) + s.substring(dot + 1);
    } else {
      intDigits = s.length();
    }
    exp += intDigits;
    String r = rstrip(slice(s, null, exp) + "0".repeat(Math.max(0, exp - s.length())) + "." + "0".repeat(Math.max(0, -exp))
        + slice(s, exp, null), "0");
    return r.equals(".") ? ".0" : r;
  }

  /** Python's {@code s[from:to]}. */
  private static String slice(String s, Integer from, Integer to) {
    int n = s.length();
    int a = from == null ? 0 : from < 0 ? Math.max(0, n + from) : Math.min(n, from);
    int b = to == null ? n : to < 0 ? Math.max(0, n + to) : Math.min(n, to);
    return a < b ? s.substring(a, b) : "";
  }

  private static String strip(String s, String chars) {
    return rstrip(lstrip(s, chars), chars);
  }

  private static String lstrip(String s, String chars) {
    int i = 0;
    while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) i++;
    return s.substring(i);
  }

  private static String rstrip(String s, String chars) {
    int i = s.length();
    while (i > 0 && chars.indexOf(s.charAt(i - 1)) >= 0) i--;
    return s.substring(0, i);
  }
}
