package dev.pyxc.ir;

import dev.pyxc.sema.CType;

/**
 * A value slot of an IR function. Temps are defined once; locals and parameters may be assigned
 * many times. Whether a refcounted register owns its reference is decided by ownership rules
 * (see {@link Op}) and made explicit by the refcount pass.
 */
public record Register(int id, String name, CType type, Kind kind) {
  public enum Kind {
    /** A function parameter: borrowed from the caller unless the function reassigns it. */
    PARAM,
    /** A Python-level local variable (or a hidden loop counter): owns its value whenever defined. */
    LOCAL,
    /** The result of one op. */
    TEMP
  }

  public boolean isRefcounted() {
    return type.isRefcounted();
  }

  public boolean isVariable() {
    return kind != Kind.TEMP;
  }

  @Override
  public String toString() {
    return kind == Kind.TEMP ? "%" + id : name;
  }
}
