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

/**
 * Cython's {@code DEF NAME = expr}: a constant the parser computes and puts in place of every
 * later use of the name, as Cython's parser does. The values are Python's: integers of any size,
 * floats, complex numbers, str, bytes, booleans, None and tuples of them, with arithmetic, comparisons, boolean
 * operators, indexing and slicing of tuples, and earlier constants.
 */
final class CompileTimeConstants {
  /** The value of a DEF: a literal expression, re-made at each use with the use's position. */
  private final Map<String, Object> values = new HashMap<>();

  /** Raised for an expression this evaluator does not compute; the parser names DEF as unsupported there. */
  static final class NotConstant extends RuntimeException {
    final Pos pos;

    NotConstant(Pos pos) {
      super(null, null, false, false);
      this.pos = pos;
    }
  }

  private record Bytes(String value) {}

  private record Char(int value) {}

  /** A complex value (an imaginary literal, or arithmetic with one). */
  private record Complex(double re, double im) {}

  private static final Object NONE = new Object();

  void define(String name, Expr value) {
    values.put(name, eval(value));
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

  /** The expression a use of {@code name} at {@code pos} stands for. */
  Expr use(String name, Pos pos) {
    return literal(values.get(name), pos);
  }

  private Object eval(Expr e) {
    if (e instanceof Expr.IntLit i) return i.value();
    if (e instanceof Expr.FloatLit f) return f.value();
    if (e instanceof Expr.ImagLit i) return new Complex(0.0, Double.parseDouble(i.text().substring(0, i.text().length() - 1).replace("_", "")));
    if (e instanceof Expr.StrLit s) return s.value();
    if (e instanceof Expr.BytesLit b) return new Bytes(b.value());
    if (e instanceof Expr.CharLit c) return new Char(c.value());
    if (e instanceof Expr.BoolLit b) return b.value();
    if (e instanceof Expr.NoneLit) return NONE;
    if (e instanceof Expr.Name n && values.containsKey(n.id())) return values.get(n.id());
    if (e instanceof Expr.TupleExpr t) {
      List<Object> items = new ArrayList<>();
      for (Expr x : t.elts()) items.add(eval(x));
      return items;
    }
    if (e instanceof Expr.UnaryOp u) {
      Object v = eval(u.operand());
      if (v instanceof Boolean b) v = b ? BigInteger.ONE : BigInteger.ZERO;
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
    if (e instanceof Expr.Subscript s && eval(s.obj()) instanceof List<?> items) return index(items, s);
    throw new NotConstant(e.pos());
  }

  private static boolean truth(Object v, Pos pos) {
    if (v instanceof Boolean b) return b;
    if (v instanceof BigInteger i) return i.signum() != 0;
    if (v instanceof Double d) return d != 0;
    if (v instanceof String s) return !s.isEmpty();
    if (v instanceof List<?> l) return !l.isEmpty();
    if (v == NONE) return false;
    throw new NotConstant(pos);
  }

  private static boolean compare(dev.pyxc.ast.CompareOp op, Object l, Object r, Pos pos) {
    if (l instanceof Boolean b) l = b ? BigInteger.ONE : BigInteger.ZERO;
    if (r instanceof Boolean b) r = b ? BigInteger.ONE : BigInteger.ZERO;
    int c;
    if (l instanceof BigInteger a && r instanceof BigInteger b) c = a.compareTo(b);
    else if ((l instanceof BigInteger || l instanceof Double) && (r instanceof BigInteger || r instanceof Double)) {
      c = Double.compare(((Number) l).doubleValue(), ((Number) r).doubleValue());
    } else if (l instanceof String a && r instanceof String b) c = a.compareTo(b);
    else throw new NotConstant(pos);
    return switch (op) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      case EQ -> c == 0;
      case NE -> c != 0;
      default -> throw new NotConstant(pos);
    };
  }

  private static Object binary(BinaryOp op, Object l, Object r, Pos pos) {
    if (l instanceof Boolean b) l = b ? BigInteger.ONE : BigInteger.ZERO;
    if (r instanceof Boolean b) r = b ? BigInteger.ONE : BigInteger.ZERO;
    if (l instanceof BigInteger a && r instanceof BigInteger b) {
      switch (op) {
        case ADD: return a.add(b);
        case SUB: return a.subtract(b);
        case MUL: return a.multiply(b);
        case FLOORDIV:
          if (b.signum() == 0) throw new NotConstant(pos);
          BigInteger[] qr = a.divideAndRemainder(b);
          return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
        case MOD:
          if (b.signum() == 0) throw new NotConstant(pos);
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
          if (b.signum() == 0) throw new NotConstant(pos);
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
          if (b == 0) throw new NotConstant(pos);
          yield a / b;
        }
        default -> throw new NotConstant(pos);
      };
    }
    if ((l instanceof Complex || r instanceof Complex) && !(l instanceof String || l instanceof List<?> || r instanceof String
        || r instanceof List<?>)) {
      return complex(op, complexOf(l, pos), complexOf(r, pos), pos);
    }
    if (op == BinaryOp.ADD && l instanceof String a && r instanceof String b) return a + b;
    if (op == BinaryOp.ADD && l instanceof List<?> a && r instanceof List<?> b) {
      List<Object> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }
    throw new NotConstant(pos);
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

  private Object index(List<?> items, Expr.Subscript s) {
    if (!(s.index() instanceof Expr.Slice sl)) {
      if (!(eval(s.index()) instanceof BigInteger i)) throw new NotConstant(s.index().pos());
      int k = i.intValue() < 0 ? items.size() + i.intValue() : i.intValue();
      if (k < 0 || k >= items.size()) throw new NotConstant(s.pos());
      return items.get(k);
    }
    int n = items.size();
    int step = sl.step() == null ? 1 : ((BigInteger) eval(sl.step())).intValue();
    if (step <= 0) throw new NotConstant(s.pos());
    int lo = bound(sl.lo(), 0, n);
    int hi = bound(sl.hi(), n, n);
    List<Object> out = new ArrayList<>();
    for (int k = lo; k < hi; k += step) out.add(items.get(k));
    return out;
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
      Expr lit = new Expr.FloatLit(Double.toString(Math.abs(d)), Math.abs(d), pos);
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
    List<Expr> items = new ArrayList<>();
    for (Object x : (List<?>) v) items.add(literal(x, pos));
    return new Expr.TupleExpr(List.copyOf(items), pos);
  }
}
