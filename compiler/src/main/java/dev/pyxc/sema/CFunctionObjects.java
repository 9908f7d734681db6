package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cdef function used as a Python object (Cython's autowrap, its {@code cfunc.to_py} utility):
 * a module-level def named {@code wrap} made for it, taking its parameters (whose C types convert
 * the arguments, with a def's errors), calling it and returning its result, documented as Cython
 * documents it ({@code wrap(x: float) -> float}). Each use makes a new function object of it, as
 * Cython makes its closure at each; the module binds no name to it. A function with optional
 * arguments, or one a parameter or result of which has no Python form, is refused as before. A
 * cdef method so used ({@code Cls.m}, {@code obj.m}) is the same for the method: its wrap takes
 * the instance first (typed as the class) and calls the method; through an instance it is bound
 * to it (a {@code method} object), as in Cython.
 */
final class CFunctionObjects {
  private final Checker module;
  /** The wrapper of each C function used so, by the function's name, in the order first used. */
  final Map<String, Stmt.FuncDef> wrappers = new LinkedHashMap<>();
  private int typeNames;
  /** The module's statements, where a function's definition gives its wrapper's line (for tracebacks). */
  private List<Stmt> moduleBody = List.of();

  CFunctionObjects(Checker module) {
    this.module = module;
  }

  void definedIn(List<Stmt> body) {
    moduleBody = body;
  }

  /** Where function {@code name} (a method of {@code owner}) is defined in this module, else {@code use}. */
  private Pos definition(String name, ClassInfo owner, Pos use) {
    for (Stmt s : owner != null ? owner.def.body() : moduleBody) {
      if (s instanceof Stmt.FuncDef d && d.name().equals(name)) return d.pos();
    }
    return use;
  }

  /**
   * Whether {@code e}, wanted as a Python object, names a cdef function: then the function's
   * wrapper is made (once) and {@code fn} records it for the expression, or Cython's error says it
   * cannot be one. (A function pointer held in a variable is never one, as in Cython.)
   */
  boolean wraps(FunctionChecker fn, Expr e) {
    if (!(e instanceof Expr.Name n) || fn.symbols.containsKey(n.id()) || fn.globals.contains(n.id())) return false;
    CFunction f = module.cfunctions.get(n.id());
    if (f == null || f.cpdef() || f.owner() != null) return false;
    if (convertible(f, 0)) {
      if (fn.recording) fn.cfunctionObjects.put(n, wrappers.computeIfAbsent(f.name(), k -> wrapper(f, null, n.pos())));
    } else {
      fn.report(n.pos(), "Cannot convert '" + CPointers.pointerTo(f).target().name() + "' to Python object");
    }
    return true;
  }

  /** As {@link #wraps}, for cdef method {@code a.name()} of {@code cls} named through the class or an instance. */
  boolean wrapsMethod(FunctionChecker fn, Expr.Attribute a, ClassInfo cls) {
    CFunction m = cls.cmethod(a.name());
    if (m == null || m.cpdef()) return false;
    if (!convertible(m, 1)) return false;
    ClassInfo owner = fn.module.classes.classes.get(m.owner());
    if (fn.recording) fn.cfunctionObjects.put(a, wrappers.computeIfAbsent(m.owner() + "." + m.name(), k -> wrapper(m, owner, a.pos())));
    return true;
  }

  /**
   * Whether a def can stand for the function: no optional arguments or C varargs, every
   * parameter (from {@code first}) taking a Python argument, a result with a Python form.
   */
  private static boolean convertible(CFunction f, int first) {
    if (f.defaults().stream().anyMatch(java.util.Objects::nonNull) || f.takesVarargs()) return false;
    for (CType p : f.params().subList(first, f.params().size())) if (!takesFromPython(p)) return false;
    return f.returnType() instanceof CType.Void || Types.convertsToPython(f.returnType());
  }

  /** A type a def's argument converts to: numbers, objects, views, char pointers, structs of such fields. */
  private static boolean takesFromPython(CType t) {
    if (t instanceof CType.Pointer p) return p.isCharPtr();
    if (t instanceof CType.CArray || t instanceof CType.Function) return false;
    return Types.convertsToPython(t);
  }

  /** The def for function {@code f}, or for method {@code f} of {@code owner}. */
  private Stmt.FuncDef wrapper(CFunction f, ClassInfo owner, Pos use) {
    Pos at = definition(f.name(), owner, use);
    List<Stmt.Param> params = new ArrayList<>();
    List<Expr.Arg> args = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    Expr callee = new Expr.Name(f.name(), at);
    for (int i = 0; i < f.params().size(); i++) {
      if (owner != null && i == 0) {
        String self = f.paramNames() != null && !f.paramNames().isEmpty() && f.paramNames().get(0) != null ? f.paramNames().get(0) : "self";
        params.add(new Stmt.Param(self, new TypeRef.Named(owner.name(), at), null, false, false, at));
        shown.add(self + ": " + display(owner.type()));
        callee = new Expr.Attribute(new Expr.Name(self, at), f.name(), at);
        continue;
      }
      String name = f.paramNames() != null && i < f.paramNames().size() && f.paramNames().get(i) != null
          ? f.paramNames().get(i) : "arg" + i;
      // The parameter's type under a name only this code can write: the C type itself.
      String typeName = "__pyx_cfunc_type_" + typeNames++;
      module.types.names.put(typeName, f.params().get(i));
      params.add(new Stmt.Param(name, new TypeRef.Named(typeName, at), null, false, false, at));
      args.add(new Expr.Arg(null, new Expr.Name(name, at), at));
      String display = display(f.params().get(i));
      shown.add(display == null ? name : name + ": " + display);
    }
    Expr call = new Expr.Call(callee, List.copyOf(args), at);
    String result = display(f.returnType());
    String doc = "wrap(" + String.join(", ", shown) + ")" + (result == null ? "" : " -> " + result);
    Stmt body = f.returnType() instanceof CType.Void ? new Stmt.ExprStmt(call, at) : new Stmt.Return(call, at);
    String name = Stmt.FuncDef.CFUNCTION_WRAPPER_PREFIX + (owner == null ? "" : owner.name() + "_") + f.name();
    return new Stmt.FuncDef(name, List.copyOf(params), null, doc, List.of(body), List.of(), null, at);
  }

  /**
   * A type as Cython's docstring shows it: a builtin type by its name, a plain object not at all,
   * {@code double} as {@code float} and {@code bint} as {@code bool}, any other in quotes.
   */
  private static String display(CType t) {
    if (t instanceof CType.PyObject o) {
      if (o.builtin() != null) return o.builtin();
      return o.extType() == null ? null : "'" + t.name() + "'";
    }
    if (t instanceof CType.BInt) return "bool";
    if (t.equals(CType.DOUBLE)) return "float";
    return "'" + t.name() + "'";
  }
}
