package dev.pyxc.verify;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent check of the final IR: it simulates, along every path (error edges included),
 * how many references each register owns, and rejects a function where a reference is leaked,
 * released twice, stolen when not owned, or read after release. It shares nothing with the
 * refcount pass (no liveness): it only follows ops' declared contracts.
 *
 * <p>Borrowed values in pyxc come from owners that outlive every call: the module's constant
 * table, the caller's arguments, and views into the buffers of those arguments. A borrowed value
 * is modelled as valid with zero owned references; an owned value whose count reaches zero is
 * released and may not be read again. That a borrowed view really points into a buffer the
 * caller holds is checked on its own: see {@link #callerHeldViews}.
 */
public final class OwnershipVerifier {
  private enum Def { NO, YES, MAYBE }

  /** Ownership of one register at one point: owned count, whether it holds a value, whether someone else keeps it alive. */
  private record Cell(int refs, Def def, boolean borrowed) {
    static final Cell EMPTY = new Cell(0, Def.NO, false);
  }

  private final FuncIr fn;
  private final List<String> errors = new ArrayList<>();
  private final Set<Register> callerHeld;

  private OwnershipVerifier(FuncIr fn) {
    this.fn = fn;
    this.callerHeld = callerHeldViews(fn);
  }

  /** An op whose result borrows the buffer of a view instead of acquiring it: that view, else null. */
  private static Register viewBorrowedBy(Op op) {
    if (op instanceof Op.Borrow b) return b.src();
    if (op instanceof Op.Call c && c.prim().derivesView() && c.prim().borrowedResult()) return c.args().get(0);
    return null;
  }

  /**
   * The registers that only ever hold views of buffers the caller keeps acquired for the whole
   * call: parameters the function never assigns, and registers every definition of which borrows
   * from one of these (the largest such set: a variable that borrows from itself stays in).
   */
  private static Set<Register> callerHeldViews(FuncIr fn) {
    Map<Register, List<Op>> defs = new HashMap<>();
    for (BasicBlock b : fn.blocks) {
      for (Op op : b.ops) if (op.dest() != null) defs.computeIfAbsent(op.dest(), k -> new ArrayList<>()).add(op);
    }
    Set<Register> held = new HashSet<>();
    for (Register p : fn.params) if (p.isRefcounted() && !defs.containsKey(p)) held.add(p);
    for (Map.Entry<Register, List<Op>> e : defs.entrySet()) {
      if (e.getValue().stream().allMatch(d -> viewBorrowedBy(d) != null)) held.add(e.getKey());
    }
    boolean changed = true;
    while (changed) {
      changed = held.removeIf(r -> defs.getOrDefault(r, List.of()).stream().anyMatch(d -> !held.contains(viewBorrowedBy(d))));
    }
    return held;
  }

  /** Returns the violations found; empty when the function is balanced on every path. */
  public static List<String> check(FuncIr fn) {
    OwnershipVerifier v = new OwnershipVerifier(fn);
    v.run();
    return v.errors;
  }

  private boolean reporting;

  /**
   * First propagates entry states to a fixpoint without reporting (a block may be visited before
   * all of its predecessors), then walks every reached block once more with its final entry state
   * and reports. Conflicting states where paths join are reported at once: a conflict between
   * some paths is a conflict between all of them.
   */
  private void run() {
    Map<Register, Cell> start = new HashMap<>();
    for (Register p : fn.params) if (p.isRefcounted()) start.put(p, new Cell(0, Def.YES, true));
    // Incoming edges of each block: (predecessor, index of the edge in its successor list).
    Map<BasicBlock, List<Map.Entry<BasicBlock, Integer>>> preds = new HashMap<>();
    for (BasicBlock b : fn.blocks) preds.put(b, new ArrayList<>());
    for (BasicBlock b : fn.blocks) {
      List<BasicBlock> succs = b.terminator.successors();
      for (int i = 0; i < succs.size(); i++) preds.get(succs.get(i)).add(Map.entry(b, i));
    }
    Map<BasicBlock, Map<Register, Cell>> entry = new HashMap<>();
    Map<BasicBlock, List<Map<Register, Cell>>> outs = new HashMap<>();
    boolean changed = true;
    int rounds = 0;
    while (changed) {
      if (++rounds > 4 * (fn.registers.size() + 4)) {
        errors.add(fn.name + ": ownership states did not converge");
        return;
      }
      changed = false;
      for (BasicBlock b : fn.blocks) {
        Map<Register, Cell> in = b == fn.entry() ? start : null;
        for (Map.Entry<BasicBlock, Integer> e : preds.get(b)) {
          List<Map<Register, Cell>> po = outs.get(e.getKey());
          if (po == null || po.get(e.getValue()) == null) continue;
          in = in == null ? po.get(e.getValue()) : merge(b, in, po.get(e.getValue()));
          if (in == null) return;
        }
        if (in == null || in.equals(entry.get(b))) continue;
        entry.put(b, in);
        outs.put(b, simulate(b, in));
        changed = true;
      }
    }
    reporting = true;
    for (BasicBlock b : fn.blocks) {
      if (entry.containsKey(b)) simulate(b, entry.get(b));
    }
  }

  /** Runs one block from {@code in}; returns the state along each successor edge. */
  private List<Map<Register, Cell>> simulate(BasicBlock b, Map<Register, Cell> in) {
    Map<Register, Cell> state = new HashMap<>(in);
    for (Op op : b.ops) step(b, op, state);
    Terminator t = b.terminator;
    if (t instanceof Terminator.Return r) {
      if (r.value() != null) {
        use(b, r.value(), state, "return");
        steal(b, r.value(), state, "return");
      }
      requireNothingOwned(b, state, "return");
    } else if (t instanceof Terminator.ReturnError) {
      requireNothingOwned(b, state, "error exit");
    } else if (t instanceof Terminator.Yield y) {
      // A suspended generator holds its values in its frame, never in registers.
      use(b, y.value(), state, "yield");
      steal(b, y.value(), state, "yield");
      requireNothingOwned(b, state, "yield");
    }
    List<Map<Register, Cell>> outs = new ArrayList<>();
    List<BasicBlock> succs = t.successors();
    for (int i = 0; i < succs.size(); i++) {
      Map<Register, Cell> out = state;
      if (t instanceof Terminator.Check c && i == 1 && c.result() != null && c.result().isRefcounted()) {
        out = new HashMap<>(state);
        put(out, c.result(), Cell.EMPTY);
      }
      // A passed check_bound (its ok edge), or a branch on is_bound (its true edge), proves the variable holds its value.
      Register proven = dev.pyxc.analysis.Definedness.provenBound(b, succs.get(i));
      if (proven != null) {
        Cell c = out.getOrDefault(proven, Cell.EMPTY);
        if (c.equals(Cell.EMPTY)) {
          out = null;  // never assigned on any path here: the check always raises, the branch never goes there
        } else if (c.def() != Def.YES) {
          out = new HashMap<>(out);
          put(out, proven, new Cell(c.refs(), Def.YES, c.borrowed()));
        }
      }
      Register unbound = out == null ? null : dev.pyxc.analysis.Definedness.provenUnbound(b, succs.get(i));
      if (unbound != null) {
        Cell c = out.getOrDefault(unbound, Cell.EMPTY);
        if (c.def() == Def.YES) {
          out = null;  // certainly assigned here: the branch never goes there
        } else if (!c.equals(Cell.EMPTY)) {
          out = new HashMap<>(out);
          put(out, unbound, Cell.EMPTY);
        }
      }
      outs.add(out);
    }
    return outs;
  }

  /** The state where two paths join; null (and an error) when they disagree about ownership. */
  private Map<Register, Cell> merge(BasicBlock at, Map<Register, Cell> a, Map<Register, Cell> b) {
    Map<Register, Cell> out = new HashMap<>();
    Set<Register> keys = new HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (Register r : keys) {
      Cell x = a.getOrDefault(r, Cell.EMPTY);
      Cell y = b.getOrDefault(r, Cell.EMPTY);
      Cell m = mergeCell(x, y);
      if (m == null) {
        errors.add(fn.name + ": L" + at.label + ": inconsistent ownership of " + r + " where paths join (" + show(x) + " vs " + show(y) + ")");
        return null;
      }
      put(out, r, m);
    }
    return out;
  }

  private static Cell mergeCell(Cell x, Cell y) {
    if (x.equals(y)) return x;
    // A value kept alive elsewhere on one path only is, after the join, only as safe as the other path says.
    if (x.refs() == y.refs() && x.def() == y.def()) return new Cell(x.refs(), x.def(), false);
    if (x.refs() == 0 && y.refs() == 0) {
      if (x.borrowed() && y.borrowed() && x.def() != Def.NO && y.def() != Def.NO) return new Cell(0, Def.MAYBE, true);
      return Cell.EMPTY;
    }
    if (x.refs() == 1 && y.refs() == 1 && !x.borrowed() && !y.borrowed()) return new Cell(1, Def.MAYBE, false);
    if (x.refs() == 1 && !x.borrowed() && y.equals(Cell.EMPTY)) return new Cell(1, Def.MAYBE, false);
    if (y.refs() == 1 && !y.borrowed() && x.equals(Cell.EMPTY)) return new Cell(1, Def.MAYBE, false);
    return null;
  }

  /** Sets a register's cell; an empty cell is not stored, so states stay as small as what is held. */
  private static void put(Map<Register, Cell> state, Register r, Cell c) {
    if (c.equals(Cell.EMPTY)) state.remove(r);
    else state.put(r, c);
  }

  private static String show(Cell c) {
    return c.def() == Def.NO ? "no value" : c.refs() + " owned" + (c.def() == Def.MAYBE ? " if assigned" : "")
        + (c.borrowed() ? ", borrowed" : "");
  }

  private void step(BasicBlock b, Op op, Map<Register, Cell> state) {
    if (op instanceof Op.IncRef inc) {
      use(b, inc.value(), state, "inc_ref");
      Cell c = state.get(inc.value());
      if (c != null) put(state, inc.value(), new Cell(c.refs() + 1, Def.YES, c.borrowed()));
    } else if (op instanceof Op.Unbind u) {
      Cell c = state.getOrDefault(u.variable(), Cell.EMPTY);
      if (c.refs() > 0) {
        fail(b, "unbind of " + u.variable() + " while it still owns a reference (leak)");
        return;
      }
      put(state, u.variable(), Cell.EMPTY);
    } else if (op instanceof Op.DecRef dec) {
      Register r = dec.value();
      Cell c = state.getOrDefault(r, Cell.EMPTY);
      boolean ok = c.refs() >= 1 && (c.def() == Def.YES || (c.def() == Def.MAYBE && dec.maybeNull()));
      if (!ok) {
        fail(b, "dec_ref of " + r + " which " + (c.def() == Def.MAYBE ? "may be unassigned (needs xdec_ref)" : "owns no reference (" + show(c) + ")"));
        return;
    }
      int refs = c.refs() - 1;
      put(state, r, refs == 0 && !c.borrowed() ? Cell.EMPTY : new Cell(refs, c.def(), c.borrowed()));
    } else if (op instanceof Op.Call call && dev.pyxc.ir.GeneratorPrimitives.isFrameStore(call.prim())
        && call.args().get(0).isVariable() && state.getOrDefault(call.args().get(0), Cell.EMPTY).def() != Def.YES) {
      // A generator's frame takes a variable's value across a yield, assigned or not (then NULL):
      // the reference it owns if assigned moves into the frame.
      Register v = call.args().get(0);
      Cell c = state.getOrDefault(v, Cell.EMPTY);
      if (c.refs() > 1 || c.borrowed()) fail(b, describe(op) + " takes " + v + ", which may be unassigned and owns " + show(c));
      put(state, v, Cell.EMPTY);
    } else {
      Register base = viewBorrowedBy(op);
      if (base != null && !callerHeld.contains(base)) {
        fail(b, describe(op) + " borrows a view of " + base + ", whose buffer the caller does not keep acquired");
      }
      for (Register r : op.operands()) use(b, r, state, describe(op));
      for (Register r : op.stolen()) steal(b, r, state, describe(op));
      if (op.dest() != null) define(b, op.dest(), state, op.borrowedResult());
    }
  }

  private void use(BasicBlock b, Register r, Map<Register, Cell> state, String what) {
    if (!r.isRefcounted()) return;
    Cell c = state.getOrDefault(r, Cell.EMPTY);
    if (c.def() != Def.YES || (c.refs() == 0 && !c.borrowed())) {
      fail(b, what + " reads " + r + " which holds no live reference (" + show(c) + ")");
    }
  }

  private void steal(BasicBlock b, Register r, Map<Register, Cell> state, String what) {
    if (!r.isRefcounted()) return;
    Cell c = state.getOrDefault(r, Cell.EMPTY);
    if (c.refs() < 1) {
      fail(b, what + " steals " + r + " which owns no reference (" + show(c) + ")");
      return;
    }
    int refs = c.refs() - 1;
    put(state, r, refs == 0 && !c.borrowed() ? Cell.EMPTY : new Cell(refs, c.def(), c.borrowed()));
  }

  private void define(BasicBlock b, Register d, Map<Register, Cell> state, boolean borrowed) {
    if (!d.isRefcounted()) return;
    Cell old = state.getOrDefault(d, Cell.EMPTY);
    if (old.refs() > 0) {
      fail(b, "assignment to " + d + " overwrites a reference it still owns (leak)");
      return;
    }
    put(state, d, borrowed ? new Cell(0, Def.YES, true) : new Cell(1, Def.YES, false));
  }

  private void requireNothingOwned(BasicBlock b, Map<Register, Cell> state, String where) {
    for (Map.Entry<Register, Cell> e : state.entrySet()) {
      if (e.getValue().refs() > 0) {
        fail(b, e.getKey() + " still owns a reference at " + where + " (leak)");
      }
    }
  }

  private void fail(BasicBlock b, String message) {
    if (reporting) errors.add(fn.name + ": L" + b.label + ": " + message);
  }

  private static String describe(Op op) {
    if (op instanceof Op.Assign a) {
      return "assignment to " + a.dest();
    } else if (op instanceof Op.Borrow a) {
      return "borrowing assignment to " + a.dest();
    } else if (op instanceof Op.Call c) {
      return c.prim().name();
    } else {
      return op.getClass().getSimpleName();
    }
  }
}
