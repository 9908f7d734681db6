package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * Cython's lock types ({@code sema.Locks}): each operation takes the lock's address (the runtime's
 * {@code pyxc_mutex *}), never its value. None fails, none needs the GIL; a contended acquire
 * waits with the GIL released when the thread holds it.
 */
public final class LockPrimitives {
  private LockPrimitives() {}

  private static Primitive of(String name, String template, CType result) {
    return new Primitive(name, template, result, false, Set.of(), ErrorKind.NEVER);
  }

  public static final Primitive ACQUIRE = of("lock_acquire", "pyxc_mutex_acquire(%0)", CType.VOID);
  public static final Primitive RELEASE = of("lock_release", "pyxc_mutex_release(%0)", CType.VOID);
  public static final Primitive LOCKED = of("lock_locked", "pyxc_mutex_locked(%0)", CType.BINT);
  /** Whether {@code locked()} answers: always, for pyxc's locks. */
  public static final Primitive CAN_CHECK_LOCKED = of("lock_can_check_locked", "1", CType.BINT);

  /** The primitive of a lock's method ({@code acquire}, {@code release}, {@code locked}, {@code can_check_locked}). */
  public static Primitive method(String name) {
    return switch (name) {
      case "acquire" -> ACQUIRE;
      case "release" -> RELEASE;
      case "locked" -> LOCKED;
      case "can_check_locked" -> CAN_CHECK_LOCKED;
      default -> throw new IllegalArgumentException("no lock method " + name);
    };
  }
}
