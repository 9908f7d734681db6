package dev.pyxc.emit;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.ParallelLoop;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocks of each prange loop's region (those reached from its body before its {@code next}),
 * which the emitter nests inside the loop's {@code for}, and how the threads share the registers
 * the region writes.
 */
final class ParallelRegions {
  private final FuncIr fn;
  private final Map<ParallelLoop, List<BasicBlock>> blocks = new HashMap<>();
  private final Set<BasicBlock> inAny = new HashSet<>();

  private ParallelRegions(FuncIr fn) {
    this.fn = fn;
  }

  static ParallelRegions of(FuncIr fn) {
    ParallelRegions r = new ParallelRegions(fn);
    Map<ParallelLoop, Set<BasicBlock>> reached = new HashMap<>();
    for (ParallelLoop loop : fn.parallelLoops) {
      // (in the order found, so that the C names the region's privates in the same order on every run)
      Set<BasicBlock> seen = new java.util.LinkedHashSet<>();
      Deque<BasicBlock> work = new ArrayDeque<>(List.of(loop.body));
      while (!work.isEmpty()) {
        BasicBlock b = work.pop();
        if (b == loop.next || !seen.add(b)) continue;
        work.addAll(b.terminator.successors());
      }
      reached.put(loop, seen);
      r.whole.put(loop, seen);
    }
    for (ParallelLoop loop : fn.parallelLoops) {
      // A block's own blocks: not those of the loops sharing out their iterations in it.
      Set<BasicBlock> own = new HashSet<>(reached.get(loop));
      for (ParallelLoop inner : fn.parallelLoops) {
        if (inner.enclosingBlock != loop) continue;
        own.removeAll(reached.get(inner));
        own.remove(inner.next);
      }
      List<BasicBlock> ordered = fn.blocks.stream().filter(own::contains).toList();
      r.blocks.put(loop, ordered);
      r.inAny.addAll(ordered);
      r.inAny.add(loop.next);
    }
    return r;
  }

  /** Every block a loop's threads run (a block's prange loops' blocks included). */
  private final Map<ParallelLoop, Set<BasicBlock>> whole = new HashMap<>();

  boolean inAny(BasicBlock b) {
    return inAny.contains(b);
  }

  List<BasicBlock> blocks(ParallelLoop loop) {
    return blocks.get(loop);
  }

  /** The C names each thread has its own uninitialised copy of, and its own copy of from the value before. */
  record Sharing(List<String> privates, List<String> firstPrivates) {}

  /**
   * Every register the region writes is the thread's own, except the loop's counter (OpenMP's),
   * its reductions and lastprivates, {@code why}, what it shares (the returned value) and the
   * Python objects of the source's variables, which are touched only with the GIL (as Cython shares
   * them). Objects and views start from the value before (NULL: nothing owned), C values
   * uninitialised; the line of an error is each thread's own too.
   */
  Sharing sharing(ParallelLoop loop, boolean hasLineno) {
    Set<Register> written = new LinkedHashSet<>();
    List<BasicBlock> region = new ArrayList<>(whole.get(loop));
    region.add(loop.next);
    for (BasicBlock b : region) {
      for (Op op : b.ops) if (op.dest() != null) written.add(op.dest());
      if (b.terminator instanceof Terminator.Check c && c.result() != null) written.add(c.result());
    }
    // What the block's prange loops share out (lastprivates, returned values) stays shared in the
    // block; their counters are each thread's own (every thread sets one before its share).
    Set<Register> shared = new HashSet<>(loop.shared);
    List<String> firstPrivates = new ArrayList<>();
    for (Register r : loop.blockPrivates) firstPrivates.add(CNames.reg(r));
    for (ParallelLoop inner : fn.parallelLoops) {
      if (inner.enclosingBlock != loop) continue;
      shared.addAll(inner.lastPrivates);
      shared.addAll(inner.shared);
      firstPrivates.add(inner.errorSlot());
    }
    List<String> privates = new ArrayList<>();
    for (Register r : written) {
      if (r == loop.counter || r == loop.why || loop.reductions.containsKey(r) || loop.lastPrivates.contains(r) || shared.contains(r)
          || loop.blockPrivates.contains(r)) {
        continue;
      }
      boolean sourceVariable = r.kind() != Register.Kind.TEMP && r.name() != null && !r.name().startsWith("$");
      if (sourceVariable && r.isRefcounted()) continue;
      if (r.isRefcounted() || r.type() instanceof CType.MemView) firstPrivates.add(CNames.reg(r));
      else privates.add(CNames.reg(r));
    }
    if (hasLineno) firstPrivates.add("pyxc_lineno");
    return new Sharing(privates, firstPrivates);
  }
}
