package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import java.util.Map;

/**
 * Cython's lock types, {@code cython.pymutex} and {@code cython.pythread_type_lock}
 * ({@link StructType#PYMUTEX}): variables (local, module, an extension type's attribute, a
 * generator's) that code reaches by address only. {@code with lock:} holds it for the block and
 * releases it on every way out; {@code acquire()}, {@code release()}, {@code locked()} and
 * {@code can_check_locked()} work with or without the GIL. Copying one (an argument, an assignment,
 * a return) is Cython's error.
 */
public final class Locks {
  private Locks() {}

  /** The methods and what each returns. */
  private static final Map<String, CType> METHODS = Map.of("acquire", CType.VOID, "release", CType.VOID,
      "locked", CType.BINT, "can_check_locked", CType.BINT);

  /** {@code cython.critical_section}: a with item over locks or objects, and a decorator (see WithChecks). */
  public static final String CRITICAL_SECTION = "cython.critical_section";

  static final String CRITICAL_SECTION_ARGUMENTS = "Arguments to cython.critical_section must be Python objects, pymutex, or pymutex*.";

  /** Whether a block yields (in its own function: not in a function or class defined in it). */
  static boolean yieldsIn(java.util.List<dev.pyxc.ast.Stmt> body) {
    for (dev.pyxc.ast.Stmt s : body) {
      if (s instanceof dev.pyxc.ast.Stmt.FuncDef || s instanceof dev.pyxc.ast.Stmt.ClassDef) continue;
      for (Expr e : dev.pyxc.ast.Stmts.ownExpressions(s)) if (yields(e)) return true;
      for (java.util.List<dev.pyxc.ast.Stmt> inner : dev.pyxc.ast.Stmts.blocks(s)) if (yieldsIn(inner)) return true;
    }
    return false;
  }

  private static boolean yields(Expr e) {
    if (e instanceof Expr.Yield) return true;
    if (e instanceof Expr.Lambda || e instanceof Expr.Comprehension) return false;
    return dev.pyxc.ast.Exprs.children(e).stream().anyMatch(x -> x != null && yields(x));
  }

  public static boolean isLock(CType t) {
    return t instanceof CType.Struct s && s.type().isLock();
  }

  /** Cython's error for a lock used as a value. */
  static String copied(CType t) {
    return t.name() + " cannot be copied";
  }

  /** {@code lock.acquire()} and the other methods: the lock's expression, or null for any other call. */
  public static Expr receiver(Expr.Call c, java.util.function.Function<Expr, CType> typeOf) {
    if (!(c.func() instanceof Expr.Attribute a) || !c.args().isEmpty() || !METHODS.containsKey(a.name())) return null;
    return isLock(typeOf.apply(a.obj())) ? a.obj() : null;
  }

  /** What a method call returns. */
  static CType result(Expr.Call c) {
    return METHODS.get(((Expr.Attribute) c.func()).name());
  }
}
