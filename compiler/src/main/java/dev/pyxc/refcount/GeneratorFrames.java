package dev.pyxc.refcount;

import dev.pyxc.analysis.Liveness;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.GeneratorPrimitives;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Before the refcount pass, for a generator: every register live across a {@code yield} (live at
 * the start of the block the generator resumes in) is stored into the frame before the yield and
 * taken back at the resumption ({@link GeneratorPrimitives}). The pass then sees ordinary steals
 * and new references: a borrowed value stored gets its reference by rule 1, and nothing is owned
 * by a register while the generator is suspended.
 */
public final class GeneratorFrames {
  private GeneratorFrames() {}

  public static void run(FuncIr fn) {
    if (!fn.isGenerator()) return;
    Liveness live = new Liveness(fn, true);
    dev.pyxc.analysis.Definedness defined = new dev.pyxc.analysis.Definedness(fn, new dev.pyxc.analysis.Cfg(fn));
    Map<BasicBlock, Set<Register>> across = new java.util.HashMap<>();
    Map<BasicBlock, Set<Register>> maybeAssigned = new java.util.HashMap<>();
    for (BasicBlock b : fn.blocks) {
      if (!(b.terminator instanceof Terminator.Yield y)) continue;
      Set<Register> regs = new LinkedHashSet<>(live.liveIn(y.resume()));
      // A variable unassigned here has nothing to keep.
      Set<Register> maybe = defined.maybeOnEdge(b, y.resume());
      regs.removeIf(r -> r.isVariable() && r.isRefcounted() && !maybe.contains(r));
      across.put(b, regs);
      Set<Register> unsure = new LinkedHashSet<>(maybe);
      unsure.removeAll(defined.onEdge(b, y.resume()));
      unsure.retainAll(regs);
      maybeAssigned.put(b, unsure);
    }
    for (BasicBlock b : new ArrayList<>(fn.blocks)) {
      if (!(b.terminator instanceof Terminator.Yield y)) continue;
      int line = fn.lineOfEnd(b);
      List<Op> loads = new ArrayList<>();
      Set<Register> unsure = maybeAssigned.get(b);
      for (Register r : across.get(b)) {
        fn.frameSlots.add(r);
        Op store = new Op.Call(null, GeneratorPrimitives.frameStore(fn, r), List.of(r));
        b.ops.add(store);
        fn.lines.put(store, line);
        if (unsure.contains(r)) continue;
        Op load = new Op.Call(r, GeneratorPrimitives.frameLoad(fn, r), List.of());
        loads.add(load);
        fn.lines.put(load, line);
      }
      BasicBlock resume = y.resume();
      List<Op> rest = new ArrayList<>(resume.ops);
      Terminator end = resume.terminator;
      resume.ops.clear();
      resume.ops.addAll(loads);
      // A variable assigned on some paths only comes back only if its slot holds a value: it is
      // unbound first, and the join after the test leaves it maybe assigned, as it was.
      BasicBlock at = resume;
      for (Register r : unsure) {
        add(fn, at, new Op.Unbind(r), line);
        Register held = fn.newRegister(null, dev.pyxc.sema.CType.BINT, Register.Kind.TEMP);
        add(fn, at, new Op.Call(held, GeneratorPrimitives.slotHolds(fn, r), List.of()), line);
        BasicBlock load = fn.newBlock();
        BasicBlock next = fn.newBlock();
        at.terminator = new Terminator.Branch(held, load, next);
        fn.endLines.put(at, line);
        add(fn, load, new Op.Call(r, GeneratorPrimitives.frameLoad(fn, r), List.of()), line);
        load.terminator = new Terminator.Goto(next);
        fn.endLines.put(load, line);
        at = next;
      }
      at.ops.addAll(rest);
      at.terminator = end;
      if (at != resume) fn.endLines.put(at, fn.endLines.getOrDefault(resume, line));
    }
  }

  private static void add(FuncIr fn, BasicBlock b, Op op, int line) {
    b.ops.add(op);
    fn.lines.put(op, line);
  }
}
