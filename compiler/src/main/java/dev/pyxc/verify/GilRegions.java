package dev.pyxc.verify;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent check that no Python object is touched where the GIL may be released: along
 * every path of the final IR (refcount ops included), it follows where {@code with nogil:}
 * releases the GIL and where it is taken back or taken for a moment ({@code with gil:}, a raise),
 * and rejects an op that reads, makes, releases or steals an object register there. A nogil
 * function may run without the GIL from its first op. (Views are not objects: their acquisition
 * counts are atomic and their last release takes the GIL itself.)
 */
public final class GilRegions {
  private GilRegions() {}

  /** Where the GIL may be at a point: {@code released} by the function or its caller, and the {@code with gil:} states taken since. */
  private record State(boolean released, Set<Register> taken) {
    boolean held() {
      return !released || !taken.isEmpty();
    }
  }

  public static List<String> check(FuncIr fn) {
    if (!fn.mayRunWithoutGil) return List.of();
    List<String> errors = new ArrayList<>();
    Map<BasicBlock, State> in = new HashMap<>();
    Deque<BasicBlock> work = new ArrayDeque<>();
    boolean entryReleased = fn.cdef != null && fn.cdef.nogil();
    BasicBlock entry = fn.blocks.get(0);
    in.put(entry, new State(entryReleased, Set.of()));
    work.add(entry);
    Set<Op> reported = new HashSet<>();
    while (!work.isEmpty()) {
      BasicBlock b = work.poll();
      State s = in.get(b);
      for (Op op : b.ops) {
        if (!s.held() && touchesObjects(op) && reported.add(op)) {
          errors.add(fn.qualifiedName + ": " + op + " touches a Python object where the GIL may be released");
        }
        s = after(op, s, entryReleased);
      }
      for (BasicBlock next : successors(b.terminator)) {
        State old = in.get(next);
        State merged = old == null ? s : merge(old, s);
        if (!merged.equals(old)) {
          in.put(next, merged);
          work.add(next);
        }
      }
    }
    return errors;
  }

  /** Where paths meet, the GIL is only as surely held as on the worst of them. */
  private static State merge(State a, State b) {
    Set<Register> taken = new HashSet<>(a.taken());
    taken.retainAll(b.taken());
    return new State(a.released() || b.released(), Set.copyOf(taken));
  }

  private static State after(Op op, State s, boolean entryReleased) {
    if (!(op instanceof Op.Call c)) {
      if (op instanceof Op.Assign a && a.src() != null && s.taken().contains(a.src())) {
        // The state of a `with gil:` moves into the variable that keeps it.
        Set<Register> taken = new HashSet<>(s.taken());
        taken.remove(a.src());
        taken.add(a.dest());
        return new State(s.released(), Set.copyOf(taken));
      }
      return s;
    }
    if (c.prim() == Primitives.GIL_RELEASE || c.prim() == Primitives.GIL_RELEASE_IF_HELD) return new State(true, s.taken());
    if (c.prim() == Primitives.GIL_RESTORE_IF_RELEASED) return new State(entryReleased, s.taken());
    if (c.prim() == Primitives.GIL_ENSURE) {
      Set<Register> taken = new HashSet<>(s.taken());
      taken.add(c.dest());
      return new State(s.released(), Set.copyOf(taken));
    }
    if (c.prim() == Primitives.GIL_ENSURE_RELEASE) {
      Set<Register> taken = new HashSet<>(s.taken());
      taken.remove(c.args().get(0));
      return new State(s.released(), Set.copyOf(taken));
    }
    return s;
  }

  /**
   * Whether an op needs the GIL: a reference count changed, a new or stolen reference, a Python
   * call or global, or an object passed to anything but a C-level access of an instance (a C
   * field read or written, a cdef method called, which take no reference).
   */
  private static boolean touchesObjects(Op op) {
    if (op instanceof Op.LoadGlobal || op instanceof Op.CallPy) return true;
    if (op instanceof Op.IncRef i) return i.value().type() instanceof CType.PyObject;
    if (op instanceof Op.DecRef d) return d.value().type() instanceof CType.PyObject;
    if (op instanceof Op.LoadConst || op instanceof Op.Assign || op instanceof Op.Borrow || op instanceof Op.Cast) return false;
    if (op instanceof Op.Call c) {
      if (c.dest() != null && c.dest().type() instanceof CType.PyObject && !c.prim().borrowedResult()) return true;
      for (int k : c.prim().steals()) if (c.args().get(k).type() instanceof CType.PyObject) return true;
      if (INSTANCE_ACCESS.stream().anyMatch(c.prim().name()::startsWith)) return false;
    }
    for (Register r : op.operands()) if (r.type() instanceof CType.PyObject) return true;
    return false;
  }

  /**
   * Primitives that only reach into an instance's struct (see ClassPrimitives and CallPrimitives; a cdef
   * method called through its vtable, the instance passed borrowed;
   * StructPrimitives' {@code field_} of a struct field inside one: {@code a.data.as_floats}),
   * a closure's scope (a C variable's field, the scope around it: ScopePrimitives), or into a
   * str's, bytes' or bytearray's data ({@code item_}: Primitives.itemInC). An object read or
   * stored through one is caught above (a new reference made, one stolen).
   */
  private static final List<String> INSTANCE_ACCESS = List.of("getfield_", "setfield_", "fieldaddress_", "field_", "cdef_", "vcall_", "attr_not_none",
      "arg_not_none", "truth_", "item_", "cell_get_", "cell_set_", "cell_address_", "scope_outer_");

  private static List<BasicBlock> successors(Terminator t) {
    return t == null ? List.of() : t.successors();
  }
}
