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
