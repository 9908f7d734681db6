package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Types;

/**
 * Casts {@code <T>x} and {@code <T?>x} (Cython's TypecastNode). To a C type the operand is
 * coerced as anywhere else: a C conversion between C values ({@code Op.Cast}, or {@code != 0}
 * for bint), the unboxing an assignment uses from an object. To {@code object} a C value is
 * boxed and an object is used as it is. To a builtin type an object keeps its identity under the
 * new static type: {@code retype_T} steals the operand's reference and returns it (see
 * {@link Primitives#retype}), after an exact type test for {@code <T?>}; a C value is boxed and
 * always tested, as Cython does, except a C integer cast to bytes, which becomes one byte.
 */
final class CastLowering {
  private final FunctionBuilder fb;

  CastLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** {@code <T[:n, :m]> p}: a cython.array over the pointer's (or C array's) memory, each length a Py_ssize_t. */
  private Register cythonArray(Expr.Cast c, dev.pyxc.sema.CythonArrayCast array, CType.PyObject to) {
    java.util.List<Register> args = new java.util.ArrayList<>();
    args.add(fb.expressions.expr(c.operand()));
    for (int i = 0; i < array.ndim(); i++) {
      Expr length = array.lengths().get(i);
      args.add(length != null ? fb.expressions.exprAs(length, CType.SSIZE_T)
          : fb.cConst(java.math.BigInteger.valueOf(array.sizes().get(i)), CType.SSIZE_T));
    }
    return fb.call(dev.pyxc.ir.PointerPrimitives.cythonArray(array, to), c.pos(), args.toArray(new Register[0]));
  }

  Register cast(Expr.Cast c) {
    CType to = fb.typeOf(c);
    CType from = fb.typeOf(c.operand());
    dev.pyxc.sema.CythonArrayCast array = fb.fi.arrayCasts().get(c);
    if (array != null) return cythonArray(c, array, (CType.PyObject) to);
    if (to instanceof CType.Void) return fb.expressions.expr(c.operand()); // evaluated, its value dropped
    if (to instanceof CType.Pointer p) return fb.pointers.cast(c, p);
    // (`<object>cfunc`: the function as a Python object, not an object at its address)
    if (to instanceof CType.PyObject && fb.fi.cfunctionObjects().containsKey(c.operand())) return fb.expr(c.operand());
    if (to instanceof CType.PyObject && from instanceof CType.Pointer p && !p.isCharPtr()) return fb.pointers.objectAt(c);
    if (!(to instanceof CType.PyObject obj)) return fb.expressions.exprAs(c.operand(), to);
    if (obj.isExtType()) {
      // <Point>x only retypes; <Point?>x tests the type (a subtype passes, None does not).
      Register v = fb.expressions.exprAs(c.operand(), CType.OBJECT);
      if (c.checked()) fb.call(dev.pyxc.ir.ClassPrimitives.extTypeTest(fb.outer.info.classOf(obj), false), c.pos(), v);
      return fb.call(Primitives.retype(obj), c.pos(), v);
    }
    if (obj.builtin() == null) return fb.expressions.exprAs(c.operand(), to);
    Register chars = fb.pointers.charsCast(c, obj);
    if (chars != null) return fb.call(Primitives.retype(obj), c.pos(), chars);
    if (obj.builtin().equals("bytes") && Types.isInt(from)) {
      return fb.call(Primitives.byteOf(from), c.pos(), fb.expressions.expr(c.operand()));
    }
    if (obj.builtin().equals("bool") && Types.isCNumeric(from)) {
      // <bool> of a C value is its truth as a bool, as Cython casts it (assigning it boxes and tests instead).
      Register truth = fb.expressions.exprAs(c.operand(), CType.BINT);
      return fb.call(Primitives.retype(obj), c.pos(), fb.call(Primitives.BOX_BINT, c.pos(), truth));
    }
    // (an array cast to tuple is made a tuple, as Cython makes it)
    if (from instanceof CType.CArray && obj.builtin().equals("tuple")) return fb.expressions.exprAs(c.operand(), to);
    if (!(from instanceof CType.PyObject)) {
      Register boxed = fb.expressions.exprAs(c.operand(), CType.OBJECT);
      fb.call(Primitives.typeTest(obj), c.pos(), boxed);
      return fb.call(Primitives.retype(obj), c.pos(), boxed);
    }
    Register v = fb.expressions.expr(c.operand());
    if (from.equals(to)) {
      if (c.checked()) fb.call(Primitives.noneTest(obj), c.pos(), v);
      return v;
    }
    if (c.checked()) fb.call(Primitives.typeTest(obj), c.pos(), v);
    return fb.call(Primitives.retype(obj), c.pos(), v);
  }
}
