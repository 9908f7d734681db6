package dev.pyxc.refcount;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The borrowing rule for views, run before the refcount pass: a view of a buffer that the caller
 * keeps acquired for the whole call needs no acquisition of its own.
 *
 * <p>A parameter the function never reassigns is such a view (the caller holds its acquisition
 * until the call returns). So is every slice, index or transpose of one ({@code X[i, :]},
 * {@code x[::-1]}, {@code m.T}), and every variable that only ever holds those: its values all
 * point into buffers the caller holds, so nothing needs releasing when it is reassigned or dies.
 * Such ops get the borrowing primitive and such variables get {@link Op.Borrow} instead of an
 * assignment; the refcount pass then treats them as borrowed, and where a borrowed view escapes
 * (returned, stored in an owning variable, turned into an object) its steal-borrowed rule takes
 * the acquisition there. This is what keeps {@code for i in ...: r = X[i, :]} free of a count
 * update per iteration. A plain copy of a parameter ({@code y = x}, the seed's walrus) keeps its
 * own acquisition: it is one per assignment and keeps a copy's ownership the same everywhere.
 *
 * <p>The verifier checks the result independently: every borrowing op must read a view the
 * caller holds.
 */
public final class BorrowedViews {
  private BorrowedViews() {}

  /** Rewrites {@code fn} in place. */
  public static void run(FuncIr fn) {
    Map<Register, List<Op>> defs = new HashMap<>();
    for (BasicBlock b : fn.blocks) {
      for (Op op : b.ops) if (op.dest() != null) defs.computeIfAbsent(op.dest(), k -> new ArrayList<>()).add(op);
    }
    Set<Register> held = new HashSet<>();
    for (Register p : fn.params) if (p.type() instanceof CType.MemView && !defs.containsKey(p)) held.add(p);
    if (held.isEmpty()) return;
    Set<Register> derived = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (BasicBlock b : fn.blocks) {
        for (int i = 0; i < b.ops.size(); i++) {
          Op op = b.ops.get(i);
          if (op instanceof Op.Call c && c.prim().derivesView() && !c.prim().borrowedResult() && held.contains(c.args().get(0))) {
            replace(fn, b, i, new Op.Call(c.dest(), ViewPrimitives.borrowedView(c.prim()), c.args()));
            held.add(c.dest());
            derived.add(c.dest());
            changed = true;
          }
        }
      }
      for (Map.Entry<Register, List<Op>> e : defs.entrySet()) {
        Register v = e.getKey();
        if (v.kind() != Register.Kind.LOCAL || !(v.type() instanceof CType.MemView) || held.contains(v)) continue;
        boolean onlyDerived = e.getValue().stream().allMatch(d -> d instanceof Op.Assign a && derived.contains(a.src()));
        if (!onlyDerived) continue;
        for (BasicBlock b : fn.blocks) {
          for (int i = 0; i < b.ops.size(); i++) {
            if (b.ops.get(i) instanceof Op.Assign a && a.dest().equals(v)) replace(fn, b, i, new Op.Borrow(v, a.src()));
          }
        }
        e.setValue(List.of());
        held.add(v);
        derived.add(v);
        changed = true;
      }
    }
  }

  private static void replace(FuncIr fn, BasicBlock b, int i, Op with) {
    Op old = b.ops.set(i, with);
    Integer line = fn.lines.remove(old);
    if (line != null) fn.lines.put(with, line);
  }
}
