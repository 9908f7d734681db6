package dev.pyxc.sema;

import dev.pyxc.diag.Pos;

/** A name bound in a function: a parameter or a local (declared with {@code cdef} or inferred). */
public record Symbol(String name, CType type, Kind kind, boolean declared, Pos pos) {
  public enum Kind {
    PARAM,
    LOCAL,
    /** A variable of an enclosing function, used by a nested one through its closure. */
    FREE
  }

  public Symbol withType(CType t) {
    return new Symbol(name, t, kind, declared, pos);
  }
}
