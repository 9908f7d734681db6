package dev.pyxc.ir.build;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.ClassInfo;
import java.math.BigInteger;
import java.util.List;

/**
 * Statements: the dispatch over every statement kind, and the ones that need no construct of
 * their own ({@code return}, {@code pass}, {@code global}).
 */
final class StatementLowering {
  private final FunctionBuilder fb;

  StatementLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /**
   * A module-level def bound where its statement stands: its decorators evaluated, then its
   * defaults (into the function object, as a nested def's), the decorators applied, the name bound.
   */
  private void moduleDef(Stmt.FuncDef f) {
    if (f.isCdef()) {
      storeDefaults(null, f);
      if (f.cdef().cpdef() && !dev.pyxc.sema.EvaluatedDefaults.of(f).isEmpty()) cpdefDefaults(f);
      return;
    }
    dev.pyxc.sema.FunctionInfo target = fb.outer.info.functions().stream().filter(x -> x.def() == f).findFirst().orElseThrow();
    java.util.List<Stmt.Decorator> applied = fb.classes.nonDirectives(f.decorators());
    java.util.List<Register> decorators = fb.classes.decorators(applied);
    Register fn = fb.closures.make(target.closure(), f.pos());
    // A view parameter's evaluated default is acquired here, once, into its module slot.
    for (int i : dev.pyxc.sema.EvaluatedDefaults.viewSlots(f, k -> fb.outer.info.paramType(f, k))) {
      int j = (int) f.params().subList(0, i).stream().filter(q -> q.defaultValue() != null).count();
      CType t = fb.outer.info.paramType(f, i);
      Stmt.Param p = f.params().get(i);
      Register view = fb.coerce(fb.call(dev.pyxc.ir.DefaultSlots.functionDefault(j), p.defaultValue().pos(), fn), t, p.defaultValue().pos());
      fb.call(dev.pyxc.ir.DefaultSlots.store(dev.pyxc.ir.DefaultSlots.name(null, f.name(), i), t), p.defaultValue().pos(), view);
    }
    fb.assignments.store(new dev.pyxc.ast.Expr.Name(f.name(), f.pos()), fb.classes.decorate(decorators, applied, fn), f.pos());
  }

  /** The def fused function whose object this def statement of the module's code makes, or null. */
  private dev.pyxc.sema.FusedFunctions.Group fusedMadeHere(Stmt.FuncDef f) {
    return fb.outer.info.fusedDefs().stream().filter(g -> g.atStatement() && g.def() == f).findFirst().orElse(null);
  }

  /** Whether a def in a Python class's body is a specialization of one of its fused methods. */
  private boolean isMadeByItsGroup(Stmt.FuncDef f) {
    return fb.outer.info.fusedDefs().stream().anyMatch(g -> g.pyClass() != null && g.specializations().stream().anyMatch(s -> s.def() == f));
  }

  /**
   * A def fused function made where its statement runs: its decorators evaluated, then its
   * defaults, once, into the one tuple every specialization's function object keeps (each converts
   * them to its own parameters' types when called), the object that dispatches to them made from
   * them, decorated, and bound.
   */
  private void fusedDef(dev.pyxc.sema.FusedFunctions.Group g) {
    Stmt.FuncDef f = g.def();
    java.util.List<Stmt.Decorator> applied = new java.util.ArrayList<>(fb.classes.nonDirectives(f.decorators()));
    // A method's innermost @classmethod makes the object bind to the class (its specializations
    // indexed through it too), as Cython's fused classmethods do.
    boolean classmethod = g.pyClass() != null && !applied.isEmpty()
        && applied.get(applied.size() - 1).expr() instanceof dev.pyxc.ast.Expr.Name n && n.id().equals("classmethod");
    if (classmethod) applied.remove(applied.size() - 1);
    java.util.List<Register> decorators = fb.classes.decorators(applied);
    Register[] defaults = f.params().stream().filter(p -> p.defaultValue() != null)
        .map(p -> fb.exprAs(p.defaultValue(), CType.OBJECT)).toArray(Register[]::new);
    Register tuple = defaults.length == 0 ? null : fb.call(dev.pyxc.ir.Primitives.TUPLE_PACK, f.pos(), defaults);
    java.util.List<Register> functions = new java.util.ArrayList<>();
    for (dev.pyxc.sema.FusedFunctions.Specialization s : g.specializations()) {
      dev.pyxc.sema.Closure c = fb.outer.info.functions().stream().filter(x -> x.def() == s.def()).findFirst().orElseThrow().closure();
      functions.add(fb.closures.make(c, f.pos(), tuple));
    }
    Register fused = fb.call(dev.pyxc.ir.ScopePrimitives.makeFused(g), f.pos(), functions.toArray(Register[]::new));
    if (classmethod) fb.call(dev.pyxc.ir.ScopePrimitives.FUSED_CLASSMETHOD, f.pos(), fused);
    fb.assignments.store(new dev.pyxc.ast.Expr.Name(f.name(), f.pos()), fb.classes.decorate(decorators, applied, fused), f.pos());
  }

  /**
   * A cpdef function's object (bound at init) learns its {@code __defaults__} once they are known:
   * every default, literal or evaluated, as the Python value of its parameter's type.
   */
  private void cpdefDefaults(Stmt.FuncDef f) {
    java.util.List<Register> values = new java.util.ArrayList<>();
    for (int i = 0; i < f.params().size(); i++) {
      Stmt.Param p = f.params().get(i);
      if (p.defaultValue() == null) continue;
      CType t = fb.outer.info.paramType(f, i);
      Register v = dev.pyxc.sema.EvaluatedDefaults.isEvaluated(p.defaultValue())
          ? fb.call(dev.pyxc.ir.DefaultSlots.load(dev.pyxc.ir.DefaultSlots.name(null, f.name(), i), t, p.name()), p.pos())
          : fb.exprAs(p.defaultValue(), t);
      values.add(fb.coerce(v, CType.OBJECT, p.pos()));
    }
    Stmt.FuncDef wrapper = dev.pyxc.sema.CSignatures.cpdefWrapper(f);
    dev.pyxc.sema.Closure c = fb.outer.info.functions().stream().filter(x -> x.def().equals(wrapper)).findFirst().orElseThrow().closure();
    Register tuple = fb.call(dev.pyxc.ir.Primitives.TUPLE_PACK, f.pos(), values.toArray(Register[]::new));
    fb.call(dev.pyxc.ir.ScopePrimitives.defaultsKnown(c, f.name()), f.pos(), tuple);
  }

  /** A C-level function's evaluated defaults (see {@code DefaultSlots}), converted to their parameters' types. */
  void storeDefaults(String owner, Stmt.FuncDef f) {
    for (int i : dev.pyxc.sema.EvaluatedDefaults.inSlots(f, owner, dev.pyxc.sema.ModuleInfo.sharedSlots(fb.outer.info.capi()))) {
      Stmt.Param p = f.params().get(i);
      CType t = fb.outer.info.paramType(f, i);
      String slot = dev.pyxc.ir.DefaultSlots.name(owner, f.name(), i);
      Register v = fb.exprAs(p.defaultValue(), t);
      fb.call(dev.pyxc.ir.DefaultSlots.store(slot, t), p.defaultValue().pos(), v);
    }
  }

  void block(List<Stmt> body) {
    for (Stmt s : dev.pyxc.sema.Reachability.compiled(body, fb.fi.directives().get("remove_unreachable"))) stmt(s);
  }

  private void stmt(Stmt s) {
    int outerLine = fb.line;
    fb.line = s.pos().line();
    try {
      lowerStmt(s);
    } finally {
      fb.line = outerLine;
    }
  }

  private void lowerStmt(Stmt s) {
    // Refused before lowering (a nested def, a cimport in a function): reaching here is a compiler bug.
    if (s instanceof Stmt.CImport) throw new AssertionError("cimport inside a function reached the IR builder");
    if (s instanceof Stmt.FuncDef f && fusedMadeHere(f) != null) {
      fusedDef(fusedMadeHere(f));
      return;
    }
    if (s instanceof Stmt.FuncDef f && isMadeByItsGroup(f)) return; // a fused method's specialization: made by the method's def
    if (s instanceof Stmt.FuncDef f && fb.fi.def().isModuleBody() && fb.fi.def().body().contains(f)) {
      moduleDef(f);
      return;
    }
    if (s instanceof Stmt.FuncDef f) {
      fb.closures.defStatement(f);
      return;
    }
    if (s instanceof Stmt.ComprehensionItem item) {
      fb.comprehensions.item(item);
      return;
    }
    if (s instanceof Stmt.Nonlocal) return;
    if (s instanceof Stmt.ClassDef c) {
      fb.classes.classStatement(c);
      return;
    }
    if (s instanceof Stmt.ExprStmt e && fb.withoutGil && dev.pyxc.sema.Gil.isPrintStatement(s, fb.directives)) {
      fb.withs.takingGil(e.pos(), () -> fb.expr(e.expr())); // Python 2's print statement takes the GIL for itself
    } else if (s instanceof Stmt.ExprStmt e) {
      fb.expr(e.expr());
    } else if (s instanceof Stmt.Assign a) {
      fb.assignments.assignStmt(a);
    } else if (s instanceof Stmt.AugAssign a) {
      fb.assignments.augAssign(a);
    } else if (s instanceof Stmt.CDef c) {
      fb.assignments.cdefStmt(c);
    } else if (s instanceof Stmt.If i) {
      fb.conditions.ifStmt(i);
    } else if (s instanceof Stmt.While w) {
      fb.loops.whileStmt(w);
    } else if (s instanceof Stmt.For f) {
      fb.loops.forStmt(f);
    } else if (s instanceof Stmt.Break b) {
      fb.loops.breakStmt();
    } else if (s instanceof Stmt.Continue c) {
      fb.loops.continueStmt();
    } else if (s instanceof Stmt.Pass p) {
      // Nothing to run.
    } else if (s instanceof Stmt.Return r) {
      returnStmt(r);
    } else if (s instanceof Stmt.Try t) {
      fb.exceptions.tryStmt(t);
    } else if (s instanceof Stmt.Import i) {
      fb.module.importStmt(i);
    } else if (s instanceof Stmt.ImportStar i) {
      fb.module.importStar(i);
    } else if (s instanceof Stmt.Del d) {
      fb.assignments.delStmt(d);
    } else if (s instanceof Stmt.Global g) {
      // Nothing to run: sema made the names globals, so stores go to the module dict.
    } else if (s instanceof Stmt.Assert a) {
      fb.conditions.assertStmt(a);
    } else if (s instanceof Stmt.Raise r && fb.withoutGil) {
      fb.exceptions.raiseWithoutGil(r);
    } else if (s instanceof Stmt.Raise r) {
      fb.exceptions.raiseStmt(r);
    } else if (s instanceof Stmt.With w) {
      fb.withs.withStmt(w);
    } else {
      throw new AssertionError(s);
    }
  }

  private void returnStmt(Stmt.Return r) {
    if (fb.region != null) {
      fb.parallels.returnFrom(fb.region, r);
      return;
    }
    Register v = r.value() == null ? defaultReturn() : fb.exprAs(r.value(), fb.fn.returnType);
    if (v != null && v.kind() != Register.Kind.TEMP && fb.exceptions.leavingChangesVariables()) {
      // The value is taken before a finally body runs or an except clause unbinds its name, as in
      // Python: what the cleanups do to the variable returned does not change what is returned.
      Register taken = fb.temp(v.type());
      fb.assign(taken, v);
      v = taken;
    }
    fb.exceptions.runCleanups(0);
    if (fb.cur.terminator == null) fb.terminate(new Terminator.Return(v));
    fb.startUnreachable();
  }

  /**
   * What a bare return (or falling off the end) returns: None for an object (0 for a special
   * method whose slot gives a C number), None as a view,
   * 0 for a C number, NULL for a pointer (as Cython's C starts its result at 0), nothing from a
   * void cdef function.
   */
  Register defaultReturn() {
    if (fb.fn.returnType instanceof CType.Void) return null;
    if (fb.fi.owner() != null && !fb.fi.def().isCdef() && ClassInfo.slotReturnsCNumber(fb.fi.def().name())) {
      // Cython compiles __len__ (and the other slots with a C number result) as returning that
      // C number, which starts at 0: a body that returns nothing gives 0, not None.
      return fb.constant(new Const.PyInt(BigInteger.ZERO), fb.fn.returnType);
    }
    if (fb.fn.returnType.isNumeric()) return fb.cConst(BigInteger.ZERO, fb.fn.returnType);
    if (fb.fn.returnType instanceof CType.Pointer) return fb.pointers.nullPointer(fb.fn.returnType);
    return fb.coerce(fb.constant(new Const.PyNone(), CType.OBJECT), fb.fn.returnType, fb.fi.def().pos());
  }
}
