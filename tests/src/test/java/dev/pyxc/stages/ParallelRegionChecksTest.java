package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.ParallelLoop;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import dev.pyxc.verify.ParallelRegionChecks;
import org.junit.jupiter.api.Test;

/**
 * The check of prange regions on hand-written IR: an iteration that ends at the loop's {@code
 * next} passes; one that returns from the function out of the threads is rejected.
 */
class ParallelRegionChecksTest {
  private final FuncIr fn = new FuncIr("f", "m.f", 1, CType.LONG);
  private final BasicBlock entry = fn.newBlock();
  private final Register n = fn.newRegister("n", CType.LONG, Register.Kind.PARAM);
  private final ParallelLoop loop = new ParallelLoop(0, n, fn.newRegister("$k", CType.LONG, Register.Kind.LOCAL),
      fn.newRegister("$why", CType.INT, Register.Kind.LOCAL), null, null, null, null);
  private final BasicBlock exit = fn.newBlock();

  ParallelRegionChecksTest() {
    loop.body = fn.newBlock();
    loop.next = fn.newBlock();
    fn.parallelLoops.add(loop);
    entry.terminator = new Terminator.ParallelFor(loop, exit);
    loop.next.terminator = new Terminator.ParallelNext(loop, exit);
    exit.terminator = new Terminator.Return(n);
  }

  @Test
  void anIterationEndingAtNextPasses() {
    BasicBlock inner = fn.newBlock();
    loop.body.terminator = new Terminator.Goto(inner);
    inner.terminator = new Terminator.Goto(loop.next);
    assertThat(ParallelRegionChecks.check(fn)).isEmpty();
  }

  @Test
  void aReturnOutOfTheThreadsIsRejected() {
    BasicBlock inner = fn.newBlock();
    loop.body.terminator = new Terminator.Branch(n, inner, loop.next);
    inner.terminator = new Terminator.Return(n);
    assertThat(ParallelRegionChecks.check(fn)).containsExactly("m.f: " + inner + " leaves the threads of prange loop 0 (Return)");
  }
}
