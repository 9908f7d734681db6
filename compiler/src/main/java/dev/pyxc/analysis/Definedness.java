package dev.pyxc.analysis;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Forward definedness of variables (parameters and locals): at each block end, those that hold
 * a value on every path ("certainly") and on some path ("maybe"). Temps are defined once, before
 * any use, and are not tracked (so the sets stay small for long functions).
 */
public final class Definedness {
  private final Map<BasicBlock, Set<Register>> atEnd = new HashMap<>();
  private final Map<BasicBlock, Set<Register>> atStart = new HashMap<>();
  private final Map<BasicBlock, Set<Register>> maybeAtEnd = new HashMap<>();
  private final Map<BasicBlock, Set<Register>> maybeAtStart = new HashMap<>();

  public Definedness(FuncIr fn, Cfg cfg) {
    Set<Register> all = new HashSet<>();
    for (Register r : fn.registers) if (r.isVariable()) all.add(r);
    for (BasicBlock b : fn.blocks) {
      atStart.put(b, new HashSet<>(all));
      atEnd.put(b, new HashSet<>(all));
    }
    atStart.put(fn.entry(), new HashSet<>(fn.params));
    for (BasicBlock b : fn.blocks) maybeAtEnd.put(b, new HashSet<>());
    // Only blocks some path can reach define anything: a check_bound of a variable no path has
    // assigned yet always raises, so its ok edge is never taken (in `for ...: s += x` with s
    // unassigned before the loop, the body never completes and s is never assigned). The
    // ownership verifier prunes the same edges.
    Set<BasicBlock> reached = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (BasicBlock b : fn.blocks) {
        boolean reachable = b == fn.entry();
        Set<Register> out = new HashSet<>(b == fn.entry() ? fn.params : Set.of());
        for (BasicBlock p : cfg.predecessors(b)) {
          if (!reached.contains(p) || alwaysRaisesBefore(p, b)) continue;
          reachable = true;
          out.addAll(maybeOnEdge(p, b));
        }
        if (!reachable) continue;
        grew |= reached.add(b);
        maybeAtStart.put(b, new HashSet<>(out));
        apply(b, out);
        if (!out.equals(maybeAtEnd.get(b))) {
          maybeAtEnd.put(b, out);
          grew = true;
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (BasicBlock b : fn.blocks) {
        Set<Register> in;
        if (b == fn.entry()) {
          in = new HashSet<>(fn.params);
        } else {
          in = null;
          for (BasicBlock p : cfg.predecessors(b)) {
            Set<Register> fromP = onEdge(p, b);
            if (in == null) in = new HashSet<>(fromP);
            else in.retainAll(fromP);
          }
          if (in == null) in = new HashSet<>();
        }
        Set<Register> out = new HashSet<>(in);
        apply(b, out);
        if (!in.equals(atStart.get(b)) || !out.equals(atEnd.get(b))) {
          atStart.put(b, in);
          atEnd.put(b, out);
          changed = true;
        }
      }
    }
  }

  /** What {@code b}'s ops do to the set of defined variables: assignments add, an unbind removes. */
  private static void apply(BasicBlock b, Set<Register> defined) {
    for (Op op : b.ops) {
      if (op.dest() != null && op.dest().isVariable()) defined.add(op.dest());
      if (op.killed() != null) defined.remove(op.killed());
    }
  }

  /**
   * The ok edge of a check_bound, or the true edge of a branch on is_bound, of a variable that no
   * path into the test has assigned: never taken.
   */
  private boolean alwaysRaisesBefore(BasicBlock from, BasicBlock to) {
    Register proven = provenBound(from, to);
    return proven != null && !maybeAtEnd.get(from).contains(proven);
  }

  /**
   * The variable the edge from {@code from} to {@code to} proves assigned: the ok edge of a
   * check_bound ending the block, or the true edge of a branch on the is_bound ending it.
   */
  public static Register provenBound(BasicBlock from, BasicBlock to) {
    if (from.ops.isEmpty()) return null;
    Op last = from.ops.get(from.ops.size() - 1);
    if (from.terminator instanceof Terminator.Check c && c.ok() == to && c.onError() != to && last instanceof Op.CheckBound cb) {
      return cb.variable();
    }
    if (from.terminator instanceof Terminator.Branch br && br.ifTrue() == to && br.ifFalse() != to && last instanceof Op.IsBound ib
        && ib.dest() == br.cond()) {
      return ib.variable();
    }
    return null;
  }

  /** The variable the false edge of a branch on the is_bound ending {@code from} proves unassigned. */
  public static Register provenUnbound(BasicBlock from, BasicBlock to) {
    if (from.ops.isEmpty() || !(from.terminator instanceof Terminator.Branch br) || br.ifFalse() != to || br.ifTrue() == to) return null;
    return from.ops.get(from.ops.size() - 1) instanceof Op.IsBound ib && ib.dest() == br.cond() ? ib.variable() : null;
  }

  /** Defined along the edge from {@code from} to {@code to}. */
  public Set<Register> onEdge(BasicBlock from, BasicBlock to) {
    Set<Register> s = atEnd.get(from);
    if (from.terminator instanceof Terminator.Check c && c.onError() == to && c.ok() != to && c.result() != null) {
      s = new HashSet<>(s);
      s.remove(c.result());
    }
    // (A passed check_bound is left maybe-assigned here, as the C releasing it has always been written.)
    Register proven = from.terminator instanceof Terminator.Branch ? provenBound(from, to) : null;
    if (proven != null && !s.contains(proven)) {
      s = new HashSet<>(s);
      s.add(proven);
    }
    return s;
  }

  /** Possibly defined along the edge from {@code from} to {@code to}. */
  public Set<Register> maybeOnEdge(BasicBlock from, BasicBlock to) {
    Set<Register> s = maybeAtEnd.get(from);
    if (from.terminator instanceof Terminator.Check c && c.onError() == to && c.ok() != to && c.result() != null) {
      s = new HashSet<>(s);
      s.remove(c.result());
    }
    Register unbound = provenUnbound(from, to);
    if (unbound != null && s.contains(unbound)) {
      s = new HashSet<>(s);
      s.remove(unbound);
    }
    return s;
  }

  public Set<Register> atStart(BasicBlock b) {
    return atStart.get(b);
  }

  /** Possibly defined where {@code b} starts (nothing, for a block no path reaches). */
  public Set<Register> maybeAtStart(BasicBlock b) {
    return maybeAtStart.getOrDefault(b, Set.of());
  }
}
