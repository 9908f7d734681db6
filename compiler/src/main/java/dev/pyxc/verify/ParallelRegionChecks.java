package dev.pyxc.verify;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.ParallelLoop;
import dev.pyxc.ir.Terminator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An independent check of each prange loop's region (see {@link ParallelLoop}): the threads run
 * it as the body of a C {@code for} nested in OpenMP pragmas, which no jump may leave. Every way
 * out of an iteration must reach the loop's {@code next}: no block reached from its body before
 * that returns, fails out of the function, yields, or starts the threads of another loop (a
 * parallel() block's own prange loops, which share out their iterations among its threads, aside).
 */
public final class ParallelRegionChecks {
  private ParallelRegionChecks() {}

  public static List<String> check(FuncIr fn) {
    List<String> errors = new ArrayList<>();
    for (ParallelLoop loop : fn.parallelLoops) {
      Set<BasicBlock> seen = new HashSet<>();
      Deque<BasicBlock> work = new ArrayDeque<>(List.of(loop.body));
      while (!work.isEmpty()) {
        BasicBlock b = work.pop();
        if (b == loop.next || !seen.add(b)) continue;
        Terminator t = b.terminator;
        boolean sharesOut = t instanceof Terminator.ParallelFor pf && pf.loop().enclosingBlock == loop
            || t instanceof Terminator.ParallelNext pn && pn.loop().enclosingBlock == loop;
        if (t instanceof Terminator.Return || t instanceof Terminator.ReturnError || t instanceof Terminator.Yield
            || (t instanceof Terminator.ParallelFor || t instanceof Terminator.ParallelNext) && !sharesOut) {
          errors.add(fn.qualifiedName + ": " + b + " leaves the threads of prange loop " + loop.id + " (" + t.getClass().getSimpleName() + ")");
        }
        work.addAll(t.successors());
      }
      if (!(loop.next.terminator instanceof Terminator.ParallelNext)) {
        errors.add(fn.qualifiedName + ": prange loop " + loop.id + " does not end its iterations at " + loop.next);
      }
    }
    return errors;
  }
}
