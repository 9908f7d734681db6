package dev.pyxc.ir.build;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitive;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Types;
import java.util.List;
import java.util.Set;

/**
 * Unary, binary and comparison operators: C arithmetic with Python's semantics when both sides
 * are C numbers, the object protocol otherwise, and chained comparisons.
 */
final class OperatorLowering {
  private final FunctionBuilder fb;

  OperatorLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  Register binOp(Expr.BinOp b) {
    List<Register> ops = fb.expressions.evalAll(List.of(b.left(), b.right()), operandType(b.left(), b.right()));
    if (b.op() == BinaryOp.POW && isCReal(ops.get(0).type()) && isCReal(ops.get(1).type())) {
      return power(ops.get(0), ops.get(1), fb.typeOf(b), b.pos());
    }
    return binary(b.op(), ops.get(0), ops.get(1), b.pos(), false);
  }

  private static boolean isCReal(CType t) {
    return Types.isCNumeric(t) && !(t instanceof CType.CComplex) && !Types.isUcs4(t);
  }

  /**
   * {@code a ** b} of C real numbers, in the type sema gave it (see sema's PowerTypes): C's pow of
   * a float type, an integer power, or the soft complex (the complex power of the two as doubles).
   */
  private Register power(Register l, Register r, CType t, Pos pos) {
    if (t instanceof CType.CComplex z) {
      return fb.call(dev.pyxc.ir.ComplexPrimitives.pow(z), pos, fb.coerce(l, z, pos), fb.coerce(r, z, pos));
    }
    if (t instanceof CType.CInt i) return fb.call(dev.pyxc.ir.PowerPrimitives.intPow(i), pos, fb.coerce(l, t, pos), fb.coerce(r, t, pos));
    CType.CFloat f = (CType.CFloat) t;
    return fb.call(dev.pyxc.ir.PowerPrimitives.cPow(f), pos, fb.coerce(l, f, pos), fb.coerce(r, f, pos));
  }

  /** Python objects when either side is one: literals then become constants, not boxed at run time. */
  private CType operandType(Expr left, Expr right) {
    CType l = fb.typeOf(left);
    CType r = fb.typeOf(right);
    // (A Py_UCS4 operand is its one-character str to an operator, as in Cython 3.)
    return l instanceof CType.PyObject || r instanceof CType.PyObject || Types.isUcs4(l) || Types.isUcs4(r) ? CType.OBJECT : null;
  }

  /** As {@link #operandType}; a C integer compared with a one-character literal compares with its code. */
  private CType comparedType(Expr left, Expr right) {
    CType l = fb.typeOf(left);
    CType r = fb.typeOf(right);
    if (l instanceof CType.CInt && ExpressionLowering.charCode(right) != null) return l;
    if (r instanceof CType.CInt && ExpressionLowering.charCode(left) != null) return r;
    // A Py_UCS4 compares as a C integer (its code point) with C numbers and the literals sema typed so.
    if ((Types.isUcs4(l) || Types.isUcs4(r)) && !(l instanceof CType.PyObject) && !(r instanceof CType.PyObject)) return null;
    return operandType(left, right);
  }

  Register unary(Expr.UnaryOp u) {
    CType t = fb.typeOf(u);
    if (t instanceof CType.PyObject) {
      Register v = fb.exprAs(u.operand(), CType.OBJECT);
      return fb.call(switch (u.op()) {
        case NEG -> Primitives.NEG;
        case POS -> Primitives.POS;
        case INVERT -> Primitives.INVERT;
      }, u.pos(), v);
    }
    Register v = fb.exprAs(u.operand(), t);
    if (u.op() == UnaryOperator.POS) return v;
    Register r = fb.temp(t);
    fb.add(new Op.CUnary(r, u.op().symbol, v));
    return r;
  }

  /** Binary operators: C arithmetic with Python semantics when both sides are C numbers, else the number protocol. */
  Register binary(BinaryOp op, Register l, Register r, Pos pos, boolean inPlace) {
    CType lt = l.type();
    CType rt = r.type();
    if (op == BinaryOp.POW && isCReal(lt) && isCReal(rt)) {
      // (`x **= y` stores straight into x: re-typed as x's kind where Cython does so)
      CType coerced = inPlace ? dev.pyxc.sema.PowerTypes.coerced(fb.directives.isGiven("cpow"), lt, rt, null, null, lt) : null;
      return power(l, r, coerced != null ? coerced : dev.pyxc.sema.PowerTypes.of(fb.directives.get("cpow"), lt, rt, null, null), pos);
    }
    if ((dev.pyxc.sema.CPointers.isPointerLike(lt) || dev.pyxc.sema.CPointers.isPointerLike(rt))
        && dev.pyxc.sema.CPointers.arithmetic(op, lt, rt) != null) {
      // C's pointer arithmetic: p + i, i + p, p - i (scaled by the element size), p - q (elements apart).
      Register res = fb.temp(dev.pyxc.sema.CPointers.arithmeticType(op, lt, rt));
      fb.add(new Op.CBinary(res, op.symbol, l, r));
      return res;
    }
    if ((Types.isComplex(lt) || Types.isComplex(rt)) && Types.isCArithmetic(lt) && Types.isCArithmetic(rt)) {
      return complexBinary(op, l, r, pos);
    }
    if (Types.isCNumeric(lt) && Types.isCNumeric(rt) && op != BinaryOp.POW && op != BinaryOp.MATMUL && !Types.isUcs4(lt)
        && !Types.isUcs4(rt)) {
      return cBinary(op, l, r, pos);
    }
    Register lo = fb.coerce(l, CType.OBJECT, pos);
    Register ro = fb.coerce(r, CType.OBJECT, pos);
    return fb.call(pyOp(op, inPlace), pos, lo, ro);
  }

  private Register cBinary(BinaryOp op, Register l, Register r, Pos pos) {
    CType lt = l.type();
    CType rt = r.type();
    boolean cdivision = fb.directives.get("cdivision");
    if (op == BinaryOp.DIV && Types.isInt(lt) && Types.isInt(rt) && fb.directives.cTrueDivision()) {
      Register ld = fb.coerce(l, CType.DOUBLE, pos);
      Register rd = fb.coerce(r, CType.DOUBLE, pos);
      return divide(ld, rd, CType.DOUBLE, cdivision, pos);
    }
    CType t = (op == BinaryOp.BITAND || op == BinaryOp.BITOR || op == BinaryOp.BITXOR)
        && lt instanceof CType.BInt && rt instanceof CType.BInt ? CType.BINT : Types.widest(lt, rt);
    Register lc = operand(l, t, pos);
    Register rc = operand(r, t, pos);
    switch (op) {
      case DIV -> {
        return divide(lc, rc, t, cdivision, pos);
      }
      case FLOORDIV, MOD -> {
        Register res;
        if (cdivision && t instanceof CType.CInt) {
          res = fb.temp(t);
          fb.add(new Op.CBinary(res, op == BinaryOp.FLOORDIV ? "/" : "%", lc, rc));
        } else if (cdivision && t instanceof CType.CFloat f) {
          res = fb.call(Primitives.cFloatModOrFloorDiv(op == BinaryOp.MOD, f), pos, lc, rc);
        } else {
          Primitive p = op == BinaryOp.FLOORDIV ? Primitives.cFloorDiv(t) : Primitives.cMod(t);
          res = fb.coerce(fb.call(p, pos, lc, rc), t, pos);
        }
        // Cython warns after the operation, with C or Python semantics alike.
        if (fb.directives.get("cdivision_warnings")) {
          fb.call(Primitives.cdivisionWarning(fb.outer.sourceFile, pos.line(), fb.outer.moduleName), pos, lc, rc);
        }
        return res;
      }
      default -> {
        if (fb.directives.get("overflowcheck") && dev.pyxc.ir.OverflowPrimitives.checks(op, t)) {
          return fb.call(dev.pyxc.ir.OverflowPrimitives.binary(op, (CType.CInt) t), pos, lc, rc);
        }
        Register res = fb.temp(t);
        fb.add(new Op.CBinary(res, op.symbol, lc, rc));
        return res;
      }
    }
  }

  /** C complex arithmetic (sema allows only + - * / **): both sides as the wider complex, as in Cython. */
  private Register complexBinary(BinaryOp op, Register l, Register r, Pos pos) {
    CType.CComplex t = widestComplex(l.type(), r.type());
    boolean intParts = t.real() instanceof CType.CInt;
    if (op == BinaryOp.DIV && intParts && fb.directives.trueDivision() || op == BinaryOp.POW && intParts) {
      t = (CType.CComplex) CType.DOUBLE_COMPLEX;
    }
    Register lc = fb.coerce(l, t, pos);
    Register rc = fb.coerce(r, t, pos);
    if (op == BinaryOp.POW) return fb.call(dev.pyxc.ir.ComplexPrimitives.pow(t), pos, lc, rc);
    if (op == BinaryOp.DIV && !fb.directives.get("cdivision")) return fb.call(dev.pyxc.ir.ComplexPrimitives.checkedDiv(t), pos, lc, rc);
    Register res = fb.temp(t);
    fb.add(new Op.CBinary(res, op.symbol, lc, rc));
    return res;
  }

  /**
   * An operand of C arithmetic or a comparison in type {@code t}. A header typedef's integer goes to C as
   * it is: the header's type may be wider or unsigned where Cython was told {@code int}, and Cython
   * leaves the usual arithmetic conversions to the C compiler ({@code (ULong)-1 >> 1}).
   */
  private Register operand(Register v, CType t, Pos pos) {
    if (t instanceof CType.CInt && v.type() instanceof CType.CInt && Types.headerTypedef(v.type()) != null) return v;
    return fb.coerce(v, t, pos);
  }

  private static CType.CComplex widestComplex(CType a, CType b) {
    return (CType.CComplex) Types.widest(a instanceof CType.BInt ? CType.INT : a, b instanceof CType.BInt ? CType.INT : b);
  }

  private Register divide(Register l, Register r, CType t, boolean cdivision, Pos pos) {
    if (cdivision || !(t instanceof CType.CFloat)) {
      if (!(t instanceof CType.CFloat) && !cdivision) {
        Register wide = fb.call(Primitives.cFloorDiv(t), pos, l, r);
        return fb.coerce(wide, t, pos);
      }
      Register res = fb.temp(t);
      fb.add(new Op.CBinary(res, "/", l, r));
      return res;
    }
    Register res = fb.call(Primitives.C_TRUEDIV, pos, fb.coerce(l, CType.DOUBLE, pos), fb.coerce(r, CType.DOUBLE, pos));
    return fb.coerce(res, t, pos);
  }

  private static Primitive pyOp(BinaryOp op, boolean inPlace) {
    return switch (op) {
      case ADD -> inPlace ? Primitives.IADD : Primitives.ADD;
      case SUB -> inPlace ? Primitives.ISUB : Primitives.SUB;
      case MUL -> inPlace ? Primitives.IMUL : Primitives.MUL;
      case DIV -> inPlace ? Primitives.ITRUEDIV : Primitives.TRUEDIV;
      case FLOORDIV -> inPlace ? Primitives.IFLOORDIV : Primitives.FLOORDIV;
      case MOD -> inPlace ? Primitives.IMOD : Primitives.MOD;
      case POW -> inPlace ? Primitives.IPOW : Primitives.POW;
      case LSHIFT -> inPlace ? Primitives.ILSHIFT : Primitives.LSHIFT;
      case RSHIFT -> inPlace ? Primitives.IRSHIFT : Primitives.RSHIFT;
      case BITAND -> inPlace ? Primitives.IAND : Primitives.AND;
      case BITOR -> inPlace ? Primitives.IOR : Primitives.OR;
      case BITXOR -> inPlace ? Primitives.IXOR : Primitives.XOR;
      case MATMUL -> inPlace ? Primitives.IMATMUL : Primitives.MATMUL;
    };
  }

  Register compare(Expr.Compare c, CType type) {
    CompareOp first = c.ops().get(0);
    if (c.ops().size() == 1 && (first == CompareOp.IN || first == CompareOp.NOT_IN) && fb.loops.isCIteration(c.rest().get(0))) {
      return fb.coerce(cMembership(c, first == CompareOp.NOT_IN), type, c.pos());
    }
    Expr view = Types.viewComparedWithNone(c, fb::typeOf);
    if (view != null) {
      // (a view is None or not: a C test of its owner, also without the GIL, as in Cython)
      Register none = fb.call(dev.pyxc.ir.ViewPrimitives.MV_IS_NONE, c.pos(), fb.expr(view));
      return fb.coerce(first == CompareOp.IS || first == CompareOp.EQ ? none : not(none), type, c.pos());
    }
    if (c.ops().size() == 1) {
      List<Register> ops = fb.expressions.evalAll(List.of(c.first(), c.rest().get(0)), comparedType(c.first(), c.rest().get(0)));
      return compareOne(c.ops().get(0), ops.get(0), ops.get(1), type, c.pos());
    }
    // a < b < c: each operand evaluated once, stop at the first false comparison.
    Register res = fb.hiddenVar(type, "cmp");
    BasicBlock end = fb.fn.newBlock();
    List<Expr> operands = new java.util.ArrayList<>(List.of(c.first()));
    operands.addAll(c.rest());
    Register left = cascadeOperand(operands, 0);
    Set<String> before = null;
    for (int i = 0; i < c.ops().size(); i++) {
      Register right = cascadeOperand(operands, i + 1);
      if (right.isVariable() && i + 1 < c.ops().size()) {
        Register copy = fb.temp(right.type());
        fb.add(new Op.Assign(copy, right));
        right = copy;
      }
      Register r = compareOne(c.ops().get(i), left, right, type, c.pos());
      fb.add(new Op.Assign(res, r));
      if (i + 1 < c.ops().size()) {
        BasicBlock next = fb.fn.newBlock();
        fb.branch(fb.conditions.truth(res, c.pos()), next, end);
        before = FunctionBuilder.meet(before == null ? fb.assigned : before, fb.assigned);
        fb.cur = next;
      }
      left = right;
    }
    fb.jump(end);
    fb.cur = end;
    fb.assigned = FunctionBuilder.meet(before, fb.assigned);
    return res;
  }

  /**
   * Operand {@code k} of a cascaded comparison: a one-character literal in a run of such literals
   * next to a C integer is a char code of that integer's type, as Cython gives the whole cascade
   * one C type ({@code 'a' < 'b' < c < 'z'}); anything else is its own value.
   */
  private Register cascadeOperand(List<Expr> operands, int k) {
    Expr e = operands.get(k);
    if (ExpressionLowering.charCode(e) != null) {
      for (int step : new int[] {-1, 1}) {
        int n = k + step;
        while (n >= 0 && n < operands.size() && ExpressionLowering.charCode(operands.get(n)) != null) n += step;
        if (n >= 0 && n < operands.size() && fb.typeOf(operands.get(n)) instanceof CType.CInt t) return fb.exprAs(e, t);
      }
    }
    return fb.expr(e);
  }

  /**
   * {@code x in a} over a C array or pointer slice: x evaluated once, then compared by {@code ==}
   * with each element in order until one is equal.
   */
  private Register cMembership(Expr.Compare c, boolean negated) {
    Register x = fb.expr(c.first());
    if (x.isVariable()) {
      // (the loop compares with the value x had, whatever a comparison's __eq__ rebinds)
      Register copy = fb.temp(x.type());
      fb.add(new Op.Assign(copy, x));
      x = copy;
    }
    LoopLowering.CRange range = fb.loops.cRange(c.rest().get(0), c.pos());
    Register counter = fb.hiddenVar(CType.SSIZE_T, "i");
    fb.add(new Op.Assign(counter, range.start()));
    Register found = fb.hiddenVar(CType.BINT, "found");
    BasicBlock head = fb.fn.newBlock();
    BasicBlock body = fb.fn.newBlock();
    BasicBlock next = fb.fn.newBlock();
    BasicBlock yes = fb.fn.newBlock();
    BasicBlock no = fb.fn.newBlock();
    BasicBlock end = fb.fn.newBlock();
    fb.jump(head);
    fb.cur = head;
    fb.branch(fb.loops.inRange(range, counter), body, no);
    fb.cur = body;
    Register elem = fb.call(dev.pyxc.ir.PointerPrimitives.load(range.elem()), c.pos(), range.pointer(), counter);
    fb.branch(compareOne(CompareOp.EQ, x, elem, CType.BINT, c.pos()), yes, next);
    fb.cur = next;
    fb.loops.advance(range, counter);
    fb.jump(head);
    fb.cur = yes;
    fb.add(new Op.Assign(found, fb.cConst(java.math.BigInteger.valueOf(negated ? 0 : 1), CType.BINT)));
    fb.jump(end);
    fb.cur = no;
    fb.add(new Op.Assign(found, fb.cConst(java.math.BigInteger.valueOf(negated ? 1 : 0), CType.BINT)));
    fb.jump(end);
    // (Both ways to the end assign found; nothing else is assigned on the way.)
    fb.cur = end;
    return found;
  }

  private Register compareOne(CompareOp op, Register l, Register r, CType resultType, Pos pos) {
    if (dev.pyxc.sema.CPointers.isPointerLike(l.type()) && dev.pyxc.sema.CPointers.isPointerLike(r.type())) {
      // Addresses compare as C compares them; `is` is `==` on pointers.
      String c = op == CompareOp.IS ? "==" : op == CompareOp.IS_NOT ? "!=" : op.symbol;
      Register res = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(res, c, l, r));
      return fb.coerce(res, resultType, pos);
    }
    if ((Types.isComplex(l.type()) || Types.isComplex(r.type())) && Types.isCArithmetic(l.type()) && Types.isCArithmetic(r.type())
        && (op == CompareOp.EQ || op == CompareOp.NE)) {
      CType t = widestComplex(l.type(), r.type());
      Register res = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(res, op.symbol, fb.coerce(l, t, pos), fb.coerce(r, t, pos)));
      return fb.coerce(res, resultType, pos);
    }
    if (Types.isCNumeric(l.type()) && Types.isCNumeric(r.type())
        && op != CompareOp.IN && op != CompareOp.NOT_IN && op != CompareOp.IS && op != CompareOp.IS_NOT) {
      CType t = Types.widest(l.type(), r.type());
      Register res = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(res, op.symbol, operand(l, t, pos), operand(r, t, pos)));
      return fb.coerce(res, resultType, pos);
    }
    Register lo = fb.coerce(l, CType.OBJECT, pos);
    Register ro = fb.coerce(r, CType.OBJECT, pos);
    Register res;
    switch (op) {
      case IS, IS_NOT -> {
        res = fb.temp(CType.BINT);
        fb.add(new Op.Call(res, Primitives.IS, List.of(lo, ro)));
        if (op == CompareOp.IS_NOT) res = not(res);
      }
      case IN, NOT_IN -> {
        Register st = fb.call(Primitives.contains(r.type()), pos, lo, ro);
        res = fb.temp(CType.BINT);
        fb.add(new Op.Cast(res, st));
        if (op == CompareOp.NOT_IN) res = not(res);
      }
      default -> res = fb.call(switch (op) {
        case LT -> Primitives.RICHCOMPARE_LT;
        case LE -> Primitives.RICHCOMPARE_LE;
        case GT -> Primitives.RICHCOMPARE_GT;
        case GE -> Primitives.RICHCOMPARE_GE;
        case EQ -> Primitives.RICHCOMPARE_EQ;
        default -> Primitives.RICHCOMPARE_NE;
      }, pos, lo, ro);
    }
    return fb.coerce(res, resultType, pos);
  }

  private Register not(Register b) {
    Register r = fb.temp(CType.BINT);
    fb.add(new Op.CUnary(r, "!", b));
    return r;
  }
}
