package dev.pyxc.parse;

import static dev.pyxc.parse.CompileTimeValues.NONE;

import dev.pyxc.diag.Pos;
import dev.pyxc.parse.CompileTimeValues.Bytes;
import dev.pyxc.parse.CompileTimeValues.Char;
import dev.pyxc.parse.CompileTimeValues.PyError;
import dev.pyxc.parse.CompileTimeValues.PyList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The builtins and str/bytes methods a compile-time expression may call, with Python 3's results
 * and exceptions. Cython's compile-time scope offers Python's builtins plus {@code unicode},
 * {@code long} and {@code xrange}; a call this class does not compute is {@link
 * CompileTimeConstants.NotConstant}, which pyxc reports as unsupported rather than guess.
 */
final class CompileTimeBuiltins {
  private CompileTimeBuiltins() {}

  /** The names Cython's compile-time scope binds to builtins (those a DEF may shadow). */
  static final Set<String> NAMES = Set.of("abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "chr", "complex",
      "dict", "divmod", "enumerate", "filter", "float", "format", "frozenset", "hash", "hex", "int", "len", "list", "map", "max",
      "min", "next", "oct", "ord", "pow", "range", "repr", "reversed", "round", "set", "slice", "sorted", "str", "sum", "tuple",
      "zip", "reduce", "unicode", "long", "xrange");

  private static final Pattern FLOAT_TEXT =
      Pattern.compile("[+-]?((\\d(_?\\d)*)?\\.?(\\d(_?\\d)*)?([eE][+-]?\\d(_?\\d)*)?)");

  static Object call(String name, List<Object> args, Pos pos) {
    int n = args.size();
    Object a = n > 0 ? args.get(0) : null;
    switch (name) {
      case "int", "long":
        if (n == 0) return BigInteger.ZERO;
        if (n == 1) return toInt(a, pos);
        if (n == 2 && a instanceof String s && args.get(1) instanceof BigInteger base) return parseInt(s, base.intValue(), pos);
        break;
      case "float":
        if (n == 0) return 0.0;
        if (n == 1) return toFloat(a, pos);
        break;
      case "str", "unicode":
        if (n == 0) return "";
        if (n == 1) return CompileTimeValues.str(a);
        if (n == 2 && a instanceof Bytes b && args.get(1) instanceof String enc) return decode(b, enc, pos);
        break;
      case "repr":
        if (n == 1) return CompileTimeValues.repr(a);
        break;
      case "bool":
        return n != 0 && CompileTimeConstants.truth(a, pos);
      case "abs":
        if (n == 1) {
          Object v = CompileTimeConstants.number(a);
          if (v instanceof BigInteger i) return i.abs();
          if (v instanceof Double d) return Math.abs(d);
          if (v instanceof CompileTimeValues.Complex z) return Math.hypot(z.re(), z.im());
          throw new PyError("TypeError", "bad operand type for abs(): '" + CompileTimeValues.typeName(a) + "'");
        }
        break;
      case "len":
        if (n == 1) {
          if (a instanceof String s) return BigInteger.valueOf(s.codePointCount(0, s.length()));
          if (a instanceof Bytes b) return BigInteger.valueOf(b.value().length());
          if (a instanceof PyList l) return BigInteger.valueOf(l.items().size());
          if (a instanceof List<?> t) return BigInteger.valueOf(t.size());
          throw new PyError("TypeError", "object of type '" + CompileTimeValues.typeName(a) + "' has no len()");
        }
        break;
      case "max", "min":
        if (n >= 1) {
          List<Object> items = n == 1 ? items(a) : args;
          if (items.isEmpty()) throw new PyError("ValueError", name + "() iterable argument is empty");
          Object best = items.get(0);
          for (Object x : items.subList(1, items.size())) {
            int c = CompileTimeConstants.order(x, best, pos);
            if (name.equals("max") ? c > 0 : c < 0) best = x;
          }
          return best;
        }
        break;
      case "sum":
        if (n == 1 || n == 2) {
          Object total = n == 2 ? args.get(1) : BigInteger.ZERO;
          for (Object x : items(a)) total = CompileTimeConstants.binary(dev.pyxc.ast.BinaryOp.ADD, total, x, pos);
          return total;
        }
        break;
      case "chr":
        if (n == 1 && a instanceof BigInteger i) {
          if (i.signum() < 0 || i.compareTo(BigInteger.valueOf(0x10ffff)) > 0) throw new PyError("ValueError", "chr() arg not in range(0x110000)");
          return new String(Character.toChars(i.intValue()));
        }
        break;
      case "ord":
        if (n == 1 && a instanceof String s && s.codePointCount(0, s.length()) == 1) return BigInteger.valueOf(s.codePointAt(0));
        if (n == 1 && a instanceof Bytes b && b.value().length() == 1) return BigInteger.valueOf(b.value().charAt(0));
        break;
      case "tuple":
        if (n == 0) return List.of();
        if (n == 1) return List.copyOf(items(a));
        break;
      case "list":
        if (n == 0) return new PyList(List.of());
        if (n == 1) return new PyList(List.copyOf(items(a)));
        break;
      case "round":
        if (n == 1 && a instanceof Double d) {
          if (Double.isNaN(d)) throw new PyError("ValueError", "cannot convert float NaN to integer");
          if (Double.isInfinite(d)) throw new PyError("OverflowError", "cannot convert float infinity to integer");
          return new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger();
        }
        if (n == 1 && (a instanceof BigInteger || a instanceof Boolean)) return CompileTimeConstants.number(a);
        break;
      case "hex", "oct", "bin":
        if (n == 1 && CompileTimeConstants.number(a) instanceof BigInteger i) {
          int radix = name.equals("hex") ? 16 : name.equals("oct") ? 8 : 2;
          String prefix = name.equals("hex") ? "0x" : name.equals("oct") ? "0o" : "0b";
          return (i.signum() < 0 ? "-" : "") + prefix + i.abs().toString(radix);
        }
        break;
      case "pow":
        if (n == 2) return CompileTimeConstants.binary(dev.pyxc.ast.BinaryOp.POW, a, args.get(1), pos);
        break;
      default:
        break;
    }
    throw new CompileTimeConstants.NotConstant(pos);
  }

  /** {@code obj.name(args)} of a str or bytes. */
  static Object method(Object obj, String name, List<Object> args, Pos pos) {
    int n = args.size();
    Object a = n > 0 ? args.get(0) : null;
    if (obj instanceof String s) {
      switch (name) {
        case "encode":
          if (n <= 1) return encode(s, n == 0 ? "utf-8" : (String) a, pos);
          break;
        case "upper":
          if (n == 0) return s.toUpperCase(java.util.Locale.ROOT);
          break;
        case "lower":
          if (n == 0) return s.toLowerCase(java.util.Locale.ROOT);
          break;
        case "strip":
          if (n == 0) return s.strip();
          break;
        case "startswith":
          if (n == 1 && a instanceof String p) return s.startsWith(p);
          break;
        case "endswith":
          if (n == 1 && a instanceof String p) return s.endsWith(p);
          break;
        case "replace":
          if (n == 2 && a instanceof String x && args.get(1) instanceof String y) return s.replace(x, y);
          break;
        default:
          break;
      }
    } else if (obj instanceof Bytes b) {
      if (name.equals("decode") && n <= 1) return decode(b, n == 0 ? "utf-8" : (String) a, pos);
    }
    if (obj instanceof String || obj instanceof Bytes) throw new CompileTimeConstants.NotConstant(pos);
    throw new PyError("AttributeError", "'" + CompileTimeValues.typeName(obj) + "' object has no attribute '" + name + "'");
  }

  /** The items of an iterable value. */
  static List<Object> items(Object v) {
    if (v instanceof PyList l) return l.items();
    if (v instanceof List<?> t) return new ArrayList<>(t);
    List<Object> out = new ArrayList<>();
    if (v instanceof String s) {
      s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
      return out;
    }
    if (v instanceof Bytes b) {
      for (char c : b.value().toCharArray()) out.add(BigInteger.valueOf(c));
      return out;
    }
    throw new PyError("TypeError", "'" + CompileTimeValues.typeName(v) + "' object is not iterable");
  }

  private static Object toInt(Object a, Pos pos) {
    if (a instanceof Boolean || a instanceof BigInteger || a instanceof Char) return CompileTimeConstants.number(a);
    if (a instanceof Double d) {
      if (Double.isNaN(d)) throw new PyError("ValueError", "cannot convert float NaN to integer");
      if (Double.isInfinite(d)) throw new PyError("OverflowError", "cannot convert float infinity to integer");
      return new BigDecimal(d).toBigInteger();
    }
    if (a instanceof String s) return parseInt(s, 10, pos);
    throw new CompileTimeConstants.NotConstant(pos);
  }

  private static BigInteger parseInt(String s, int base, Pos pos) {
    String t = s.strip();
    try {
      if (base != 10 || !t.matches("[+-]?\\d(_?\\d)*")) throw new NumberFormatException();
      return new BigInteger(t.replace("_", ""), base);
    } catch (NumberFormatException e) {
      if (base != 10) throw new CompileTimeConstants.NotConstant(pos);
      throw new PyError("ValueError", "invalid literal for int() with base 10: " + CompileTimeValues.repr(s));
    }
  }

  private static double toFloat(Object a, Pos pos) {
    Object v = CompileTimeConstants.number(a);
    if (v instanceof BigInteger i) return i.doubleValue();
    if (v instanceof Double d) return d;
    if (a instanceof String s) {
      String t = s.strip().toLowerCase(java.util.Locale.ROOT);
      String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
      boolean negative = t.startsWith("-");
      if (unsigned.equals("nan")) return Double.NaN;
      if (unsigned.equals("inf") || unsigned.equals("infinity")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      if (FLOAT_TEXT.matcher(t).matches() && unsigned.matches(".*\\d.*")) return Double.parseDouble(t.replace("_", ""));
      throw new PyError("ValueError", "could not convert string to float: " + CompileTimeValues.repr(s));
    }
    throw new CompileTimeConstants.NotConstant(pos);
  }

  private static Charset charset(String encoding, Pos pos) {
    String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    return switch (e) {
      case "utf8", "utf-8" -> StandardCharsets.UTF_8;
      case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
      case "latin1", "latin-1", "iso-8859-1", "iso8859-1" -> StandardCharsets.ISO_8859_1;
      default -> throw new CompileTimeConstants.NotConstant(pos);
    };
  }

  private static Bytes encode(String s, String encoding, Pos pos) {
    try {
      java.nio.ByteBuffer bb = charset(encoding, pos).newEncoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(s));
      StringBuilder sb = new StringBuilder();
      while (bb.hasRemaining()) sb.append((char) (bb.get() & 0xff));
      return new Bytes(sb.toString());
    } catch (CharacterCodingException e) {
      throw new CompileTimeConstants.NotConstant(pos);
    }
  }

  private static String decode(Bytes b, String encoding, Pos pos) {
    byte[] raw = new byte[b.value().length()];
    for (int i = 0; i < raw.length; i++) raw[i] = (byte) b.value().charAt(i);
    try {
      return charset(encoding, pos).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException e) {
      throw new CompileTimeConstants.NotConstant(pos);
    }
  }
}
