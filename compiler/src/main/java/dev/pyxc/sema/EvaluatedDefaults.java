package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Defaults that are not literals ({@code def f(x, y=N*2, z=[])}): evaluated once, where the
 * definition runs (a module-level one in the module's code, in the module's scope, so
 * {@code def f(x, y=x)} reads the global x; a nested def or a Python class's method where it
 * stands; an extension type's methods at its class statement), and kept by the function object
 * (its {@code __defaults__}), from which the wrapper takes one left out and converts it to the
 * parameter's type, or, for {@code cdef} and {@code cpdef} functions and an extension type's
 * methods, converted at once and kept in the module's {@code DefaultSlots}. A mutable default is
 * therefore shared by every call, as in Python.
 */
public final class EvaluatedDefaults {
  private EvaluatedDefaults() {}

  /** Indices (in {@code def.params()}) of the parameters whose default is evaluated at the def. */
  public static List<Integer> of(Stmt.FuncDef def) {
    List<Integer> out = new ArrayList<>();
    if (def.isModuleBody()) return out;
    for (int i = 0; i < def.params().size(); i++) {
      Expr d = def.params().get(i).defaultValue();
      if (d != null && !CSignatures.isLiteral(d)) out.add(i);
    }
    return out;
  }

  /**
   * The parameters with a slot: those evaluated at the def, and those whose slot the module
   * shares ({@code shared}, C names: its .pxd declares them {@code =*}), literal or not.
   */
  public static List<Integer> inSlots(Stmt.FuncDef def, String owner, java.util.Set<String> shared) {
    List<Integer> out = new ArrayList<>(of(def));
    for (int i = 0; i < def.params().size(); i++) {
      if (!out.contains(i) && def.params().get(i).defaultValue() != null
          && (shared.contains(dev.pyxc.ir.DefaultSlots.name(owner, def.name(), i)) || owner != null && cpdef(def))) {
        out.add(i);
      }
    }
    java.util.Collections.sort(out);
    return out;
  }

  /**
   * The evaluated defaults of a def statement's view parameters that live in module slots: those
   * of a def in the module's body (its default is acquired once there, as Cython acquires it; a
   * nested def's or a Python class's method's is acquired from its object per call).
   */
  public static List<Integer> viewSlots(Stmt.FuncDef def, java.util.function.IntFunction<CType> paramType) {
    List<Integer> out = new ArrayList<>();
    for (int i : of(def)) if (paramType.apply(i) instanceof CType.MemView) out.add(i);
    return out;
  }

  /**
   * Whether {@code def} is a cpdef method with defaults, when it is one of an extension type: its
   * literal defaults are kept in slots too, where the dispatcher reads those a C caller left out
   * for an override in a Python subclass (Cython passes it the method's own defaults).
   */
  public static boolean cpdefWithDefaults(Stmt.FuncDef def) {
    return cpdef(def) && def.params().stream().anyMatch(p -> p.defaultValue() != null);
  }

  private static boolean cpdef(Stmt.FuncDef def) {
    return def.isCdef() && def.cdef().cpdef();
  }

  /** Whether a default is evaluated where its definition runs (it is not a literal). */
  public static boolean isEvaluated(Expr d) {
    return !CSignatures.isLiteral(d);
  }

  /**
   * At an extension type's class statement: its method's evaluated defaults checked as at a def
   * statement, and a cpdef method's literal ones typed too (they are stored into slots there).
   */
  static void checkAtClass(FunctionChecker body, Stmt.FuncDef def) {
    check(body, def);
    if (!cpdefWithDefaults(def)) return;
    List<Integer> evaluated = of(def);
    for (int i = 0; i < def.params().size(); i++) {
      if (def.params().get(i).defaultValue() != null && !evaluated.contains(i)) body.type(def.params().get(i).defaultValue());
    }
  }

  /** In the module body, at the def statement: types each evaluated default against its parameter. */
  static void check(FunctionChecker body, Stmt.FuncDef def) {
    for (int i : of(def)) {
      Stmt.Param p = def.params().get(i);
      CType t = body.type(p.defaultValue());
      CType want = p.type() == null ? CType.OBJECT : body.module.resolve(p.type());
      if (body.recording && t != null) {
        body.assignments.checkAssignable(t, want, p.defaultValue().pos());
      }
    }
  }
}
