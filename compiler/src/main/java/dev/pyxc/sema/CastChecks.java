package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.TypeRef;

/**
 * Cython's C cast {@code <T>x} and type-testing cast {@code <T?>x} (Cython's TypecastNode): the
 * type a cast gives, and the casts Cython refuses or pyxc does not support. Every C type converts
 * to every other as in C; an object converts to a C type as an assignment to a typed variable
 * does; a C value or a view becomes an object; an object keeps its identity under the new type.
 */
final class CastChecks {
  private final FunctionChecker fn;

  CastChecks(FunctionChecker fn) {
    this.fn = fn;
  }

  /** The cast's type; null while the operand's type is still unknown during inference. */
  CType cast(Expr.Cast c) {
    CType from = fn.type(c.operand());
    CType to = target(c);
    if (from == null) return to;
    if (from instanceof CType.Void) {
      fn.report(c.operand().pos(), "Cannot convert 'void' to '" + to.name() + "'");
    } else if (from instanceof CType.MemView && to instanceof CType.BInt) {
      fn.report(c.operand().pos(), "Type '" + from.name() + "' not acceptable as a boolean");
    } else if (from instanceof CType.MemView && !to.equals(CType.OBJECT)) {
      // Cython emits a C cast of the slice struct here, which its C compiler then rejects.
      fn.report(c.pos(), "'cast of a memoryview to " + to.name() + "' is not supported by pyxc");
    }
    return to;
  }

  private CType target(Expr.Cast c) {
    if (c.type() instanceof TypeRef.MemoryView) {
      // Cython reads <double[:]>x as making a cython.array, which takes a C pointer or array.
      fn.report(c.operand().pos(), "Can only create cython.array from pointer or array");
      return CType.OBJECT;
    }
    TypeRef.Named n = (TypeRef.Named) c.type();
    if (n.name().equals("void")) {
      fn.report(c.pos(), "'<void>' cast is not supported by pyxc");
      return CType.OBJECT;
    }
    ClassInfo cls = fn.module.classes.classes.get(n.name());
    CType to = cls != null ? cls.type() : Types.named(n.name());
    if (to == null) {
      fn.report(n.pos(), "'" + n.name() + "' is not a type identifier");
      return CType.OBJECT;
    }
    if (c.checked() && to.equals(CType.OBJECT)) {
      // Cython 3.3.0 crashes on <object?>x (a type test against no particular type).
      fn.report(c.pos(), "'<object?>' cast is not supported by pyxc");
    }
    return to;
  }
}
