package dev.pyxc.sema;

import dev.pyxc.diag.Pos;

/**
 * A module-level {@code cdef} variable: a C static of the module, not a Python attribute of it.
 * Functions read it directly; they assign it after {@code global name}, the module's own code
 * anywhere. An object variable starts as None, a C scalar as zero, a view unassigned. A
 * {@code cdef public} one is a C global of its own name, which other C code may declare.
 */
public record ModuleVariable(String name, CType type, Pos pos, boolean isPublic) {}
