package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.List;

/**
 * A cdef function as callers see it: parameter and return types (VOID for {@code void}) and how
 * it reports an exception, resolved from its exception specification as Cython 3 does. A cdef
 * method has its class as {@code owner} and {@code self} as its first parameter. {@code defaults}
 * holds each parameter's literal default (null where there is none), which a caller that leaves
 * the argument out passes in its place (a method's body fills in its own: {@link #countsOptional}); {@code paramNames} are what keyword arguments name. A {@code cpdef} method also has a Python-visible def,
 * and C calls of it go through a dispatcher that honours an override in a Python subclass.
 */
public record CFunction(String name, List<CType> params, CType returnType, Propagation propagation, String errorValue,
    boolean inline, String owner, List<Expr> defaults, boolean cpdef, List<String> paramNames, Extern extern, boolean nogil,
    CType.ExceptClause except, boolean varargs) {

  /** A C function declared in a {@code cdef extern} block: its C name, and whether it takes C varargs. */
  public record Extern(String cName, boolean varargs) {}

  public CFunction(String name, List<CType> params, CType returnType, Propagation propagation, String errorValue,
      boolean inline, String owner, List<Expr> defaults, boolean cpdef, List<String> paramNames) {
    this(name, params, returnType, propagation, errorValue, inline, owner, defaults, cpdef, paramNames, null, false,
        clauseOf(propagation, errorValue), false);
  }

  public CFunction(String name, List<CType> params, CType returnType, Propagation propagation, String errorValue,
      boolean inline, String owner, List<Expr> defaults, boolean cpdef, List<String> paramNames, Extern extern) {
    this(name, params, returnType, propagation, errorValue, inline, owner, defaults, cpdef, paramNames, extern, false,
        clauseOf(propagation, errorValue), false);
  }

  /** The same function, callable without the GIL or not ({@code nogil}). */
  public CFunction withNogil(boolean nogil) {
    return new CFunction(name, params, returnType, propagation, errorValue, inline, owner, defaults, cpdef, paramNames, extern, nogil, except,
        varargs);
  }

  /** The same signature as a declaration of an external C function. */
  public CFunction asExtern(Extern e) {
    return new CFunction(name, params, returnType, propagation, errorValue, inline, owner, defaults, cpdef, paramNames, e, nogil, except,
        varargs);
  }

  /** The same function under another name (what its C name is made from). */
  public CFunction renamed(String newName) {
    return new CFunction(newName, params, returnType, propagation, errorValue, inline, owner, defaults, cpdef, paramNames, extern,
        nogil, except, varargs);
  }

  /**
   * The declaration as its definition makes it: the definition's defaults and cpdef-ness (a cdef
   * declaration may be defined cpdef), the declaration's types, names and exception convention,
   * which every caller (in this module or another) and the body itself then follow.
   */
  public CFunction definedBy(CFunction definition) {
    return new CFunction(name, params, returnType, propagation, errorValue, inline, owner, definition.defaults(), definition.cpdef(),
        paramNames, extern, nogil, except, varargs);
  }


  /** The same function reporting exceptions as {@code clause} says in Cython's terms (its type's name). */
  public CFunction withExcept(CType.ExceptClause clause) {
    return new CFunction(name, params, returnType, propagation, errorValue, inline, owner, defaults, cpdef, paramNames, extern, nogil, clause,
        varargs);
  }

  /** Cython's clause for a convention, where the declaration that gave it is not at hand. */
  static CType.ExceptClause clauseOf(Propagation propagation, String errorValue) {
    return switch (propagation) {
      case NONE -> CType.ExceptClause.NOEXCEPT;
      case VALUE_MINUS_ONE -> new CType.ExceptClause(errorValue, false);
      case MAYBE_MINUS_ONE, ERR_OCCURRED -> new CType.ExceptClause(errorValue, true);
      case NULL -> new CType.ExceptClause(null, true);
    };
  }

  /** Whether calls may pass more arguments than it declares: C varargs, of a header's function or of one defined here. */
  public boolean takesVarargs() {
    return varargs || extern != null && extern.varargs();
  }

  /** How many leading arguments a call must give. */
  public int required() {
    int n = 0;
    while (n < defaults.size() && defaults.get(n) == null) n++;
    return n;
  }

  /**
   * Whether callers pass how many of the optional arguments they give (an int before the first
   * optional parameter), as Cython's cdef methods take theirs: the body fills in its own defaults
   * for the rest, since the implementation a vtable call reaches may override the method with other
   * defaults, or with more optional parameters than the static type's (Cython lets an override add
   * them).
   */
  public boolean countsOptional() {
    return owner != null && required() < params.size();
  }

  /** The C function's parameters: {@link #params}, with the count of optional arguments given where it goes. */
  public List<CType> cParams() {
    if (!countsOptional()) return params;
    List<CType> out = new java.util.ArrayList<>(params);
    out.add(required(), CType.INT);
    return List.copyOf(out);
  }

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
    return new CFunction(def.name(), List.copyOf(params), returnType, propagation, errorValue, def.cdef().inline(), null,
        java.util.Collections.unmodifiableList(new java.util.ArrayList<>(def.params().stream().map(Stmt.Param::defaultValue).toList())),
        def.cdef().cpdef(), def.params().stream().map(Stmt.Param::name).toList(), null, def.cdef().nogil(), clauseOf(propagation, errorValue),
        def.cdef().varargs());
  }
}
