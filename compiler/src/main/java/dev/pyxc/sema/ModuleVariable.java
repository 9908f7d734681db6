package dev.pyxc.sema;

import dev.pyxc.diag.Pos;

/**
 * A module-level {@code cdef} variable: a C static of the module, not a Python attribute of it.
 * Functions read it directly; they assign it after {@code global name}, the module's own code
 * anywhere. An object variable starts as None, a C scalar as zero, a view unassigned. A
 * {@code cdef public} one is a C global of its own name, which other C code may declare.
 * {@code pointer} is set for another module's variable, declared in its {@code .pxd}: the C static
 * holding its address, which that module exports and this one fills at import; the variable is
 * then that module's place, which this one reads and stores through the pointer.
 * {@code isVolatile}: declared {@code volatile}, so its C static is too.
 */
public record ModuleVariable(String name, CType type, Pos pos, boolean isPublic, String pointer, boolean isVolatile) {
  public ModuleVariable(String name, CType type, Pos pos, boolean isPublic) {
    this(name, type, pos, isPublic, null, false);
  }

  /** The same variable as another module reaches it, through the pointer {@code cPointer}. */
  ModuleVariable importedAs(String bound, String cPointer) {
    return new ModuleVariable(bound, type, pos, false, cPointer, isVolatile);
  }

  public boolean isImported() {
    return pointer != null;
  }
}
