package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * Where a module keeps the evaluated defaults of its C-level functions (see
 * {@code sema.EvaluatedDefaults}): {@code cdef} and {@code cpdef} functions and the methods of
 * extension types, which have no function object to keep them. One C static per parameter, a
 * place that owns its reference. The definition stores into it where it runs (the def statement,
 * the class statement) with {@code store_default steal v} (the old value released after, should
 * it run again); a C call that leaves the argument out and the Python wrapper read it, borrowed,
 * since the slot outlives every call. A view parameter's slot holds an acquisition of the
 * default's buffer (taken once, where the definition runs, as in Cython); so does a module-level
 * {@code def}'s, which keeps the default object in its {@code __defaults__} besides.
 */
public final class DefaultSlots {
  private DefaultSlots() {}

  /** The C name of parameter {@code i}'s slot, for function {@code name} of extension type {@code owner} (or null). */
  public static String name(String owner, String name, int i) {
    return "pyxc_dflt_" + (owner == null ? "" : CSymbols.ident(owner) + "_") + CSymbols.ident(name) + "_" + i;
  }

  /** The name under which a module shares a slot in its {@code __pyx_capi__} (never a Python name). */
  public static String exportName(String owner, String name, int i) {
    return "__pyxc_default__" + (owner == null ? "" : owner + ".") + name + "__" + i;
  }

  /**
   * The module variable through which a module reads another module's shared slot for parameter
   * {@code i} of cimported function (or method of a cimported class) {@code f}.
   */
  public static String importedName(dev.pyxc.sema.CFunction f, int i) {
    return "__pyxc_default__" + (f.extern() != null ? f.extern().cName() : f.owner() + "." + f.name()) + "__" + i;
  }

  /** Stores the value of the default into its slot: an object slot steals it. */
  public static Primitive store(String slot, CType t) {
    if (t instanceof CType.MemView) {
      // (a view slot keeps its acquisition for the module's life, as Cython's acquires a view default once)
      return new Primitive("store_default_" + slot, "pyxc_mv_field_set(&" + slot + ", %0)", CType.VOID, false, Set.of(0),
          ErrorKind.NEVER);
    }
    if (t instanceof CType.PyObject) {
      return new Primitive("store_default_" + slot, "pyxc_store_default(&" + slot + ", %0)", CType.VOID, false, Set.of(0),
          ErrorKind.NEVER);
    }
    return new Primitive("store_default_" + slot, "(" + slot + " = %0)", CType.VOID, false, Set.of(), ErrorKind.NEVER);
  }

  /** Default {@code j} (counted among the parameters that have one) of a def's new function object, borrowed. */
  public static Primitive functionDefault(int j) {
    return new Primitive("function_default_" + j, "pyxc_function_default(%0, " + j + ")", CType.OBJECT, true, Set.of(), ErrorKind.NEVER);
  }

  /**
   * The slot's value for a call that leaves the argument out: borrowed for an object, and
   * NameError while the definition has not run yet (module code calling the function earlier).
   */
  public static Primitive load(String slot, CType t, String param) {
    return load("load_default_" + slot, slot, t, param);
  }

  /** The same for another module's slot, reached through the pointer {@code pointer} this module took at init. */
  public static Primitive loadShared(String pointer, CType t, String param) {
    return load("load_shared_default_" + pointer, "(*" + pointer + ")", t, param);
  }

  private static Primitive load(String name, String slot, CType t, String param) {
    if (t instanceof CType.MemView) {
      return new Primitive(name, "pyxc_default_view_get(&" + slot + ", " + Primitives.cString(param) + ")", t, true, Set.of(), ErrorKind.NULL);
    }
    if (t instanceof CType.PyObject) {
      return new Primitive(name, "pyxc_default_get(" + slot + ", " + Primitives.cString(param) + ")", t, true, Set.of(), ErrorKind.NULL);
    }
    return new Primitive(name, slot, t, false, Set.of(), ErrorKind.NEVER);
  }
}
