package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import java.util.List;

/**
 * A cdef method named through a typed instance where a C function pointer is wanted ({@code fp =
 * obj.m}, {@code <int (*)(A, int)> obj.m}, {@code obj.m[double]} of a fused one): the function the
 * instance's vtable holds for it, taking the instance as its first argument, as Cython reads it. A
 * fused method stands for the specialization of the pointer's type, or the one named. Not a method
 * with optional arguments where a pointer is assigned (its C function takes their count too), nor
 * a cpdef one: Cython refuses both, their C functions taking more than the method's arguments.
 */
final class MethodPointers {
  private final FunctionChecker fn;

  MethodPointers(FunctionChecker fn) {
    this.fn = fn;
  }

  /** {@code value} stored where a pointer of type {@code to} is wanted: recorded when it names such a method. */
  void forTarget(Expr value, CType to) {
    if (!(value instanceof Expr.Attribute a) || !(to instanceof CType.Pointer p && p.target() instanceof CType.Function)) return;
    ClassInfo cls = classOf(a.obj());
    if (cls == null) return;
    FusedFunctions.Group g = fn.module.fused.methodGroup(cls, a.name());
    if (g == null) {
      // (one whose type differs is recorded too: the assignment then reports the two types, as Cython does)
      CFunction m = cls.cmethod(a.name());
      if (m == null || m.countsOptional()) return;
      fn.methodPointers.put(a, m);
      if (m.cpdef()) {
        // Cython's cpdef method also takes a flag that skips the lookup of a Python override.
        CType.Function ft = (CType.Function) CPointers.pointerTo(m).target();
        fn.report(a.pos(), "Cannot assign type '" + ft.result().name() + " (" + ft.paramNames() + ", int __pyx_skip_dispatch)"
            + ft.exceptName() + "' to '" + to.name() + "'");
      }
      return;
    }
    for (FusedFunctions.Specialization s : g.specializations()) {
      CFunction f = cls.cmethod(s.def().name());
      if (f != null && !f.countsOptional() && CPointers.functionAssignError((CType.Function) CPointers.pointerTo(f).target(), null, p) == null) {
        fn.methodPointers.put(a, f);
        return;
      }
    }
  }

  /** {@code obj.m[double]} of a fused cdef method as a value: the specialization's pointer type, or null for any other subscript. */
  CType subscript(Expr.Subscript s) {
    if (!(s.obj() instanceof Expr.Attribute a)) return null;
    ClassInfo cls = classOf(a.obj());
    FusedFunctions.Group g = cls == null ? null : fn.module.fused.methodGroup(cls, a.name());
    if (g == null) return null;
    fn.type(a.obj());
    CFunction f = fn.calls.fused.specializationNamed(s, g);
    if (f == null) return CType.ERROR;
    fn.methodPointers.put(s, f);
    return CPointers.pointerTo(f);
  }

  /** The extension type a variable is declared as (a local, or a module variable the function does not shadow), or null. */
  private ClassInfo classOf(Expr obj) {
    if (!(obj instanceof Expr.Name n)) return null;
    Symbol s = fn.symbols.get(n.id());
    CType t = s != null ? s.type() : fn.module.variables.containsKey(n.id()) ? fn.module.variables.get(n.id()).type() : null;
    return t == null ? null : fn.module.classOf(t);
  }
}
