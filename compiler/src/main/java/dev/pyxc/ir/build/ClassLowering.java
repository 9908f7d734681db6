package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.ClassPrimitives;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CFunction;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.ClassInfo;
import dev.pyxc.sema.ModuleGlobals;
import java.util.List;

/**
 * Extension-type instances: C-level attribute reads and stores, direct calls of cdef methods,
 * and constructor calls. The instance is tested for None first (Python's AttributeError), except
 * a method's {@code self} while the method never rebinds it.
 */
final class ClassLowering {
  private final FunctionBuilder fb;
  private Boolean selfRebound;

  ClassLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** The extension type whose C attribute {@code a} names, or null for a Python attribute. */
  ClassInfo fieldOwner(Expr.Attribute a) {
    ClassInfo cls = fb.outer.info.classOf(fb.typeOf(a.obj()));
    return cls != null && cls.field(a.name()) != null ? cls : null;
  }

  Register readField(Expr.Attribute a, ClassInfo cls) {
    Register obj = instance(a.obj(), a.name(), a.pos());
    return fb.call(ClassPrimitives.getField(cls, a.name()), a.pos(), obj);
  }

  /** {@code obj.f = value}: the value is made as the field's type first, then the instance evaluated. */
  void storeField(Expr.Attribute a, ClassInfo cls, Register value, Pos pos) {
    CType t = cls.field(a.name()).type();
    Register v = fb.coerce(value, t, pos);
    Register obj = instance(a.obj(), a.name(), a.pos());
    fb.call(ClassPrimitives.setField(cls, a.name()), a.pos(), obj, v);
  }

  /** {@code obj.f op= value} on a C attribute: the instance is evaluated once. */
  void augAssignField(Stmt.AugAssign s, Expr.Attribute a, ClassInfo cls) {
    CType t = cls.field(a.name()).type();
    Register obj = instance(a.obj(), a.name(), a.pos());
    Register old = fb.call(ClassPrimitives.getField(cls, a.name()), a.pos(), obj);
    Register rhs = t instanceof CType.PyObject ? fb.exprAs(s.value(), CType.OBJECT) : fb.expr(s.value());
    Register result = fb.operators.binary(s.op(), old, rhs, s.pos(), true);
    fb.call(ClassPrimitives.setField(cls, a.name()), a.pos(), obj, fb.coerce(result, t, s.pos()));
  }

  /** {@code obj.m(args)} for a cdef method: a direct C call with the instance as self. */
  Register callMethod(Expr.Call c, Expr.Attribute a, ClassInfo cls, CFunction m) {
    Register obj = instance(a.obj(), a.name(), a.pos());
    Register[] rest = fb.calls.cArguments(c, m.params(), m.defaults(), 1);
    Register[] args = new Register[rest.length + 1];
    args[0] = obj;
    System.arraycopy(rest, 0, args, 1, rest.length);
    return fb.call(ClassPrimitives.methodCall(cls, m), c.pos(), args);
  }

  /**
   * {@code Base.m(self, args)} or {@code super().m(args)}: that implementation, called directly.
   * Through super() the instance is the method's own self.
   */
  Register callUnbound(Expr.Call c, CFunction m) {
    if (((Expr.Attribute) c.func()).obj() instanceof Expr.Name) {
      return fb.call(Primitives.cdefCall(m), c.pos(), fb.calls.cArguments(c, m.params(), m.defaults(), 0));
    }
    Register[] rest = fb.calls.cArguments(c, m.params(), m.defaults(), 1);
    Register[] args = new Register[rest.length + 1];
    args[0] = fb.fn.params.get(0);
    System.arraycopy(rest, 0, args, 1, rest.length);
    return fb.call(Primitives.cdefCall(m), c.pos(), args);
  }

  /** {@code super()} in a method: {@code super(Type, self)}, as Python's compiler makes it from the class cell. */
  Register zeroArgumentSuper(Expr.Call c) {
    Register superType = fb.module.global("super", c.pos());
    Register type = fb.call(ClassPrimitives.typeObject(fb.fi.owner()), c.pos());
    return fb.calls.callPy(superType, List.of(type, fb.fn.params.get(0)), List.of(), c.pos());
  }

  /**
   * {@code Point(args)}: a call of the type object itself (not of the module global, which code
   * may rebind), whose result is known to be a Point.
   */
  Register construct(Expr.Call c, ClassInfo cls) {
    Register type = fb.call(ClassPrimitives.typeObject(cls), c.pos());
    List<Expr> values = c.args().stream().map(Expr.Arg::value).toList();
    Register[] args = fb.expressions.objects(values);
    List<String> kw = c.args().stream().filter(x -> x.keyword() != null).map(Expr.Arg::keyword).toList();
    Register made = fb.calls.callPy(type, List.of(args), kw, c.pos());
    return fb.call(Primitives.retype(cls.type()), c.pos(), made);
  }

  /** The instance an attribute is read from, tested for None unless it is an unrebound self. */
  private Register instance(Expr obj, String attribute, Pos pos) {
    Register r = fb.expr(obj);
    if (!isSelf(obj)) fb.call(ClassPrimitives.attrNotNone(attribute), pos, r);
    return r;
  }

  private boolean isSelf(Expr obj) {
    if (fb.fi.owner() == null || !(obj instanceof Expr.Name n) || fb.fn.params.isEmpty()) return false;
    if (!n.id().equals(fb.fn.params.get(0).name()) || fb.vars.get(n.id()) != fb.fn.params.get(0)) return false;
    if (selfRebound == null) selfRebound = ModuleGlobals.boundBy(fb.fi.def().body()).contains(n.id());
    return !selfRebound;
  }
}
