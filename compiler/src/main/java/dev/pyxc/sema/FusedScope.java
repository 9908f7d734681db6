package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the types being resolved now do with fused types: in a specialization, each stands for the
 * member it binds; one nothing binds is an error with the message of the place it is written in
 * (Cython's), or allowed where it may stand (a typedef of it, a fused type's members).
 */
final class FusedScope {
  /** Cython's message for a fused type where no specialization binds it. */
  static final String INVALID_FUSED = "Invalid use of fused types, type cannot be specialized";

  private final Diagnostics diags;
  private Map<String, CType> bindings = Map.of();
  /** The message, or null where a fused type may stand, or empty where the caller reports it as a whole. */
  private String misuse = INVALID_FUSED;
  /** Where the message points (null: at the type). */
  private Pos misuseAt;
  /** The cdef function whose signature is being declared: its return type has messages of its own. */
  private Stmt.FuncDef declaring;
  /** The specializations whose return type no argument decides: a call of their function cannot be specialized. */
  final java.util.Set<Stmt.FuncDef> unspecializable = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  FusedScope(Diagnostics diags) {
    this.diags = diags;
  }

  /** Runs {@code action} with the fused types standing for the members {@code bound} gives them. */
  void specialized(Map<String, CType> bound, Runnable action) {
    Map<String, CType> outer = bindings;
    bindings = bound;
    try {
      action.run();
    } finally {
      bindings = outer;
    }
  }

  /** Runs {@code action} while {@code f}'s signature is declared. */
  void declaring(Stmt.FuncDef f, Runnable action) {
    Stmt.FuncDef outer = declaring;
    declaring = f;
    try {
      action.run();
    } finally {
      declaring = outer;
    }
  }

  /** Runs {@code action} with {@code message} (at {@code at}, or the type's position when null) for a fused type nothing binds. */
  <T> T withMisuse(String message, Pos at, Supplier<T> action) {
    String outerMessage = misuse;
    Pos outerAt = misuseAt;
    misuse = message;
    misuseAt = at;
    try {
      return action.get();
    } finally {
      misuse = outerMessage;
      misuseAt = outerAt;
    }
  }

  /** {@code t} with the members bound in place of its fused types. */
  CType specialize(CType t) {
    return FusedTypes.specialize(t, bindings);
  }

  /** The type {@code ref} is written as, resolved to {@code written}: specialized, or an error for a fused type nothing binds. */
  CType resolved(TypeRef ref, CType written) {
    CType t = specialize(written);
    if (misuse == null || !FusedTypes.contains(t)) return t;
    if (misuse.isEmpty()) return CType.ERROR;
    if (declaring != null && ref == declaring.returnType()) {
      unspecializable.add(declaring);
      // (once for all the specializations of a fused function)
      String name = declaring.name();
      if (!name.startsWith(Stmt.FuncDef.FUSED_PREFIX) || name.startsWith(Stmt.FuncDef.specializationName("", 0))) {
        diags.error(declaring.pos(), bindings.isEmpty() ? "Return type is not specified as argument type"
            : "Return type is a fused type that cannot be determined from the function arguments");
      }
    } else {
      diags.error(misuseAt != null ? misuseAt : ref.pos(), misuse);
    }
    return CType.ERROR;
  }
}
