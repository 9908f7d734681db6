package dev.pyxc.sema;

import dev.pyxc.ast.Expr;

/**
 * Cython's errors for what needs the GIL inside a nogil context (a {@code nogil} function's body,
 * a {@code with nogil:} block): each expression, once typed, is checked on its own, so that the
 * error points where Cython points. C values, C calls of nogil functions, views indexed and
 * sliced, and struct fields are allowed; anything that makes, reads or changes a Python object
 * is not.
 */
final class NogilChecks {
  private final FunctionChecker fn;

  NogilChecks(FunctionChecker fn) {
    this.fn = fn;
  }

  /** Names called: the call is the error (Cython does not also name the global it reads). */
  private final java.util.Set<Expr.Name> callees = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  void callee(Expr.Name n) {
    callees.add(n);
  }

  /**
   * A call, before its arguments are checked (Cython names the call's errors first): calling a
   * function that needs the GIL, and for a Python callee packing its positional arguments.
   */
  void call(Expr.Call c) {
    if (c.func() instanceof Expr.Attribute a) fn.type(a.obj());
    if (fn.cythonCalls.containsKey(c) || fn.calls.libcMathName(c.func()) != null) return;
    CFunction f = cCallee(c);
    if (f != null) {
      if (!f.nogil()) fn.report(c.pos(), "Calling gil-requiring function not allowed without gil");
      return;
    }
    if (!isPythonCall(c)) return;
    fn.report(c.pos(), "Calling gil-requiring function not allowed without gil");
    // Cython calls the builtins it knows in C; other callees get their positional arguments as a tuple.
    boolean optimisedBuiltin = c.func() instanceof Expr.Name n && !n.id().equals("print") && Builtins.NAMES.contains(n.id())
        && !fn.symbols.containsKey(n.id()) && !fn.module.moduleNames.contains(n.id());
    if (!optimisedBuiltin && c.args().stream().anyMatch(a -> a.keyword() == null)) {
      fn.report(c.pos(), "Constructing Python tuple not allowed without gil");
    }
  }

  private CFunction cCallee(Expr.Call c) {
    CFunction f = fn.calls.cfunctionCallee(c);
    if (f == null) f = fn.calls.unboundMethod(c);
    if (f == null && c.func() instanceof Expr.Attribute a) {
      ClassInfo cls = fn.module.classOf(fn.types.get(a.obj()));
      if (cls != null) f = cls.cmethod(a.name());
    }
    return f;
  }

  /** Reports {@code e} (of type {@code t}) when it needs the GIL. */
  void expr(Expr e, CType t) {
    String message = message(e, t);
    if (message != null) fn.report(e.pos(), message);
  }

  /** Whether a call (in a nogil context) calls a Python object rather than a C function. */
  boolean isPythonCall(Expr.Call c) {
    if (fn.cythonCalls.containsKey(c) || fn.calls.libcMathName(c.func()) != null) return false;
    if (cCallee(c) != null) return false;
    return !(fn.types.get(c.func()) instanceof CType.Pointer);
  }

  private String message(Expr e, CType t) {
    boolean object = t instanceof CType.PyObject;
    if (e instanceof Expr.Name n) {
      if (fn.symbols.containsKey(n.id()) || !object || callees.contains(n)) return null;
      if (fn.module.variables.containsKey(n.id()) || fn.module.cfunctions.containsKey(n.id())) return null;
      return "Accessing Python global or builtin not allowed without gil";
    }
    if (e instanceof Expr.Call) return null; // checked before its arguments (call)
    if (e instanceof Expr.Attribute a) {
      CType on = fn.types.get(a.obj());
      if (on instanceof CType.MemView || StructChecks.structOf(on) != null) return null;
      ClassInfo cls = fn.module.classOf(on);
      if (cls != null && cls.field(a.name()) != null && !object) return null;
      if (fn.calls.libcMathName(a) != null) return null;
      return object || on instanceof CType.PyObject ? "Accessing Python attribute not allowed without gil" : null;
    }
    if (e instanceof Expr.ListExpr && object) return "Constructing Python list not allowed without gil";
    if (e instanceof Expr.TupleExpr && object) return "Constructing Python tuple not allowed without gil";
    if (e instanceof Expr.DictExpr && object) return "Constructing Python dict not allowed without gil";
    if (e instanceof Expr.SetExpr && object) return "Constructing Python set not allowed without gil";
    if (e instanceof Expr.Comprehension || e instanceof Expr.Lambda) return "Operation not allowed without gil";
    if (object && (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || e instanceof Expr.Compare || e instanceof Expr.BoolOp
        || e instanceof Expr.Not || e instanceof Expr.IfExp || e instanceof Expr.Subscript)) {
      return "Operation not allowed without gil";
    }
    return null;
  }
}
