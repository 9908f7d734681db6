package dev.pyxc.analysis;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Register;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Backward liveness of refcounted registers over the CFG (of every register, C values included,
 * with {@code allRegisters}): a register is live at a point if some path from there reads it
 * before redefining it. The {@code held} registers, a function's Python variables, keep their
 * value as Python's locals do: an assignment to one and the function's end read its value, so it
 * lives until it is replaced, deleted or the function returns.
 */
public final class Liveness {
  private final Map<BasicBlock, Set<Register>> liveIn = new HashMap<>();
  private final Map<BasicBlock, Set<Register>> liveOut = new HashMap<>();
  private final boolean allRegisters;
  private final Set<Register> held;

  public Liveness(FuncIr fn) {
    this(fn, false, Set.of());
  }

  public Liveness(FuncIr fn, boolean allRegisters, Set<Register> held) {
    this.allRegisters = allRegisters;
    this.held = held;
    for (BasicBlock b : fn.blocks) {
      liveIn.put(b, new HashSet<>());
      liveOut.put(b, new HashSet<>());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = fn.blocks.size() - 1; i >= 0; i--) {
        BasicBlock b = fn.blocks.get(i);
        Set<Register> out = new HashSet<>();
        for (BasicBlock s : b.terminator.successors()) out.addAll(liveIn.get(s));
        Set<Register> in = transferBlock(b, out);
        if (!out.equals(liveOut.get(b)) || !in.equals(liveIn.get(b))) {
          liveOut.put(b, out);
          liveIn.put(b, in);
          changed = true;
        }
      }
    }
  }

  private Set<Register> transferBlock(BasicBlock b, Set<Register> out) {
    Set<Register> live = new HashSet<>(out);
    for (Register r : b.terminator.operands()) if (allRegisters || r.isRefcounted()) live.add(r);
    if (isExit(b)) live.addAll(held);
    for (int i = b.ops.size() - 1; i >= 0; i--) {
      Op op = b.ops.get(i);
      transfer(op, live);
      if (allRegisters) live.addAll(op.operands());
    }
    return live;
  }

  /** Moves {@code live} from after {@code op} to before it. */
  private void transfer(Op op, Set<Register> live) {
    if (op.dest() != null) live.remove(op.dest());
    if (op.killed() != null) live.remove(op.killed());
    for (Register r : op.operands()) if (r.isRefcounted()) live.add(r);
    // An assignment to a variable, or its del, releases the value it replaces.
    if (op instanceof Op.Assign a && held.contains(a.dest())) live.add(a.dest());
    if (op instanceof Op.Unbind u && u.releases() && held.contains(u.variable())) live.add(u.variable());
    // Testing whether a variable holds a value reads it: a value it holds is released after the test, not before.
    if (op instanceof Op.IsBound ib && ib.variable().isRefcounted()) live.add(ib.variable());
  }

  /** A block that leaves the function: its end releases the variables. */
  public static boolean isExit(BasicBlock b) {
    return b.terminator instanceof dev.pyxc.ir.Terminator.Return || b.terminator instanceof dev.pyxc.ir.Terminator.ReturnError;
  }

  public Set<Register> liveIn(BasicBlock b) {
    return liveIn.get(b);
  }

  public Set<Register> liveOut(BasicBlock b) {
    return liveOut.get(b);
  }

  /** Live sets after each op of {@code b}: element i is what is live right after op i. */
  public Set<Register>[] liveAfterOps(BasicBlock b) {
    List<Op> ops = b.ops;
    @SuppressWarnings("unchecked")
    Set<Register>[] after = new Set[ops.size()];
    Set<Register> live = new HashSet<>(liveOut.get(b));
    for (Register r : b.terminator.operands()) if (r.isRefcounted()) live.add(r);
    if (isExit(b)) live.addAll(held);
    for (int i = ops.size() - 1; i >= 0; i--) {
      after[i] = new HashSet<>(live);
      transfer(ops.get(i), live);
    }
    return after;
  }
}
