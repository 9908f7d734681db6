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
 * by a register while the generator is suspended. A temporary is owned from its definition when
 * it is kept across a yield (a borrowed constant before a yield in the same expression,
 * {@code 'a' + (yield)}), since its reload there is a new reference and each register is owned
 * or borrowed wherever it is defined. A C array or lock variable is not copied: it lives in the frame
 * ({@link FuncIr#frameStorage}).
 */
public final class GeneratorFrames {
  private GeneratorFrames() {}

  public static void run(FuncIr fn) {
    if (!fn.isGenerator()) return;
    for (Register r : fn.registers) {
      if (r.kind() == Register.Kind.LOCAL && (r.type() instanceof dev.pyxc.sema.CType.CArray || dev.pyxc.sema.Locks.isLock(r.type()))) {
        fn.frameStorage.add(r);
      }
    }
    Liveness live = new Liveness(fn, true, RefcountPass.pythonVariables(fn, Set.of()));
    dev.pyxc.analysis.Definedness defined = new dev.pyxc.analysis.Definedness(fn, new dev.pyxc.analysis.Cfg(fn));
    Map<BasicBlock, Set<Register>> across = new java.util.HashMap<>();
    Map<BasicBlock, Set<Register>> maybeAssigned = new java.util.HashMap<>();
    // Registers in the function's order: the analyses' sets iterate by identity, which would make
    // the frame's fields and their stores differ from one compile to the next.
    Map<Register, Integer> order = new java.util.IdentityHashMap<>();
    for (Register r : fn.registers) order.put(r, order.size());
    java.util.Comparator<Register> byOrder = java.util.Comparator.comparingInt(r -> order.getOrDefault(r, Integer.MAX_VALUE));
    for (BasicBlock b : fn.blocks) {
      if (!(b.terminator instanceof Terminator.Yield y)) continue;
      Set<Register> regs = new LinkedHashSet<>(live.liveIn(y.resume()).stream().sorted(byOrder).toList());
      // A variable unassigned here has nothing to keep.
      Set<Register> maybe = defined.maybeOnEdge(b, y.resume());
      regs.removeIf(r -> r.isVariable() && r.isRefcounted() && !maybe.contains(r) || fn.frameStorage.contains(r));
      across.put(b, regs);
      Set<Register> unsure = new LinkedHashSet<>(maybe.stream().sorted(byOrder).toList());
      unsure.removeAll(defined.onEdge(b, y.resume()));
      unsure.retainAll(regs);
      maybeAssigned.put(b, unsure);
    }
    Set<Register> kept = new LinkedHashSet<>();
    across.values().forEach(kept::addAll);
    ownBorrowedTemporaries(fn, kept);
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
        add(fn, at, new Op.Unbind(r, false), line);
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

  /** {@code %r = borrowed...} becomes {@code %t = borrowed...; %r = own %t} for each borrowed temporary kept. */
  private static void ownBorrowedTemporaries(FuncIr fn, Set<Register> kept) {
    for (BasicBlock b : fn.blocks) {
      for (int i = 0; i < b.ops.size(); i++) {
        Op op = b.ops.get(i);
        Register r = op.dest();
        if (r == null || r.kind() != Register.Kind.TEMP || !kept.contains(r) || !op.borrowedResult()
            || !(r.type() instanceof dev.pyxc.sema.CType.PyObject)) {
          continue;
        }
        Register t = fn.newRegister(null, r.type(), Register.Kind.TEMP);
        Op def;
        if (op instanceof Op.LoadConst c) def = new Op.LoadConst(t, c.value());
        else if (op instanceof Op.Call c) def = new Op.Call(t, c.prim(), c.args());
        else throw new IllegalStateException("a borrowed temporary kept across a yield is defined by " + op);
        int line = fn.lineOf(op);
        b.ops.set(i, def);
        fn.lines.put(def, line);
        Op own = new Op.Call(r, dev.pyxc.ir.Primitives.OWN, List.of(t));
        fn.lines.put(own, line);
        if (b.terminator instanceof Terminator.Check c && c.result().equals(r)) {
          // A definition that may fail is tested first; the value is owned where it succeeded.
          b.terminator = new Terminator.Check(t, c.kind(), c.ok(), c.onError(), c.pos());
          c.ok().ops.add(0, own);
        } else {
          b.ops.add(i + 1, own);
        }
      }
    }
  }

  private static void add(FuncIr fn, BasicBlock b, Op op, int line) {
    b.ops.add(op);
    fn.lines.put(op, line);
  }
}
