package dev.pyxc.ir.build;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.ParallelLoop;
import dev.pyxc.ir.ParallelPrimitives;
import dev.pyxc.ir.Primitive;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Prange;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;

/**
 * {@code for i in prange(...)}: the bounds evaluated once and the number of iterations counted
 * as Cython counts it, then a {@link ParallelLoop} region the threads share (a prange nested in
 * another's body is an ordinary loop over the same iterations). Break, return and errors in an
 * iteration end it at the region's {@code next}, marking why; after the region the kept error is
 * raised again, a return goes on returning, and the else clause runs unless the loop was stopped.
 */
final class ParallelLowering {
  private final FunctionBuilder fb;

  ParallelLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** The prange loop being lowered (its body), where return goes through the region's exit. */
  static final class Region {
    final ParallelLoop loop;
    final int cleanupDepth;
    Register returned;

    Region(ParallelLoop loop, int cleanupDepth) {
      this.loop = loop;
      this.cleanupDepth = cleanupDepth;
    }
  }

  void prange(Stmt.For f, Prange p) {
    CType t = p.indexType();
    Register start = p.start() == null ? fb.cConst(BigInteger.ZERO, t) : fb.loops.frozen(fb.exprAs(p.start(), t), "start");
    Register stop = fb.loops.frozen(fb.exprAs(p.stop(), t), "stop");
    Register step = p.step() == null ? fb.cConst(BigInteger.ONE, t) : fb.loops.frozen(fb.exprAs(p.step(), t), "step");
    if (p.step() != null && !(p.step() instanceof Expr.IntLit)) {
      // Where Cython aborts the process, a zero step raises range()'s ValueError.
      BasicBlock bad = fb.fn.newBlock();
      BasicBlock good = fb.fn.newBlock();
      Register isZero = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(isZero, "==", step, fb.cConst(BigInteger.ZERO, t)));
      fb.branch(isZero, bad, good);
      fb.cur = bad;
      fb.call(Primitives.RANGE_STEP_ZERO, p.step().pos());
      fb.cur = good;
    }
    // (stop - start + step - step/|step|) / step, in the loop's C type: len(range(start, stop, step)), or <= 0 when empty.
    Register nsteps = fb.hiddenVar(t, "nsteps");
    fb.add(new Op.Call(nsteps, new Primitive("prange_steps", "((%1) - (%0) + (%2) - ((%2) > 0 ? 1 : -1)) / (%2)", t, false, Set.of(),
        dev.pyxc.ir.ErrorKind.NEVER), java.util.List.of(start, stop, step)));
    Register counter = fb.hiddenVar(t, "k");
    if (p.nested()) {
      sequential(f, start, step, nsteps, counter, t);
      return;
    }
    Register chunksize = p.chunksize() == null ? null : fb.loops.frozen(fb.exprAs(p.chunksize(), CType.INT), "chunksize");
    Register numThreads = p.numThreads() == null ? null : fb.loops.frozen(fb.exprAs(p.numThreads(), CType.INT), "num_threads");
    Register useThreadsIf = p.useThreadsIf() == null ? null : fb.loops.frozen(fb.exprAs(p.useThreadsIf(), CType.BINT), "use_threads_if");
    Register why = fb.hiddenVar(CType.INT, "why");
    fb.add(new Op.Assign(why, fb.cConst(BigInteger.ZERO, CType.INT)));
    ParallelLoop loop = new ParallelLoop(fb.fn.parallelLoops.size(), nsteps, counter, why, p.schedule(), chunksize, numThreads, useThreadsIf);
    fb.fn.parallelLoops.add(loop);
    Register target = fb.vars.get(((Expr.Name) f.target()).id());
    loop.lastPrivates.add(target);
    for (String name : p.lastPrivates()) {
      Register r = fb.vars.get(name);
      if (r != null && !loop.lastPrivates.contains(r)) loop.lastPrivates.add(r);
    }
    for (Map.Entry<String, BinaryOp> e : p.reductions().entrySet()) {
      Register r = fb.vars.get(e.getKey());
      if (r != null) loop.reductions.put(r, e.getValue() == BinaryOp.SUB ? "+" : e.getValue().symbol);
    }
    Set<String> before = fb.assignedHere();

    // The GIL released around the loop, as `with nogil:` does, where the loop itself releases it.
    Register gilState = null;
    BasicBlock outerOnError = fb.onError;
    BasicBlock gilHandler = null;
    boolean wasWithout = fb.withoutGil;
    if (p.releasesGil()) {
      fb.fn.mayRunWithoutGil = true;
      gilState = fb.hiddenVar(new CType.Pointer(CType.VOID), "thread");
      Primitive release = fb.fn.cdef != null && fb.fn.cdef.nogil() ? Primitives.GIL_RELEASE_IF_HELD : Primitives.GIL_RELEASE;
      fb.add(new Op.Assign(gilState, fb.call(release, f.pos())));
      gilHandler = fb.fn.newBlock();
      fb.exceptions.pushGilSwitch(gilState, true, outerOnError);
      fb.onError = gilHandler;
      fb.withoutGil = true;
    }
    // Whether the else clause runs: the loop ran no iteration, or all of them without a break or a return.
    Register runElse = fb.hiddenVar(CType.BINT, "run_else");
    BasicBlock join = fb.fn.newBlock();
    BasicBlock skipped = fb.fn.newBlock();
    BasicBlock head = fb.fn.newBlock();
    Register any = fb.temp(CType.BINT);
    fb.add(new Op.CBinary(any, ">", nsteps, fb.cConst(BigInteger.ZERO, t)));
    fb.branch(any, head, skipped);
    fb.cur = skipped;
    fb.add(new Op.Assign(runElse, fb.cConst(BigInteger.ONE, CType.BINT)));
    fb.jump(join);

    fb.cur = head;
    fb.add(new Op.Assign(counter, fb.cConst(BigInteger.ZERO, t)));
    loop.body = fb.fn.newBlock();
    loop.next = fb.fn.newBlock();
    BasicBlock exit = fb.fn.newBlock();
    fb.terminate(new Terminator.ParallelFor(loop, exit));

    fb.cur = loop.body;
    Register scaled = fb.temp(t);
    fb.add(new Op.CBinary(scaled, "*", step, counter));
    Register value = fb.temp(t);
    fb.add(new Op.CBinary(value, "+", start, scaled));
    fb.add(new Op.Assign(target, fb.coerce(value, target.type(), f.pos())));
    fb.markAssigned(((Expr.Name) f.target()).id());
    BasicBlock breakTrap = fb.fn.newBlock();
    BasicBlock errorTrap = fb.fn.newBlock();
    Region region = new Region(loop, fb.cleanups.size());
    Region outerRegion = fb.region;
    fb.region = region;
    BasicBlock aroundOnError = fb.onError;
    fb.onError = errorTrap;
    boolean aroundWithout = fb.withoutGil;
    fb.withoutGil = true;
    fb.loops.loopBody(f.body(), loop.next, breakTrap);
    fb.withoutGil = aroundWithout;
    fb.onError = aroundOnError;
    fb.region = outerRegion;

    fb.cur = breakTrap;
    fb.call(ParallelPrimitives.markWhy(ParallelLoop.WHY_BREAK), null, why);
    fb.jump(loop.next);
    fb.cur = errorTrap;
    fb.call(ParallelPrimitives.saveError(loop), null, why);
    fb.jump(loop.next);
    loop.canRaise = isUsed(errorTrap);
    fb.cur = loop.next;
    fb.terminate(new Terminator.ParallelNext(loop, exit));

    // After the threads: the kept error raised again, a return returning, else the else clause unless stopped.
    fb.cur = exit;
    fb.assigned = before;
    if (loop.canRaise) fb.addChecked(new Op.Call(fb.temp(CType.INT), ParallelPrimitives.reraise(loop), java.util.List.of()), Pos.NONE);
    Register stopped = fb.temp(CType.INT);
    fb.add(new Op.Call(stopped, ParallelPrimitives.LOAD_WHY, java.util.List.of(why)));
    if (region.returned != null) {
      BasicBlock returning = fb.fn.newBlock();
      BasicBlock on = fb.fn.newBlock();
      Register isReturn = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(isReturn, "==", stopped, fb.cConst(BigInteger.valueOf(ParallelLoop.WHY_RETURN), CType.INT)));
      fb.branch(isReturn, returning, on);
      fb.cur = returning;
      fb.exceptions.runCleanups(0);
      if (fb.cur.terminator == null) fb.terminate(new Terminator.Return(region.returned));
      fb.cur = on;
    }
    fb.add(new Op.CBinary(runElse, "<", stopped, fb.cConst(BigInteger.valueOf(ParallelLoop.WHY_BREAK), CType.INT)));
    fb.jump(join);

    fb.cur = join;
    fb.assigned = before;
    if (gilState != null) {
      fb.exceptions.popCleanup();
      fb.onError = outerOnError;
      fb.withoutGil = wasWithout;
      fb.exceptions.switchGilBack(gilState, true);
    }
    BasicBlock orElse = fb.fn.newBlock();
    BasicBlock afterLoop = fb.fn.newBlock();
    fb.branch(runElse, orElse, afterLoop);
    fb.cur = orElse;
    fb.block(f.orElse());
    fb.jump(afterLoop);
    if (gilHandler != null) {
      fb.cur = gilHandler;
      fb.exceptions.switchGilBack(gilState, true);
      fb.jump(outerOnError);
    }
    fb.cur = afterLoop;
    fb.assigned = before;
  }

  /** A prange nested in another's body: the same iterations, in order, in each outer iteration. */
  private void sequential(Stmt.For f, Register start, Register step, Register nsteps, Register counter, CType t) {
    fb.add(new Op.Assign(counter, fb.cConst(BigInteger.ZERO, t)));
    fb.loops.countedLoop(f, () -> {
      Register more = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(more, "<", counter, nsteps));
      return more;
    }, () -> {
      Register scaled = fb.temp(t);
      fb.add(new Op.CBinary(scaled, "*", step, counter));
      Register value = fb.temp(t);
      fb.add(new Op.CBinary(value, "+", start, scaled));
      Register target = fb.vars.get(((Expr.Name) f.target()).id());
      fb.add(new Op.Assign(target, fb.coerce(value, target.type(), f.pos())));
      fb.markAssigned(((Expr.Name) f.target()).id());
    }, () -> {
      Register n = fb.temp(t);
      fb.add(new Op.CBinary(n, "+", counter, fb.cConst(BigInteger.ONE, t)));
      fb.add(new Op.Assign(counter, n));
    });
  }

  /** {@code return} in an iteration: the value kept for after the loop, the loop stopped. */
  void returnFrom(Region region, Stmt.Return r) {
    Register v = r.value() == null ? fb.statements.defaultReturn() : fb.exprAs(r.value(), fb.fn.returnType);
    if (v != null) {
      if (region.returned == null) {
        region.returned = fb.hiddenVar(fb.fn.returnType, "returned");
        region.loop.shared.add(region.returned);
      }
      fb.add(new Op.Assign(region.returned, v));
    }
    fb.exceptions.runCleanups(region.cleanupDepth);
    if (fb.cur.terminator == null) {
      fb.call(ParallelPrimitives.markWhy(ParallelLoop.WHY_RETURN), null, region.loop.why);
      fb.jump(region.loop.next);
    }
    fb.startUnreachable();
  }

  private boolean isUsed(BasicBlock b) {
    for (BasicBlock x : fb.fn.blocks) if (x.terminator != null && x != b && x.terminator.successors().contains(b)) return true;
    return false;
  }
}
