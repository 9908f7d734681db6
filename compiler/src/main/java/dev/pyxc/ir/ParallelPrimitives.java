package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * The runtime calls of a prange loop ({@link ParallelLoop}): its shared {@code why} read and
 * marked atomically (threads race on it), the first error of its threads kept and raised again.
 */
public final class ParallelPrimitives {
  private ParallelPrimitives() {}

  /** {@code threadid()}: OpenMP's number of the running thread, 0 in a module built without OpenMP. */
  public static final Primitive THREAD_ID = new Primitive("threadid", "pyxc_threadid()", CType.INT, false, Set.of(), ErrorKind.NEVER);

  /** The loop's {@code why} (operand 0), read while other threads may mark it. */
  public static final Primitive LOAD_WHY = new Primitive("parallel_load_why", "__atomic_load_n(&%0, __ATOMIC_RELAXED)", CType.INT,
      false, Set.of(), ErrorKind.NEVER);

  /** Marks the loop's {@code why} (operand 0): a break or a return stops the iterations not yet begun. */
  public static Primitive markWhy(int why) {
    return new Primitive("parallel_mark_why", "__atomic_store_n(&%0, " + why + ", __ATOMIC_RELAXED)", CType.VOID, false, Set.of(),
        ErrorKind.NEVER);
  }

  /** In the iteration that raised: the exception kept in the loop's slot unless another thread's is, {@code why} (operand 0) marked. */
  public static Primitive saveError(ParallelLoop loop) {
    return new Primitive("parallel_save_error", "pyxc_parallel_save_error(&" + loop.errorSlot() + ", &%0, pyxc_lineno)", CType.VOID,
        false, Set.of(), ErrorKind.NEVER);
  }

  /** After the loop: the kept exception raised again, at its line; -1 when there was one. */
  public static Primitive reraise(ParallelLoop loop) {
    return new Primitive("parallel_reraise", "pyxc_parallel_reraise(&" + loop.errorSlot() + ", &pyxc_lineno)", CType.INT, false,
        Set.of(), ErrorKind.NEG_ONE);
  }
}
