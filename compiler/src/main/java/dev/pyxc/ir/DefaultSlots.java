package dev.pyxc.ir;

import dev.pyxc.ast.Stmt;
import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * Where a module keeps a def's evaluated default (see {@code sema.EvaluatedDefaults}): one C
 * static per parameter, a place that owns its reference. The def statement stores into it
 * ({@code store_default steal v}: the slot takes the reference and releases the value it held,
 * when the def runs again); the function's wrapper reads it borrowed, since the slot outlives
 * every call.
 */
public final class DefaultSlots {
  private DefaultSlots() {}

  /** The C name of parameter {@code i}'s slot. */
  public static String name(Stmt.FuncDef def, int i) {
    return "pyxc_dflt_" + CSymbols.ident(def.name()) + "_" + def.pos().line() + "_" + i;
  }

  /** Stores the value of the default into its slot: an object slot steals it. */
  public static Primitive store(Stmt.FuncDef def, int i, CType t) {
    String slot = name(def, i);
    if (t instanceof CType.PyObject) {
      return new Primitive("store_default_" + slot, "pyxc_store_default(&" + slot + ", %0)", CType.VOID, false, Set.of(0),
          ErrorKind.NEVER);
    }
    return new Primitive("store_default_" + slot, "(" + slot + " = %0)", CType.VOID, false, Set.of(), ErrorKind.NEVER);
  }
}
