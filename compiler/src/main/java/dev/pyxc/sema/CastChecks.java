package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;

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
    if (c.operand() instanceof Expr.Name && !(c.type() instanceof TypeRef.MemoryView) && fn.module.fused.group(((Expr.Name) c.operand()).id()) != null) {
      fn.calls.fused.specializeFor(c.operand(), fn.module.resolve(c.type())); // `<double (*)(double)> f` of a cdef fused f
    } else if (c.operand() instanceof Expr.Attribute && c.type() instanceof TypeRef.Pointer) {
      fn.methodPointerChecks.forTarget(c.operand(), fn.module.resolve(c.type())); // `<int (*)(A, int)> obj.m`
    }
    CType from = fn.type(c.operand());
    CType to = target(c, from);
    if (from == null || c.type() instanceof TypeRef.MemoryView) return to; // (a cython.array: checked as it was made)
    if (from instanceof CType.Void) {
      fn.report(c.operand().pos(), "Cannot convert 'void' to '" + to.name() + "'");
    } else if (from instanceof CType.MemView && to instanceof CType.BInt) {
      fn.report(c.operand().pos(), "Type '" + from.name() + "' not acceptable as a boolean");
    } else if (from instanceof CType.PyObject && to instanceof CType.Pointer p && isPrimitivePointer(p)) {
      fn.report(c.pos(), "Python objects cannot be cast to pointers of primitive types");
    } else if (to instanceof CType.PyObject && from instanceof CType.Pointer p && p.isFunction() && fn.module.cfunctionObjects.wraps(fn, c.operand())) {
      // `<object>cfunc`: the cdef function as a Python object.
    } else if (to instanceof CType.PyObject && from instanceof CType.Pointer p && isPrimitivePointer(p)) {
      fn.report(c.pos(), "Python objects cannot be cast from pointers of primitive types");
    } else if (from instanceof CType.PyObject && to instanceof CType.Pointer && isTemporary(c.operand(), fn.types)) {
      fn.report(c.pos(), "Casting temporary Python object to non-numeric non-Python type");
    } else if (to instanceof CType.CArray) {
      fn.report(c.pos(), "'cast to a C array' is not supported by pyxc");
    } else if (to instanceof CType.Pointer tp && tp.target() instanceof CType.Function t && t.nogil()
        && from instanceof CType.Pointer fp && fp.target() instanceof CType.Function f && !f.nogil()) {
      if (fn.recording) fn.diags.warning(c.pos(), "Casting a GIL-requiring function into a nogil function circumvents GIL validation");
    } else if (to instanceof CType.PyObject t && "bool".equals(t.builtin()) && from instanceof CType.PyObject f
        && f.builtin() != null && !f.builtin().equals("bool")) {
      if (fn.recording) fn.diags.warning(c.pos(), "Cast from '" + from.name() + "' to 'bool' is invalid at runtime. Did you mean to call 'bool()'?");
    } else if (from instanceof CType.MemView && !to.equals(CType.OBJECT)) {
      // Cython emits a C cast of the slice struct here, which its C compiler then rejects.
      fn.report(c.pos(), "'cast of a memoryview to " + to.name() + "' is not supported by pyxc");
    }
    return to;
  }

  /**
   * A pointer an object may not be cast to or from: to a C number or pointer. {@code void *},
   * {@code char *} (the object's bytes) and struct pointers ({@code PyObject *}, borrowed) may.
   */
  private static boolean isPrimitivePointer(CType.Pointer p) {
    return !p.isVoid() && !p.isCharPtr() && !(p.target() instanceof CType.Struct);
  }

  /**
   * A Python value that lives only as long as the expression (a call's result, an operator's):
   * a pointer into it would dangle at once. Names and constants are held elsewhere, and so, as
   * Cython reasons, are an attribute or item of a value held elsewhere, except an item of a
   * str, bytes or bytearray (a new object).
   */
  static boolean isTemporary(Expr e, java.util.Map<Expr, CType> types) {
    if (e instanceof Expr.Name || e instanceof Expr.StrLit || e instanceof Expr.BytesLit || e instanceof Expr.NoneLit) return false;
    if (e instanceof Expr.Attribute a) return isTemporary(a.obj(), types);
    if (e instanceof Expr.Cast cast) return isTemporary(cast.operand(), types);
    if (e instanceof Expr.Subscript s) {
      return isTemporary(s.obj(), types) || types.get(s.obj()) instanceof CType.PyObject o
          && o.builtin() != null && java.util.Set.of("str", "bytes", "bytearray").contains(o.builtin());
    }
    return true;
  }

  /**
   * {@code <T[:n, :m]> p}: a cython.view.array over a pointer's or C array's memory, checked as
   * Cython checks it (with its messages); an array's lengths default to its dimensions.
   */
  private CType cythonArray(Expr.Cast c, TypeRef.MemoryView mv, CType from) {
    CType dtype = fn.module.resolve(mv.dtype());
    List<Expr> lengths = new ArrayList<>();
    for (TypeRef.Axis axis : mv.axes()) {
      lengths.add(axis.length());
      if (axis.length() != null) fn.type(axis.length());
    }
    if (from == null) return CType.OBJECT;
    if (!(from instanceof CType.Pointer || from instanceof CType.CArray || from instanceof CType.NullPtr)) {
      fn.report(c.operand().pos(), "Can only create cython.array from pointer or array");
      return CType.ERROR;
    }
    List<Integer> sizes = new ArrayList<>();
    CType base = from;
    while (base instanceof CType.CArray a) {
      sizes.add(a.size());
      base = a.elem();
    }
    if (from instanceof CType.Pointer p) base = p.target();
    if (from instanceof CType.NullPtr) base = CType.VOID;
    if (!base.equals(dtype) && !(base instanceof CType.Void)) {
      fn.report(c.operand().pos(), "Pointer base type does not match cython.array base type");
      return CType.ERROR;
    }
    if (from instanceof CType.CArray && sizes.size() != lengths.size()) {
      fn.report(c.operand().pos(), "Expected " + lengths.size() + " dimensions, array has " + sizes.size() + " dimensions");
      return CType.ERROR;
    }
    boolean fortran = false;
    for (int i = 0; i < mv.axes().size(); i++) {
      TypeRef.Axis axis = mv.axes().get(i);
      if (axis.length() == null && sizes.isEmpty()) {
        fn.report(mv.bracket(), "Stop must be provided to indicate shape"); // (at the '[', as Cython reports it)
        return CType.ERROR;
      }
      CType n = axis.length() == null ? CType.SSIZE_T : fn.types.get(axis.length());
      if (n != null && !(n instanceof CType.CInt || n instanceof CType.BInt || n instanceof CType.PyObject)) {
        fn.report(axis.length().pos(), "Cannot assign type '" + n.name() + "' to 'Py_ssize_t'");
        return CType.ERROR;
      }
      boolean firstOrLast = i == 0 || i == mv.axes().size() - 1;
      if (axis.spec() != null || axis.contiguous() && !firstOrLast) {
        fn.report(axis.specPos(), "Strides may only be given to indicate contiguity. Consider slicing it after conversion");
        return CType.ERROR;
      }
      if (axis.contiguous() && i == 0) fortran = true;
    }
    if (!(dtype instanceof CType.CInt || dtype instanceof CType.CFloat || dtype instanceof CType.CComplex || Types.isStructDtype(dtype))) {
      fn.report(c.pos(), "'cython.array of " + dtype.name() + "' is not supported by pyxc");
      return CType.ERROR;
    }
    ClassInfo array = fn.module.classes.cythonArray();
    if (array == null) {
      fn.report(c.pos(), "'cython.array outside a module compiled from a file' is not supported by pyxc");
      return CType.ERROR;
    }
    if (fn.recording) fn.arrayCasts.put(c, new CythonArrayCast(dtype, fortran, java.util.Collections.unmodifiableList(lengths), List.copyOf(sizes)));
    return array.type();
  }

  /** A type name in a cast: an extension type or a C or builtin type; Cython's message otherwise. */
  private CType named(TypeRef.Named n) {
    CType to = fn.module.typeNamed(n.name());
    if (to == null) fn.report(n.pos(), "'" + n.name() + "' is not a type identifier");
    if (to != null && FusedTypes.contains(to)) {
      fn.report(n.pos(), "Type is not specialized");
      return CType.ERROR;
    }
    return to;
  }

  private CType target(Expr.Cast c, CType from) {
    if (c.type() instanceof TypeRef.MemoryView mv) return cythonArray(c, mv, from);
    int stars = 0;
    TypeRef base = c.type();
    while (base instanceof TypeRef.Pointer || base instanceof TypeRef.Const) {
      if (base instanceof TypeRef.Pointer p) stars++;
      base = base instanceof TypeRef.Pointer p ? p.target() : ((TypeRef.Const) base).target();
    }
    if (base instanceof TypeRef.CTuple || base instanceof TypeRef.Function) return fn.module.resolve(c.type()); // (`<int (*)(int)>`)
    if (!(base instanceof TypeRef.Named n)) {
      fn.report(c.pos(), "'pointer to a memoryview' is not supported by pyxc");
      return CType.OBJECT;
    }
    if (stars > 0) {
      CType to = n.name().equals("void") ? CType.VOID : named(n);
      if (to == null) return CType.OBJECT;
      for (int i = 0; i < stars; i++) to = new CType.Pointer(to);
      return to;
    }
    // `<void>x`: x evaluated and its value dropped (a statement of its own; `<void>numpy.import_array`
    // names numpy's importer, so that no call is added: see NumpyImport).
    if (n.name().equals("void")) return CType.VOID;
    CType to = named(n);
    if (to == null) return CType.OBJECT;
    if (c.checked() && to.equals(CType.OBJECT)) {
      // Cython 3.3.0 crashes on <object?>x (a type test against no particular type).
      fn.report(c.pos(), "'<object?>' cast is not supported by pyxc");
    }
    return to;
  }
}
