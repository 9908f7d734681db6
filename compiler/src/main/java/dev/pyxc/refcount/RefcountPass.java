package dev.pyxc.refcount;

import dev.pyxc.analysis.Cfg;
import dev.pyxc.analysis.Definedness;
import dev.pyxc.analysis.Liveness;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one pass that makes ownership explicit; the only creator of {@link Op.IncRef} and
 * {@link Op.DecRef}. It knows no syntax: it works from three facts per value (is it owned, is
 * it live, is it defined) and four rules, each recorded with the op it inserts:
 *
 * <ol>
 *   <li>{@link Rule#STEAL_BORROWED}: an op steals a value that is borrowed; take a reference
 *       first. (Storing a parameter into a variable, {@code (y := x)}, returning a constant.)
 *   <li>{@link Rule#STEAL_LIVE}: an op steals a value that is still needed afterwards; take a
 *       reference first.
 *   <li>{@link Rule#LAST_USE}: an owned value is not needed after an op; release it there.
 *   <li>{@link Rule#EDGE}: an owned value is live at the end of a block but dead where a
 *       successor starts (including error edges); release it on that edge (on an edge out of a
 *       {@code with nogil:} block, once the successor has taken the GIL back).
 * </ol>
 * Plus {@link Rule#PARAM_REASSIGNED}: a parameter that the function reassigns is owned from
 * entry, so the caller's borrowed reference gets its own count; and {@link Rule#PARAM_OF_GIL_TAKER}:
 * so is every object parameter of a function that takes the GIL itself ({@code with gil}), whose
 * caller, running without the GIL, may pass a reference nobody keeps (an attribute's value). At a
 * nogil function's entry and exits, which may be without the GIL, these references and the
 * scope-end releases of its Python variables are made with the GIL taken for the moment.
 *
 * <p>A Python variable (a local or reassigned parameter of the source, not a temporary or a
 * hidden variable of the compiler) keeps its value as CPython's locals do, whether or not the
 * code reads it again: {@link Rule#REPLACED} releases it where an assignment replaces it or
 * {@code del} removes it, {@link Rule#SCOPE_END} where the function returns or raises. So an
 * object a variable holds lives until then (a weak reference to it still resolves, its
 * {@code __del__} runs then, a buffer stays acquired), as in Python and Cython.
 */
public final class RefcountPass {
  public enum Rule {
    STEAL_BORROWED("borrowed value stolen by %s: take a reference"),
    STEAL_LIVE("value stolen by %s is still used later: take a reference"),
    LAST_USE("owned value dies after its last use in %s"),
    EDGE("owned value live at the end of L%s is dead on this edge"),
    PARAM_REASSIGNED("parameter %s is reassigned: own it from entry"),
    PARAM_OF_GIL_TAKER("parameter %s of a function that takes the GIL: own it from entry (its caller may hold no reference)"),
    REPLACED("variable's value is replaced by %s: release the old one"),
    SCOPE_END("function ends: release variable %s");

    public final String template;

    Rule(String template) {
      this.template = template;
    }
  }

  /** Why each inserted op was inserted (for {@code --dump-ir} comments and teaching). */
  public record Reason(Rule rule, String detail) {
    public String text() {
      return rule.template.formatted(detail);
    }
  }

  private final FuncIr fn;
  private final Map<Op, Reason> reasons = new IdentityHashMap<>();
  private Set<Register> reassignedParams;
  /** Variables that only ever hold borrowed views ({@link Op.Borrow}): they own nothing. */
  private Set<Register> borrowingVars;
  /** The Python variables, which hold their value until replaced or the function ends. */
  private Set<Register> variables;
  /** The source line inserted ops are attributed to: that of the op or edge that needs them. */
  private int line;

  private RefcountPass(FuncIr fn) {
    this.fn = fn;
  }

  /** Rewrites {@code fn} in place; returns why each inserted op is there. */
  public static Map<Op, Reason> run(FuncIr fn) {
    RefcountPass p = new RefcountPass(fn);
    p.rewrite();
    return p.reasons;
  }

  /** Whether a register holds its own reference when defined. */
  private boolean owned(Register r, Map<Register, Op> defs) {
    if (!r.isRefcounted()) return false;
    return switch (r.kind()) {
      case LOCAL -> !borrowingVars.contains(r);
      case PARAM -> reassignedParams.contains(r);
      case TEMP -> {
        Op def = defs.get(r);
        yield def != null && !def.borrowedResult();
      }
    };
  }

  private void rewrite() {
    Map<Register, Op> defs = new HashMap<>();
    reassignedParams = new HashSet<>();
    borrowingVars = new HashSet<>();
    Set<Register> assignedVars = new HashSet<>();
    for (BasicBlock b : fn.blocks) {
      for (Op op : b.ops) {
        if (op.dest() == null) continue;
        defs.put(op.dest(), op);
        if (op.dest().kind() == Register.Kind.PARAM) reassignedParams.add(op.dest());
        if (op instanceof Op.Borrow) borrowingVars.add(op.dest());
        else if (op.dest().isVariable()) assignedVars.add(op.dest());
      }
    }
    Set<Register> gilParams = new HashSet<>();
    if (fn.takesGil) for (Register p : fn.params) if (p.isRefcounted() && !reassignedParams.contains(p)) gilParams.add(p);
    reassignedParams.addAll(gilParams);
    // A variable is borrowing only when nothing else ever assigns it; otherwise it owns.
    borrowingVars.removeAll(assignedVars);
    variables = pythonVariables(fn, borrowingVars);
    Cfg cfg = new Cfg(fn);
    Liveness live = new Liveness(fn, false, variables);
    Definedness defined = new Definedness(fn, cfg);

    List<BasicBlock> original = new ArrayList<>(fn.blocks);
    Map<BasicBlock, Set<Register>> ownedAtEndOk = new HashMap<>();
    for (BasicBlock b : original) {
      Set<Register>[] after = live.liveAfterOps(b);
      Set<Register> def = new HashSet<>(defined.atStart(b));
      Set<Register> maybe = new HashSet<>(defined.maybeAtStart(b));
      List<Op> out = new ArrayList<>();
      line = fn.line;
      if (b == fn.entry()) {
        List<Register> owning = new ArrayList<>();
        for (Register p : fn.params) if (reassignedParams.contains(p) && p.isRefcounted() && live.liveIn(b).contains(p)) owning.add(p);
        // A nogil function's entry may be without the GIL: its references are taken with it, for the moment.
        Register gilState = withGilFor(out, owning);
        for (Register p : owning) {
          insert(out, new Op.IncRef(p), gilParams.contains(p) ? Rule.PARAM_OF_GIL_TAKER : Rule.PARAM_REASSIGNED, p.toString());
        }
        if (gilState != null) add(out, new Op.Call(null, Primitives.GIL_ENSURE_RELEASE, List.of(gilState)));
      }
      Register failingDest = b.terminator instanceof Terminator.Check c ? c.result() : null;
      for (int i = 0; i < b.ops.size(); i++) {
        Op op = b.ops.get(i);
        line = fn.lineOf(op);
        Set<Register> liveAfter = after[i];
        String name = opName(op);
        Set<Register> consumed = new HashSet<>();
        for (Register s : op.stolen()) {
          if (!owned(s, defs)) {
            insert(out, new Op.IncRef(s), Rule.STEAL_BORROWED, name);
          } else if (liveAfter.contains(s) && !(s.equals(op.dest()))) {
            insert(out, new Op.IncRef(s), Rule.STEAL_LIVE, name);
          } else if (!consumed.add(s)) {
            insert(out, new Op.IncRef(s), Rule.STEAL_LIVE, name);
          }
        }
        Register replaced = op instanceof Op.Assign a ? a.dest() : op instanceof Op.Unbind u && u.releases() ? u.variable() : null;
        if (replaced != null && variables.contains(replaced) && maybe.contains(replaced)) {
          insert(out, new Op.DecRef(replaced, !def.contains(replaced)), Rule.REPLACED, name);
        }
        out.add(op);
        if (op.dest() != null) {
          def.add(op.dest());
          maybe.add(op.dest());
        }
        if (op.killed() != null) {
          def.remove(op.killed());
          maybe.remove(op.killed());
        }
        Set<Register> seen = new LinkedHashSet<>();
        for (Register r : op.operands()) {
          if (!seen.add(r) || consumed.contains(r) || op.stolen().contains(r) || variables.contains(r)) continue;
          if (owned(r, defs) && !liveAfter.contains(r) && !r.equals(op.dest())) {
            insert(out, new Op.DecRef(r, r.isVariable() && !def.contains(r)), Rule.LAST_USE, name);
          }
        }
        Register d = op.dest();
        boolean checkedLast = i == b.ops.size() - 1 && d != null && d.equals(failingDest);
        if (d != null && owned(d, defs) && !liveAfter.contains(d) && !checkedLast) {
          insert(out, new Op.DecRef(d, false), Rule.LAST_USE, name);
        }
      }
      if (Liveness.isExit(b)) {
        Register returned = b.terminator instanceof Terminator.Return ret ? ret.value() : null;
        line = fn.lineOfEnd(b);
        List<Register> ending = new ArrayList<>();
        for (Register v : sorted(variables)) if (maybe.contains(v) && !v.equals(returned)) ending.add(v);
        // A nogil function may end without the GIL (its `with gil:` assigned Python variables):
        // their releases take it for the moment, as Cython's function exit does.
        Register gilState = withGilFor(out, ending);
        for (Register v : ending) insert(out, new Op.DecRef(v, !def.contains(v)), Rule.SCOPE_END, v.toString());
        if (gilState != null) add(out, new Op.Call(null, Primitives.GIL_ENSURE_RELEASE, List.of(gilState)));
      }
      b.ops.clear();
      b.ops.addAll(out);
      if (b.terminator instanceof Terminator.Return ret && ret.value() != null && ret.value().isRefcounted()
          && !owned(ret.value(), defs)) {
        line = fn.lineOfEnd(b);
        insert(b.ops, new Op.IncRef(ret.value()), Rule.STEAL_BORROWED, "return");
      }
      if (b.terminator instanceof Terminator.Yield y && !owned(y.value(), defs)) {
        line = fn.lineOfEnd(b);
        insert(b.ops, new Op.IncRef(y.value()), Rule.STEAL_BORROWED, "yield");
      }
      ownedAtEndOk.put(b, def);
    }

    // Edges: release what is held at the end of a block but dead at the start of a successor.
    Map<String, BasicBlock> cleanupBlocks = new HashMap<>();
    for (BasicBlock b : original) {
      List<BasicBlock> succs = b.terminator.successors();
      for (int si = 0; si < succs.size(); si++) {
        BasicBlock s = succs.get(si);
        Set<Register> held = new LinkedHashSet<>();
        for (Register r : live.liveOut(b)) if (owned(r, defs)) held.add(r);
        Set<Register> definedOnEdge = defined.onEdge(b, s);
        if (b.terminator instanceof Terminator.Check c && c.result() != null && owned(c.result(), defs)) {
          if (s == c.ok() && si == 0) held.add(c.result());
          if (s == c.onError() && si == 1) held.remove(c.result());
        }
        held.removeAll(live.liveIn(s));
        Set<Register> maybe = defined.maybeOnEdge(b, s);
        held.removeIf(r -> r.isVariable() && !maybe.contains(r));
        if (held.isEmpty()) continue;
        List<Op> decs = new ArrayList<>();
        for (Register r : sorted(held)) {
          boolean maybeNull = r.isVariable() && !definedOnEdge.contains(r)
              && !(b.terminator instanceof Terminator.Check c && r.equals(c.result()));
          Op dec = new Op.DecRef(r, maybeNull);
          reasons.put(dec, new Reason(Rule.EDGE, String.valueOf(b.label)));
          decs.add(dec);
        }
        placeOnEdge(b, si, s, decs, cfg, cleanupBlocks);
      }
    }
    fn.relabel();
  }

  /**
   * The registers that are the function's Python variables: its locals (not the compiler's hidden
   * ones, named {@code $...}, except the FuncIr's owned hidden variables, nor a comprehension's own, nor those only ever holding borrowed
   * views) and the parameters the source assigns, whose values are objects or views the variable
   * owns. (A generator's parameter taken back from its frame is not assigned by the source.)
   */
  static Set<Register> pythonVariables(FuncIr fn, Set<Register> borrowing) {
    Set<Register> assignedParams = new HashSet<>();
    for (BasicBlock b : fn.blocks) {
      for (Op op : b.ops) if (op instanceof Op.Assign a && a.dest().kind() == Register.Kind.PARAM) assignedParams.add(a.dest());
    }
    Set<Register> out = new LinkedHashSet<>();
    for (Register r : fn.registers) {
      if (fn.ownedHiddenVariables.contains(r)) {
        out.add(r);
        continue;
      }
      if (!r.isRefcounted() || r.name() == null || r.name().startsWith("$")
          || dev.pyxc.ast.ComprehensionVariables.isRenamed(r.name())) {
        continue;
      }
      if ((r.kind() == Register.Kind.LOCAL && !borrowing.contains(r)) || (r.kind() == Register.Kind.PARAM && assignedParams.contains(r))) {
        out.add(r);
      }
    }
    return out;
  }

  private static List<Register> sorted(Set<Register> regs) {
    List<Register> l = new ArrayList<>(regs);
    l.sort((x, y) -> Integer.compare(x.id(), y.id()));
    return l;
  }

  private void placeOnEdge(BasicBlock from, int succIndex, BasicBlock to, List<Op> decs, Cfg cfg,
      Map<String, BasicBlock> cleanupBlocks) {
    // Releases at the start of the only successor belong to where that path goes (the return
    // that leaves a loop); elsewhere to the branch or failing op that ends the block.
    if (cfg.predecessors(to).size() == 1 && to != fn.entry()) {
      // An edge out of a `with nogil:` block (or into a part of one that takes the GIL for a
      // moment): released once the successor has taken the GIL.
      int at = 0;
      while (at < to.ops.size() && takesGil(to.ops, at)) at++;
      int line = at == to.ops.size() ? fn.lineOfEnd(to) : fn.lineOf(to.ops.get(at));
      for (Op d : decs) fn.lines.put(d, line);
      to.ops.addAll(at, decs);
      return;
    }
    for (Op d : decs) fn.lines.put(d, fn.lineOfEnd(from));
    if (from.terminator.successors().size() == 1) {
      from.ops.addAll(decs);
      return;
    }
    String key = to.label + ":" + decs.stream().map(Op::toString).reduce("", String::concat);
    BasicBlock cleanup = cleanupBlocks.get(key);
    if (cleanup == null) {
      cleanup = fn.newBlock();
      cleanup.ops.addAll(decs);
      cleanup.terminator = new Terminator.Goto(to);
      cleanupBlocks.put(key, cleanup);
    } else {
      for (int i = 0; i < decs.size(); i++) {
        reasons.put(cleanup.ops.get(i), reasons.get(decs.get(i)));
      }
    }
    from.terminator = retarget(from.terminator, succIndex, cleanup);
  }

  /** Whether op {@code i} takes the GIL back or for a moment (an ensure, or keeping its state). */
  private static boolean takesGil(List<Op> ops, int i) {
    Op op = ops.get(i);
    if (op instanceof Op.Call c) return c.prim() == Primitives.GIL_RESTORE_IF_RELEASED || c.prim() == Primitives.GIL_ENSURE;
    return i > 0 && op instanceof Op.Assign a && ops.get(i - 1) instanceof Op.Call c && c.prim() == Primitives.GIL_ENSURE
        && a.src().equals(c.dest());
  }

  private static Terminator retarget(Terminator t, int index, BasicBlock to) {
    if (t instanceof Terminator.Branch br) {
      return index == 0 ? new Terminator.Branch(br.cond(), to, br.ifFalse())
          : new Terminator.Branch(br.cond(), br.ifTrue(), to);
    } else if (t instanceof Terminator.Check c) {
      return index == 0 ? new Terminator.Check(c.result(), c.kind(), to, c.onError(), c.pos())
          : new Terminator.Check(c.result(), c.kind(), c.ok(), to, c.pos());
    } else {
      throw new AssertionError("edge split on " + t);
    }
  }

  /**
   * Before reference operations on {@code touched} at a nogil function's entry or exit, where the
   * GIL may be released: takes it ({@code gil_ensure}) and returns the state to give it back
   * with; null where nothing needs it (no object among them, or the function holds the GIL).
   * (A view's acquisition count needs no GIL.)
   */
  private Register withGilFor(List<Op> out, List<Register> touched) {
    boolean startsWithoutGil = fn.cdef != null && fn.cdef.nogil() && !fn.takesGil;
    if (!startsWithoutGil || touched.stream().noneMatch(v -> v.type() instanceof dev.pyxc.sema.CType.PyObject)) return null;
    Register state = fn.newRegister(null, dev.pyxc.sema.CType.INT, Register.Kind.TEMP);
    add(out, new Op.Call(state, Primitives.GIL_ENSURE, List.of()));
    return state;
  }

  /** An op the pass adds that is no reference operation (it has no rule of its own). */
  private void add(List<Op> out, Op op) {
    fn.lines.put(op, line);
    out.add(op);
  }

  private void insert(List<Op> out, Op op, Rule rule, String detail) {
    reasons.put(op, new Reason(rule, detail));
    fn.lines.put(op, line);
    out.add(op);
  }

  private static String opName(Op op) {
    if (op instanceof Op.Assign a) {
      return "assignment to " + a.dest();
    } else if (op instanceof Op.Call c) {
      return c.prim().name();
    } else {
      return op.getClass().getSimpleName().toLowerCase();
    }
  }
}
