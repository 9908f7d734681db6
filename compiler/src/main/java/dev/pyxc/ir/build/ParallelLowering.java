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
import java.util.List;
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
    /** The region whose threads run this one's, or null. */
    final Region outer;
    /** Where a return keeps its value: one variable for a region and all the regions it is in. */
    Register returned;

    Region(ParallelLoop loop, int cleanupDepth, Region outer) {
      this.loop = loop;
      this.cleanupDepth = cleanupDepth;
      this.outer = outer;
    }

    Register returnSlot(FunctionBuilder fb) {
      if (returned == null) {
        if (outer != null) {
          returned = outer.returnSlot(fb);
        } else {
          returned = fb.hiddenVar(fb.fn.returnType, "returned");
          if (returned.isRefcounted()) fb.fn.ownedHiddenVariables.add(returned);
        }
        loop.shared.add(returned);
      }
      return returned;
    }
  }

  void prange(Stmt.For f, Prange p) {
    CType t = p.indexType();
    Register start = p.start() == null ? fb.cConst(BigInteger.ZERO, t) : fb.loops.frozen(fb.exprAs(p.start(), t), "start");
    Register stop = fb.loops.frozen(fb.exprAs(p.stop(), t), "stop");
    Register step = p.step() == null ? fb.cConst(BigInteger.ONE, t) : fb.loops.frozen(fb.exprAs(p.step(), t), "step");
    // Where Cython aborts the process, a zero step raises range()'s ValueError.
    if (p.step() != null && !(p.step() instanceof Expr.IntLit)) fb.loops.raiseIfZeroStep(step, t, p.step().pos());
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
    if (p.inBlock()) loop.enclosingBlock = fb.region.loop;
    Map<String, Register> copies = privateCopies(f, p);
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
    // The block's threads reduce: each one's copy of the variable is what the loop's share of iterations adds to.
    if (loop.enclosingBlock != null) loop.enclosingBlock.reductions.putAll(loop.reductions);
    Set<String> before = fb.assignedHere();

    Released released = p.releasesGil() ? releaseGil(f.pos()) : null;
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
    // Started where the GIL is held: each iteration takes it for its body, as in `with gil:`.
    Runnable body = p.bodyTakesGil() ? () -> fb.withs.takingGil(f.pos(), () -> fb.block(f.body())) : () -> fb.block(f.body());
    Region region = threads(loop, exit, () -> fb.loops.loopBody(body, loop.next, breakTrap));
    loop.stoppable = loop.canRaise || isUsed(breakTrap) || region.returned != null;
    fb.cur = breakTrap;
    fb.call(ParallelPrimitives.markWhy(ParallelLoop.WHY_BREAK), null, why);
    fb.jump(loop.next);

    // After the threads: the kept error raised again, a return returning, else the else clause unless stopped.
    fb.cur = exit;
    fb.assigned = before;
    Register stopped = afterThreads(region);
    fb.add(new Op.CBinary(runElse, "<", stopped, fb.cConst(BigInteger.valueOf(ParallelLoop.WHY_BREAK), CType.INT)));
    fb.jump(join);

    fb.cur = join;
    fb.assigned = before;
    if (released != null) takeGilBack(released);
    storeCopies(copies, f.pos());
    BasicBlock orElse = fb.fn.newBlock();
    BasicBlock afterLoop = fb.fn.newBlock();
    fb.branch(runElse, orElse, afterLoop);
    fb.cur = orElse;
    fb.block(f.orElse());
    fb.jump(afterLoop);
    if (released != null) releasedHandler(released);
    fb.cur = afterLoop;
    fb.assigned = before;
  }

  /**
   * The variables the loop makes private (its target, reductions and assigned privates) that
   * nested functions share: each worked on in a hidden C local the cell's value is copied into
   * (OpenMP's clauses name C variables), the loop's code reading and writing that copy.
   */
  private Map<String, Register> privateCopies(Stmt.For f, Prange p) {
    Set<String> names = new java.util.LinkedHashSet<>();
    names.add(((Expr.Name) f.target()).id());
    names.addAll(p.lastPrivates());
    names.addAll(p.reductions().keySet());
    Map<String, Register> copies = new java.util.LinkedHashMap<>();
    for (String name : names) {
      if (!fb.closures.handles(name)) continue;
      Register copy = fb.hiddenVar(fb.fi.symbol(name).type(), "private");
      fb.add(new Op.Assign(copy, fb.closures.read(name, f.pos())));
      fb.closures.privatize(name, true);
      if (fb.vars.put(name, copy) != null) throw new IllegalStateException("a shared variable with a C local too: " + name);
      copies.put(name, copy);
    }
    return copies;
  }

  /** After the loop's threads: each copy's value back in its cell, where nested functions (and the else clause) see it. */
  private void storeCopies(Map<String, Register> copies, Pos pos) {
    for (Map.Entry<String, Register> e : copies.entrySet()) {
      fb.vars.remove(e.getKey());
      fb.closures.privatize(e.getKey(), false);
      fb.closures.store(e.getKey(), e.getValue(), pos);
    }
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

  /** The GIL released around a loop or block that releases it itself, and how to take it back. */
  private record Released(Register state, BasicBlock handler, BasicBlock outerOnError, boolean wasWithout) {}

  /** Releases the GIL as `with nogil:` does (only when held, in a nogil function); errors take it back first. */
  private Released releaseGil(Pos pos) {
    fb.fn.mayRunWithoutGil = true;
    Register state = fb.hiddenVar(new CType.Pointer(CType.VOID), "thread");
    Primitive release = fb.fn.cdef != null && fb.fn.cdef.nogil() ? Primitives.GIL_RELEASE_IF_HELD : Primitives.GIL_RELEASE;
    fb.add(new Op.Assign(state, fb.call(release, pos)));
    Released r = new Released(state, fb.fn.newBlock(), fb.onError, fb.withoutGil);
    fb.exceptions.pushGilSwitch(state, true, r.outerOnError());
    fb.onError = r.handler();
    fb.withoutGil = true;
    return r;
  }

  private void takeGilBack(Released r) {
    fb.exceptions.popCleanup();
    fb.onError = r.outerOnError();
    fb.withoutGil = r.wasWithout();
    fb.exceptions.switchGilBack(r.state(), true);
  }

  /** Where an error with the GIL released goes: the GIL taken back, then the error path outside. */
  private void releasedHandler(Released r) {
    BasicBlock saved = fb.cur;
    fb.cur = r.handler();
    fb.exceptions.switchGilBack(r.state(), true);
    fb.jump(r.outerOnError());
    fb.cur = saved;
  }

  /**
   * After a region's threads have ended: the error one of them kept raised again, the value one
   * returned returned (through the enclosing block's region when there is one). Returns what
   * stopped the region ({@code why}).
   */
  private Register afterThreads(Region region) {
    ParallelLoop loop = region.loop;
    if (loop.canRaise) fb.addChecked(new Op.Call(fb.temp(CType.INT), ParallelPrimitives.reraise(loop), java.util.List.of()), Pos.NONE);
    Register stopped = fb.temp(CType.INT);
    fb.add(new Op.Call(stopped, ParallelPrimitives.LOAD_WHY, java.util.List.of(loop.why)));
    if (region.returned != null) {
      BasicBlock returning = fb.fn.newBlock();
      BasicBlock on = fb.fn.newBlock();
      // An object slot is released where no return stopped the region (a finally may have gone on after one).
      boolean object = fb.region == null && region.returned.isRefcounted();
      BasicBlock notReturning = object ? fb.fn.newBlock() : on;
      Register isReturn = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(isReturn, "==", stopped, fb.cConst(BigInteger.valueOf(ParallelLoop.WHY_RETURN), CType.INT)));
      fb.branch(isReturn, returning, notReturning);
      fb.cur = returning;
      if (fb.region != null) {
        returnThrough(fb.region, region.returned);
      } else {
        if (object) {
          // The slot holds the object a thread returned, though no path into here proves it: is_bound does.
          BasicBlock held = fb.fn.newBlock();
          fb.branch(isBound(region.returned), held, notReturning);
          fb.cur = held;
        }
        fb.exceptions.runCleanups(0);
        if (fb.cur.terminator == null) fb.terminate(new Terminator.Return(region.returned));
      }
      if (object) {
        fb.cur = notReturning;
        BasicBlock left = fb.fn.newBlock();
        fb.branch(isBound(region.returned), left, on);
        fb.cur = left;
        fb.exceptions.withGilIfReleased(Pos.NONE, () -> fb.add(new Op.Unbind(region.returned)));
        fb.jump(on);
      }
      fb.cur = on;
    }
    return stopped;
  }

  /** Statements run with the GIL taken for them (none: nothing), then the list emptied. */
  private void takingGil(Pos pos, List<Stmt> statements) {
    if (statements.isEmpty() || fb.cur.terminator != null) return;
    List<Stmt> these = List.copyOf(statements);
    statements.clear();
    fb.withs.takingGil(pos, () -> fb.block(these));
  }

  private Register isBound(Register variable) {
    Register bound = fb.temp(CType.BINT);
    fb.add(new Op.IsBound(bound, variable));
    return bound;
  }

  /**
   * {@code with parallel(...)}: every thread of the team runs the body once (the prange loops in
   * it share out their iterations); what the block assigns is each thread's own. A return or an
   * error in any thread is acted on after all of them, as after a prange loop.
   */
  void block(Stmt.With w, dev.pyxc.sema.ParallelBlock b) {
    Released released = b.releasesGil() ? releaseGil(w.pos()) : null;
    Register numThreads = b.numThreads() == null ? null : fb.loops.frozen(fb.exprAs(b.numThreads(), CType.INT), "num_threads");
    Register useThreadsIf = b.useThreadsIf() == null ? null : fb.loops.frozen(fb.exprAs(b.useThreadsIf(), CType.BINT), "use_threads_if");
    Register why = fb.hiddenVar(CType.INT, "why");
    fb.add(new Op.Assign(why, fb.cConst(BigInteger.ZERO, CType.INT)));
    ParallelLoop loop = new ParallelLoop(fb.fn.parallelLoops.size(), null, null, why, null, null, numThreads, useThreadsIf);
    loop.block = true;
    fb.fn.parallelLoops.add(loop);
    for (String name : b.privates()) {
      Register r = fb.vars.get(name);
      if (r != null) loop.blockPrivates.add(r);
    }
    Set<String> before = fb.assignedHere();
    loop.body = fb.fn.newBlock();
    loop.next = fb.fn.newBlock();
    BasicBlock exit = fb.fn.newBlock();
    fb.terminate(new Terminator.ParallelFor(loop, exit));
    fb.cur = loop.body;
    Region region = threads(loop, exit, () -> {
      if (b.bodyTakesGil()) {
        // Started where the GIL is held: each thread takes it for the block's own statements; its
        // prange loops (sema keeps them at the top level) take it for each iteration's body.
        List<Stmt> run = new java.util.ArrayList<>();
        for (Stmt s : w.body()) {
          if (s instanceof Stmt.For f && fb.fi.pranges().containsKey(f)) {
            takingGil(w.pos(), run);
            fb.block(List.of(s));
          } else {
            run.add(s);
          }
        }
        takingGil(w.pos(), run);
      } else {
        fb.block(w.body());
      }
      fb.jump(loop.next);
    });
    fb.assigned = before;
    afterThreads(region);
    if (released != null) {
      takeGilBack(released);
      releasedHandler(released);
    }
    fb.assigned = before;
  }

  /**
   * The code the threads run, from {@code loop.body} (where lowering is when called) to {@code
   * loop.next}: errors go to the region's trap, which keeps the exception and marks the region
   * stopped, and a return goes through the region. Leaves lowering at {@code exit}.
   */
  private Region threads(ParallelLoop loop, BasicBlock exit, Runnable body) {
    BasicBlock errorTrap = fb.fn.newBlock();
    Region outerRegion = fb.region;
    Region region = new Region(loop, fb.cleanups.size(), outerRegion);
    fb.region = region;
    BasicBlock aroundOnError = fb.onError;
    fb.onError = errorTrap;
    boolean aroundWithout = fb.withoutGil;
    fb.withoutGil = true;
    body.run();
    fb.withoutGil = aroundWithout;
    fb.onError = aroundOnError;
    fb.region = outerRegion;
    fb.cur = errorTrap;
    fb.call(ParallelPrimitives.saveError(loop), null, loop.why);
    fb.jump(loop.next);
    loop.canRaise = isUsed(errorTrap);
    fb.cur = loop.next;
    fb.terminate(new Terminator.ParallelNext(loop, exit));
    fb.cur = exit;
    return region;
  }

  /** A value returned from inside {@code region}'s threads: kept, the region stopped. */
  private void returnThrough(Region region, Register v) {
    if (v != null && v != region.returnSlot(fb)) fb.add(new Op.Assign(region.returned, v));
    fb.exceptions.runCleanups(region.cleanupDepth);
    if (fb.cur.terminator == null) {
      fb.call(ParallelPrimitives.markWhy(ParallelLoop.WHY_RETURN), null, region.loop.why);
      fb.jump(region.loop.next);
    }
  }

  /** {@code return} in an iteration: the value kept for after the loop, the loop stopped. */
  void returnFrom(Region region, Stmt.Return r) {
    returnThrough(region, r.value() == null ? fb.statements.defaultReturn() : fb.exprAs(r.value(), fb.fn.returnType));
    fb.startUnreachable();
  }

  private boolean isUsed(BasicBlock b) {
    for (BasicBlock x : fb.fn.blocks) if (x.terminator != null && x != b && x.terminator.successors().contains(b)) return true;
    return false;
  }
}
