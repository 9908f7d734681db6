package dev.pyxc.ir;

import dev.pyxc.sema.CFunction;

/**
 * The C names the IR's templates and the emitter must agree on: identifiers made from Python
 * names, cdef functions and methods, and the struct and type object of each extension type.
 * A class name is written with its length first, so that {@code A} + {@code b_c} and
 * {@code A_b} + {@code c} cannot meet.
 */
public final class CSymbols {
  private CSymbols() {}

  /** A C identifier for a Python identifier (which may be a C keyword or non-ASCII). */
  public static String ident(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') sb.append(c);
      else sb.append(String.format("_u%04x_", (int) c));
    }
    return sb.toString();
  }

  /** {@code 5Point}: a class name that cannot run into what follows it. */
  public static String classPart(String className) {
    String id = ident(className);
    return id.length() + id;
  }

  /**
   * The C function callers of a cdef function or method call: for a cpdef method, the dispatcher
   * that looks for an override in a Python subclass first.
   */
  public static String cdefName(CFunction f) {
    if (f.extern() != null) return f.extern().cName();
    if (f.owner() != null && f.cpdef()) return "pyxc_cd" + classPart(f.owner()) + "_" + ident(f.name());
    return cdefBodyName(f);
  }

  /** The compiled body of a cdef function or method (what {@code Base.m(self)} calls directly). */
  public static String cdefBodyName(CFunction f) {
    return f.owner() == null ? "pyxc_cf_" + ident(f.name()) : "pyxc_cm" + classPart(f.owner()) + "_" + ident(f.name());
  }

  public static String instanceStruct(String className) {
    return "struct pyxc_obj" + classPart(className);
  }

  /** The struct of a class's vtable: its base's vtable struct first, then its own slots. */
  public static String vtableStruct(String className) {
    return "struct pyxc_vtab" + classPart(className);
  }

  /** The one vtable instance of a class, filled at module init. */
  public static String vtable(String className) {
    return "pyxc_vtable" + classPart(className);
  }

  /** The member of the root's instance struct that points to the instance's vtable. */
  public static final String VTABLE_POINTER = "pyxc_vtab";

  public static String typeObject(String className) {
    return "pyxc_type" + classPart(className);
  }

  /** The C member of a field in its class's struct. */
  public static String field(String name) {
    return "f_" + ident(name);
  }
}
