package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import dev.pyxc.sema.ModuleVariable;
import java.util.Set;

/**
 * The contracts of module-level cdef variables, a place that owns what it holds as an
 * extension type's field does: a read of an object takes a new reference and a read of a view
 * a new acquisition (code the function calls may rebind the variable and release the old
 * value), a store steals the value and releases the one it replaces.
 */
public final class ModuleVariablePrimitives {
  private ModuleVariablePrimitives() {}

  /** The C static that holds the variable. */
  public static String cName(ModuleVariable v) {
    if (v.isImported()) return "(*" + v.pointer() + ")";
    return v.isPublic() ? CSymbols.ident(v.name()) : "pyxc_g_" + CSymbols.ident(v.name());
  }

  public static Primitive read(ModuleVariable v) {
    String c = cName(v);
    if (v.type() instanceof CType.PyObject) {
      return new Primitive("global_read_" + v.name(), "Py_NewRef(" + c + ")", v.type(), false, Set.of(), ErrorKind.NEVER);
    }
    if (v.type() instanceof CType.MemView) {
      return new Primitive("global_read_" + v.name(), "pyxc_mv_global_get(&" + c + ", " + Primitives.cString(v.name()) + ")",
          v.type(), false, Set.of(), ErrorKind.NULL);
    }
    // An array's read is its address (a temp of array type holds one).
    return new Primitive("global_read_" + v.name(), c, v.type(), false, Set.of(), ErrorKind.NEVER);
  }

  public static Primitive store(ModuleVariable v) {
    String c = cName(v);
    if (v.type() instanceof CType.PyObject) {
      return new Primitive("global_store_" + v.name(), "pyxc_field_set(&" + c + ", %0)", CType.VOID, false, Set.of(0), ErrorKind.NEVER);
    }
    if (v.type() instanceof CType.MemView) {
      return new Primitive("global_store_" + v.name(), "pyxc_mv_field_set(&" + c + ", %0)", CType.VOID, false, Set.of(0),
          ErrorKind.NEVER);
    }
    return new Primitive("global_store_" + v.name(), c + " = %0", CType.VOID, false, Set.of(), ErrorKind.NEVER);
  }

  /** {@code &x} of the variable. */
  public static Primitive address(ModuleVariable v, CType.Pointer t) {
    return new Primitive("global_address_" + v.name(), "&" + cName(v), t, false, Set.of(), ErrorKind.NEVER);
  }

  /**
   * The C declaration of the static, with its starting value (objects get None at module init);
   * for another module's variable, of the pointer to it.
   */
  public static String declaration(ModuleVariable v) {
    if (v.isImported()) return "static " + CSpelling.declare(new CType.Pointer(v.type()), v.pointer()) + ";\n";
    String init = v.type() instanceof CType.PyObject ? " = NULL" : v.type() instanceof CType.MemView ? " = {0}" : "";
    return (v.isPublic() ? "" : "static ") + (v.isVolatile() ? "volatile " : "") + CSpelling.declare(v.type(), cName(v)) + init + ";\n";
  }
}
