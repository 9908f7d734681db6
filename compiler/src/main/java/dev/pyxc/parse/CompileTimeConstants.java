package dev.pyxc.parse;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Pos;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import static dev.pyxc.parse.CompileTimeValues.NONE;
import dev.pyxc.parse.CompileTimeValues.Bytes;
import dev.pyxc.parse.CompileTimeValues.Char;
import dev.pyxc.parse.CompileTimeValues.Complex;
import dev.pyxc.parse.CompileTimeValues.PyError;
import dev.pyxc.parse.CompileTimeValues.PyList;

/**
 * Cython's compile-time language: {@code DEF NAME = expr}, a constant the parser computes and puts
 * in place of every later use of the name, and {@code IF cond:}, whose condition it computes to
 * keep one branch, as Cython's parser does. The values are Python's ({@link CompileTimeValues}):
 * integers of any size, floats, complex numbers, str, bytes, booleans, None, Ellipsis, tuples and
 * lists, with arithmetic, comparisons, boolean operators, indexing and slicing, calls of the
 * builtins {@link CompileTimeBuiltins} computes, and earlier constants. As in Cython, a Python
 * exception while computing a DEF or IF value is an error of the expression that raised it, and
 * the expression goes on as None.
 */
final class CompileTimeConstants {
  /** Where a DEF or IF reports its errors and warnings. */
  interface Reporter {
    void error(Pos pos, String message);

    void warning(Pos pos, String message);
  }

  /** The value of a DEF: a literal expression, re-made at each use with the use's position. */
  private final Map<String, Object> values = new HashMap<>();
  private final Reporter reporter;
  /** Whether DEF and IF are computed: not inside the branches of an IF that are not taken. */
  private boolean active = true;
  /** Whether the expression being computed is a DEF's or IF's, which reports Python's errors (else they make it no constant). */
  private boolean strict;

  CompileTimeConstants(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Raised for an expression this evaluator does not compute; the parser names DEF as unsupported there. */
  static final class NotConstant extends RuntimeException {
    final Pos pos;

    NotConstant(Pos pos) {
      super(null, null, false, false);
      this.pos = pos;
    }
  }

  void define(String name, Expr value) {
    if (active) values.put(name, strictly(value));
  }

  boolean defines(String name) {
    return values.containsKey(name);
  }

  /**
   * Whether a constant expression is true (the condition of {@code with nogil(1 < 2):}, which
   * Cython folds); NotConstant when it is not one this evaluator computes.
   */
  boolean truthOf(Expr e) {
    return truth(eval(e), e.pos());
  }

  /** Whether an IF's condition holds; computed (with its errors) even inside a branch not taken, as Cython does. */
  boolean condition(Expr e) {
    return truth(strictly(e), e.pos());
  }

  boolean active() {
    return active;
  }

  /** Whether DEF statements define: not in an IF's branches that are not taken. */
  void activate(boolean on) {
    active = on;
  }

  private Object strictly(Expr e) {
    boolean was = strict;
    strict = true;
    try {
      return eval(e);
    } finally {
      strict = was;
    }
  }

  /** The expression a use of {@code name} at {@code pos} stands for. */
  Expr use(String name, Pos pos) {
    Object v = values.get(name);
    Object invalid = invalidConstant(v);
    if (invalid == null) return literal(v, pos);
    reporter.error(pos, "Invalid type for compile-time constant: " + CompileTimeValues.repr(invalid) + " (type "
        + CompileTimeValues.typeName(invalid) + ")");
    return new Expr.Name(name, pos);
  }

  /** The first part of a value that no literal can stand for (a list), or null. */
  private static Object invalidConstant(Object v) {
    if (v instanceof PyList) return v;
    if (v instanceof List<?> items) {
      for (Object x : items) {
        Object bad = invalidConstant(x);
        if (bad != null) return bad;
      }
    }
    return null;
  }

  private Object eval(Expr e) {
    try {
      return evalNode(e);
    } catch (PyError ex) {
      if (!strict) throw new NotConstant(e.pos());
      reporter.error(e.pos(), "Error in compile-time expression: " + ex.type + ": " + ex.getMessage());
      return NONE;
    }
  }

  private Object evalNode(Expr e) {
    if (e instanceof Expr.IntLit i) return i.value();
    if (e instanceof Expr.FloatLit f) {
      if (strict && CompileTimeValues.losesPrecision(f.text(), f.value())) {
        reporter.warning(f.pos(), "Using this floating point value with DEF may lose precision, using "
            + CompileTimeValues.floatRepr(f.value()));
      }
      return f.value();
    }
    if (e instanceof Expr.ImagLit i) return new Complex(0.0, Double.parseDouble(i.text().substring(0, i.text().length() - 1).replace("_", "")));
    if (e instanceof Expr.StrLit s) return s.value();
    if (e instanceof Expr.BytesLit b) return new Bytes(b.value());
    if (e instanceof Expr.CharLit c) return new Char(c.value());
    if (e instanceof Expr.BoolLit b) return b.value();
    if (e instanceof Expr.NoneLit) return NONE;
    if (e instanceof Expr.EllipsisLit) return CompileTimeValues.ELLIPSIS;
    if (e instanceof Expr.Name n) {
      if (values.containsKey(n.id())) return values.get(n.id());
      if (!strict || CompileTimeBuiltins.NAMES.contains(n.id())) throw new NotConstant(e.pos());
      reporter.error(n.pos(), "Compile-time name '" + n.id() + "' not defined");
      return NONE;
    }
    if (e instanceof Expr.TupleExpr t) return List.copyOf(evalAll(t.elts()));
    if (e instanceof Expr.ListExpr l) return new PyList(List.copyOf(evalAll(l.elts())));
    if (e instanceof Expr.UnaryOp u) {
      Object v = number(eval(u.operand()));
      if (v instanceof BigInteger i) {
        return switch (u.op()) {
          case NEG -> i.negate();
          case POS -> i;
          case INVERT -> i.not();
        };
      }
      if (v instanceof Double d && u.op() != UnaryOperator.INVERT) return u.op() == UnaryOperator.NEG ? -d : d;
      if (v instanceof Complex z && u.op() != UnaryOperator.INVERT) return u.op() == UnaryOperator.NEG ? new Complex(-z.re(), -z.im()) : z;
      throw new NotConstant(e.pos());
    }
    if (e instanceof Expr.Not n) return !truth(eval(n.operand()), n.pos());
    if (e instanceof Expr.BoolOp b) {
      Object l = eval(b.left());
      return truth(l, b.pos()) == b.isAnd() ? eval(b.right()) : l;
    }
    if (e instanceof Expr.BinOp b) return binary(b.op(), eval(b.left()), eval(b.right()), b.pos());
    if (e instanceof Expr.Compare c) {
      Object left = eval(c.first());
      for (int i = 0; i < c.ops().size(); i++) {
        Object right = eval(c.rest().get(i));
        if (!compare(c.ops().get(i), left, right, c.pos())) return false;
        left = right;
      }
      return true;
    }
    if (e instanceof Expr.Subscript s) return index(eval(s.obj()), s);
    if (e instanceof Expr.Call c) {
      List<Expr> argExprs = new ArrayList<>();
      for (Expr.Arg a : c.args()) {
        if (a.keyword() != null || a.stars() != 0) throw new NotConstant(a.pos());
        argExprs.add(a.value());
      }
      if (c.func() instanceof Expr.Name n && !values.containsKey(n.id()) && CompileTimeBuiltins.NAMES.contains(n.id())) {
        return CompileTimeBuiltins.call(n.id(), evalAll(argExprs), c.pos());
      }
      if (c.func() instanceof Expr.Attribute a) return CompileTimeBuiltins.method(eval(a.obj()), a.name(), evalAll(argExprs), c.pos());
      Object f = eval(c.func());
      throw new PyError("TypeError", "'" + CompileTimeValues.typeName(f) + "' object is not callable");
    }
    if (e instanceof Expr.Attribute a) {
      Object obj = eval(a.obj());
      if (obj instanceof String || obj instanceof Bytes || obj instanceof Complex) throw new NotConstant(e.pos());
      throw new PyError("AttributeError", "'" + CompileTimeValues.typeName(obj) + "' object has no attribute '" + a.name() + "'");
    }
    throw new NotConstant(e.pos());
  }

  private List<Object> evalAll(List<Expr> es) {
    List<Object> out = new ArrayList<>();
    for (Expr x : es) out.add(eval(x));
    return out;
  }

  /** A bool or char as the int it is; any other value as it is. */
  static Object number(Object v) {
    if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
    if (v instanceof Char c) return BigInteger.valueOf(c.value());
    return v;
  }

  static boolean truth(Object v, Pos pos) {
    if (v instanceof Boolean b) return b;
    if (v instanceof BigInteger i) return i.signum() != 0;
    if (v instanceof Char c) return c.value() != 0;
    if (v instanceof Double d) return d != 0;
    if (v instanceof Complex z) return z.re() != 0 || z.im() != 0;
    if (v instanceof String s) return !s.isEmpty();
    if (v instanceof Bytes b) return !b.value().isEmpty();
    if (v instanceof PyList l) return !l.items().isEmpty();
    if (v instanceof List<?> l) return !l.isEmpty();
    if (v == NONE) return false;
    if (v == CompileTimeValues.ELLIPSIS) return true;
    throw new NotConstant(pos);
  }

  /** Python's ordering of two values: negative, zero or positive. */
  static int order(Object l, Object r, Pos pos) {
    l = number(l);
    r = number(r);
    if (l instanceof BigInteger a && r instanceof BigInteger b) return a.compareTo(b);
    if ((l instanceof BigInteger || l instanceof Double) && (r instanceof BigInteger || r instanceof Double)) {
      return Double.compare(((Number) l).doubleValue(), ((Number) r).doubleValue());
    }
    if (l instanceof String a && r instanceof String b) return a.compareTo(b);
    if (l instanceof Bytes a && r instanceof Bytes b) return a.value().compareTo(b.value());
    if (l instanceof List<?> a && r instanceof List<?> b) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = order(a.get(i), b.get(i), pos);
        if (c != 0) return c;
      }
      return Integer.compare(a.size(), b.size());
    }
    throw new PyError("TypeError", "'<' not supported between instances of '" + CompileTimeValues.typeName(l) + "' and '"
        + CompileTimeValues.typeName(r) + "'");
  }

  private static boolean compare(dev.pyxc.ast.CompareOp op, Object l, Object r, Pos pos) {
    return switch (op) {
      case LT -> order(l, r, pos) < 0;
      case LE -> order(l, r, pos) <= 0;
      case GT -> order(l, r, pos) > 0;
      case GE -> order(l, r, pos) >= 0;
      case EQ -> same(l, r);
      case NE -> !same(l, r);
      case IS -> l == r || (l instanceof Boolean && l.equals(r));
      case IS_NOT -> !(l == r || (l instanceof Boolean && l.equals(r)));
      case IN -> contains(r, l, pos);
      case NOT_IN -> !contains(r, l, pos);
    };
  }

  /** Python's {@code ==}: numbers by value across int, bool and float, sequences item by item. */
  private static boolean same(Object l, Object r) {
    l = number(l);
    r = number(r);
    if (l instanceof BigInteger a && r instanceof BigInteger b) return a.equals(b);
    if ((l instanceof BigInteger || l instanceof Double) && (r instanceof BigInteger || r instanceof Double)) {
      return ((Number) l).doubleValue() == ((Number) r).doubleValue();
    }
    if (l instanceof PyList a && r instanceof PyList b) return same(a.items(), b.items());
    if (l instanceof List<?> a && r instanceof List<?> b && !(l instanceof PyList) && !(r instanceof PyList)) {
      if (a.size() != b.size()) return false;
      for (int i = 0; i < a.size(); i++) if (!same(a.get(i), b.get(i))) return false;
      return true;
    }
    return l.equals(r);
  }

  private static boolean contains(Object container, Object item, Pos pos) {
    if (container instanceof String s && item instanceof String x) return s.contains(x);
    if (container instanceof Bytes s && item instanceof Bytes x) return s.value().contains(x.value());
    for (Object x : CompileTimeBuiltins.items(container)) if (same(x, item)) return true;
    return false;
  }

  static Object binary(BinaryOp op, Object l, Object r, Pos pos) {
    l = number(l);
    r = number(r);
    if (l instanceof BigInteger a && r instanceof BigInteger b) {
      switch (op) {
        case ADD: return a.add(b);
        case SUB: return a.subtract(b);
        case MUL: return a.multiply(b);
        case FLOORDIV:
          if (b.signum() == 0) throw new PyError("ZeroDivisionError", "integer division or modulo by zero");
          BigInteger[] qr = a.divideAndRemainder(b);
          return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
        case MOD:
          if (b.signum() == 0) throw new PyError("ZeroDivisionError", "integer modulo by zero");
          BigInteger m = a.mod(b.abs());
          return b.signum() < 0 && m.signum() != 0 ? m.add(b) : m;
        case POW:
          if (b.signum() < 0 || b.bitLength() > 16) throw new NotConstant(pos);
          return a.pow(b.intValue());
        case LSHIFT:
          if (b.signum() < 0 || b.bitLength() > 16) throw new NotConstant(pos);
          return a.shiftLeft(b.intValue());
        case RSHIFT:
          if (b.signum() < 0 || b.bitLength() > 16) throw new NotConstant(pos);
          return a.shiftRight(b.intValue());
        case BITAND: return a.and(b);
        case BITOR: return a.or(b);
        case BITXOR: return a.xor(b);
        case DIV:
          if (b.signum() == 0) throw new PyError("ZeroDivisionError", "division by zero");
          return a.doubleValue() / b.doubleValue();
        default: throw new NotConstant(pos);
      }
    }
    if ((l instanceof BigInteger || l instanceof Double) && (r instanceof BigInteger || r instanceof Double)) {
      double a = ((Number) l).doubleValue();
      double b = ((Number) r).doubleValue();
      return switch (op) {
        case ADD -> a + b;
        case SUB -> a - b;
        case MUL -> a * b;
        case DIV -> {
          if (b == 0) throw new PyError("ZeroDivisionError", "float division by zero");
          yield a / b;
        }
        default -> throw new NotConstant(pos);
      };
    }
    if ((l instanceof Complex || r instanceof Complex) && !(l instanceof String || l instanceof List<?> || r instanceof String
        || r instanceof List<?>)) {
      return complex(op, complexOf(l, pos), complexOf(r, pos), pos);
    }
    if (op == BinaryOp.ADD) {
      if (l instanceof String a && r instanceof String b) return a + b;
      if (l instanceof Bytes a && r instanceof Bytes b) return new Bytes(a.value() + b.value());
      if (l instanceof PyList a && r instanceof PyList b) return new PyList(concat(a.items(), b.items()));
      if (l instanceof List<?> a && r instanceof List<?> b) return concat(a, b);
    }
    if (op == BinaryOp.MUL && (r instanceof String || r instanceof Bytes || r instanceof List<?> || r instanceof PyList)) {
      Object t = l;
      l = r;
      r = t;
    }
    if (op == BinaryOp.MUL && r instanceof BigInteger times && times.bitLength() < 16) {
      int k = Math.max(0, times.intValue());
      if (l instanceof String a) return a.repeat(k);
      if (l instanceof Bytes a) return new Bytes(a.value().repeat(k));
      if (l instanceof PyList a) return new PyList(repeat(a.items(), k));
      if (l instanceof List<?> a) return repeat(a, k);
    }
    if (l == NONE || r == NONE) {
      throw new PyError("TypeError", "unsupported operand type(s) for " + (op == BinaryOp.POW ? "** or pow()" : op.symbol) + ": '"
          + CompileTimeValues.typeName(l) + "' and '" + CompileTimeValues.typeName(r) + "'");
    }
    throw new NotConstant(pos);
  }

  private static List<Object> concat(List<?> a, List<?> b) {
    List<Object> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }

  private static List<Object> repeat(List<?> a, int k) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < k; i++) out.addAll(a);
    return List.copyOf(out);
  }

  private static Complex complexOf(Object v, Pos pos) {
    if (v instanceof Complex z) return z;
    if (v instanceof Number n) return new Complex(n.doubleValue(), 0.0);
    throw new NotConstant(pos);
  }

  private static Complex complex(BinaryOp op, Complex a, Complex b, Pos pos) {
    return switch (op) {
      case ADD -> new Complex(a.re() + b.re(), a.im() + b.im());
      case SUB -> new Complex(a.re() - b.re(), a.im() - b.im());
      case MUL -> new Complex(a.re() * b.re() - a.im() * b.im(), a.re() * b.im() + a.im() * b.re());
      default -> throw new NotConstant(pos);
    };
  }

  /** {@code obj[i]} or {@code obj[lo:hi:step]} of a tuple, list, str or bytes. */
  private Object index(Object obj, Expr.Subscript s) {
    List<Object> items = CompileTimeBuiltins.items(obj);
    if (!(s.index() instanceof Expr.Slice sl)) {
      if (!(number(eval(s.index())) instanceof BigInteger i)) throw new NotConstant(s.index().pos());
      int n = items.size();
      if (i.bitLength() > 31 || (i.signum() < 0 ? n + i.intValue() < 0 : i.intValue() >= n)) {
        String what = obj instanceof String ? "string index" : obj instanceof Bytes ? "index"
            : CompileTimeValues.typeName(obj) + " index";
        throw new PyError("IndexError", what + " out of range");
      }
      return items.get(i.signum() < 0 ? n + i.intValue() : i.intValue());
    }
    int n = items.size();
    int step = sl.step() == null ? 1 : ((BigInteger) number(eval(sl.step()))).intValue();
    if (step <= 0) throw new NotConstant(s.pos());
    int lo = bound(sl.lo(), 0, n);
    int hi = bound(sl.hi(), n, n);
    List<Object> out = new ArrayList<>();
    for (int k = lo; k < hi; k += step) out.add(items.get(k));
    if (obj instanceof String) return String.join("", out.stream().map(String.class::cast).toList());
    if (obj instanceof Bytes) {
      StringBuilder sb = new StringBuilder();
      for (Object x : out) sb.append((char) ((BigInteger) x).intValue());
      return new Bytes(sb.toString());
    }
    return obj instanceof PyList ? new PyList(List.copyOf(out)) : List.copyOf(out);
  }

  private int bound(Expr e, int absent, int n) {
    if (e == null) return absent;
    if (!(eval(e) instanceof BigInteger i)) throw new NotConstant(e.pos());
    int k = i.intValue() < 0 ? n + i.intValue() : i.intValue();
    return Math.max(0, Math.min(n, k));
  }

  private static Expr literal(Object v, Pos pos) {
    if (v instanceof BigInteger i) {
      return i.signum() < 0 ? new Expr.UnaryOp(UnaryOperator.NEG, new Expr.IntLit(i.negate().toString(), i.negate(), pos), pos)
          : new Expr.IntLit(i.toString(), i, pos);
    }
    if (v instanceof Double d) {
      Expr lit = new Expr.FloatLit(CompileTimeValues.floatRepr(Math.abs(d)), Math.abs(d), pos);
      return d < 0 || 1 / d < 0 ? new Expr.UnaryOp(UnaryOperator.NEG, lit, pos) : lit;
    }
    if (v instanceof Complex z) {
      // re + imj, as the literals write it (the sign of the imaginary part on the operator)
      Expr imag = new Expr.ImagLit(Math.abs(z.im()) + "j", pos);
      boolean negative = z.im() < 0 || 1 / z.im() < 0;
      return new Expr.BinOp(negative ? BinaryOp.SUB : BinaryOp.ADD, literal(z.re(), pos), imag, pos);
    }
    if (v instanceof String s) return new Expr.StrLit(s, pos);
    if (v instanceof Bytes b) return new Expr.BytesLit(b.value(), pos);
    if (v instanceof Char c) return new Expr.CharLit(c.value(), pos);
    if (v instanceof Boolean b) return new Expr.BoolLit(b, pos);
    if (v == NONE) return new Expr.NoneLit(pos);
    if (v == CompileTimeValues.ELLIPSIS) return new Expr.EllipsisLit(pos);
    List<Expr> items = new ArrayList<>();
    for (Object x : (List<?>) v) items.add(literal(x, pos));
    return new Expr.TupleExpr(List.copyOf(items), pos);
  }
}
