package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import java.util.List;

/**
 * A cdef function as callers see it: parameter and return types (VOID for {@code void}) and how
 * it reports an exception, resolved from its exception specification as Cython 3 does. A cdef
 * method has its class as {@code owner} and {@code self} as its first parameter.
 */
public record CFunction(String name, List<CType> params, CType returnType, Propagation propagation, String errorValue,
    boolean inline, String owner) {

  /** How a caller learns that the call raised. */
  public enum Propagation {
    /** Object or view result: NULL (a NULL owner). */
    NULL,
    /** {@code except -1}: the value alone. */
    VALUE_MINUS_ONE,
    /** {@code except? -1} (Cython 3's default for C results): the value, then PyErr_Occurred(). */
    MAYBE_MINUS_ONE,
    /** {@code except *}, other error values, and void functions: PyErr_Occurred() after every call. */
    ERR_OCCURRED,
    /** {@code noexcept}: exceptions are printed as unraisable inside the function. */
    NONE
  }

  /** The signature of a cdef function, with Cython's exception-specification rules. */
  static CFunction of(Stmt.FuncDef def, List<CType> params, CType returnType, String errorValue, Propagation propagation) {
    return new CFunction(def.name(), List.copyOf(params), returnType, propagation, errorValue, def.cdef().inline(), null);
  }
}
