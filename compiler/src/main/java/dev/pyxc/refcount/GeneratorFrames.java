package dev.pyxc.refcount;

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
    Map<BasicBlock, Set<Register>> liveIn = liveIn(fn);
    dev.pyxc.analysis.Definedness defined = new dev.pyxc.analysis.Definedness(fn, new dev.pyxc.analysis.Cfg(fn));
    Map<BasicBlock, Set<Register>> across = new java.util.HashMap<>();
    for (BasicBlock b : fn.blocks) {
      if (!(b.terminator instanceof Terminator.Yield y)) continue;
      Set<Register> regs = new LinkedHashSet<>(liveIn.get(y.resume()));
      // A variable unassigned here has nothing to keep (sema refused one that may or may not be).
      Set<Register> maybe = defined.maybeOnEdge(b, y.resume());
      regs.removeIf(r -> r.isVariable() && r.isRefcounted() && !maybe.contains(r));
      across.put(b, regs);
    }
    for (BasicBlock b : fn.blocks) {
      if (!(b.terminator instanceof Terminator.Yield y)) continue;
      int line = fn.lineOfEnd(b);
      List<Op> loads = new ArrayList<>();
      for (Register r : across.get(b)) {
        fn.frameSlots.add(r);
        Op store = new Op.Call(null, GeneratorPrimitives.frameStore(fn, r), List.of(r));
        b.ops.add(store);
        fn.lines.put(store, line);
        Op load = new Op.Call(r, GeneratorPrimitives.frameLoad(fn, r), List.of());
        loads.add(load);
        fn.lines.put(load, line);
      }
      y.resume().ops.addAll(0, loads);
    }
  }

  /**
   * Liveness of every register, C values included (the refcount pass's {@code Liveness} follows
   * only refcounted ones): what each block's start needs from before it.
   */
  private static Map<BasicBlock, Set<Register>> liveIn(FuncIr fn) {
    Map<BasicBlock, Set<Register>> in = new java.util.HashMap<>();
    for (BasicBlock b : fn.blocks) in.put(b, new LinkedHashSet<>());
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = fn.blocks.size() - 1; i >= 0; i--) {
        BasicBlock b = fn.blocks.get(i);
        Set<Register> live = new LinkedHashSet<>();
        for (BasicBlock s : b.terminator.successors()) live.addAll(in.get(s));
        live.addAll(b.terminator.operands());
        for (int k = b.ops.size() - 1; k >= 0; k--) {
          Op op = b.ops.get(k);
          if (op.dest() != null) live.remove(op.dest());
          if (op.killed() != null) live.remove(op.killed());
          live.addAll(op.operands());
        }
        if (!live.equals(in.get(b))) {
          in.put(b, live);
          changed = true;
        }
      }
    }
    return in;
  }
}
