package dev.pyxc.ir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code prange} loop (or a {@code parallel()} block) run by OpenMP threads: a region of the function's blocks, from
 * {@link #body} (one iteration, binding the target from {@link #counter}) to {@link #next} (the end
 * of an iteration), that the emitter nests in {@code #pragma omp parallel} and {@code for}; every
 * way out of an iteration goes to {@code next}. Break, return and errors leave their mark in the
 * shared {@link #why} (later iterations skip their bodies), an error its exception in the loop's
 * error slot, and the code after the region acts on them. Registers the region assigns are each
 * thread's own, except the reductions, the lastprivates (the values of the sequentially last
 * iteration are kept), {@code why}, the returned value and the shared objects.
 */
public final class ParallelLoop {
  /** What {@link #why} holds: nothing happened, or what stopped the loop. */
  public static final int WHY_BREAK = 2;
  public static final int WHY_RETURN = 3;
  public static final int WHY_ERROR = 4;

  public final int id;
  public final Register nsteps;
  public final Register counter;
  public final Register why;
  public BasicBlock body;
  public BasicBlock next;
  /** Each reduction variable and its C operator. */
  public final Map<Register, String> reductions = new LinkedHashMap<>();
  /** Private copies starting from the value before the loop, the last iteration's kept (the target first). */
  public final List<Register> lastPrivates = new ArrayList<>();
  /** Written in the region but shared by every thread (the returned value, Python objects, taken with the GIL). */
  public final List<Register> shared = new ArrayList<>();
  /** {@code static}, {@code dynamic}, {@code guided}, {@code runtime} or null. */
  public final String schedule;
  public final Register chunksize;
  public final Register numThreads;
  public final Register useThreadsIf;
  /** An error trap in the region is used: each thread keeps a Python thread state to raise in. */
  public boolean canRaise;
  /** A break, a return or an error may stop the loop: each iteration tests {@link #why} first. */
  public boolean stoppable;
  /**
   * A {@code parallel()} block rather than a loop: every thread runs the region once (no counter,
   * no {@code omp for}); {@link #blockPrivates} are each thread's own, starting from the value before.
   */
  public boolean block;
  public final List<Register> blockPrivates = new ArrayList<>();
  /**
   * A prange directly in a {@code parallel()} block: the block's threads share out its iterations
   * ({@code omp for nowait}); its reductions are the block's, its {@code why} and error slot each
   * thread's own.
   */
  public ParallelLoop enclosingBlock;

  public ParallelLoop(int id, Register nsteps, Register counter, Register why, String schedule, Register chunksize,
      Register numThreads, Register useThreadsIf) {
    this.id = id;
    this.nsteps = nsteps;
    this.counter = counter;
    this.why = why;
    this.schedule = schedule;
    this.chunksize = chunksize;
    this.numThreads = numThreads;
    this.useThreadsIf = useThreadsIf;
  }

  /** The C name of the slot the first error raised in the loop is kept in. */
  public String errorSlot() {
    return "pyxc_perr" + id;
  }
}
