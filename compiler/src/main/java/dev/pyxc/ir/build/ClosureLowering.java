package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.ScopePrimitives;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Closure;
import dev.pyxc.sema.Symbol;
import java.util.List;

/**
 * Variables shared with nested functions, and the functions a body makes ({@code def} statements
 * and lambdas). A shared variable has no register: it is a field of a scope object (see
 * {@link ScopePrimitives}), this call's own scope for the function's cells, the closure's chain of
 * scopes for its free variables.
 */
final class ClosureLowering {
  private final FunctionBuilder fb;
  /** This call's scope, when nested functions share its variables or need its name; else null. */
  private Register scope;
  /** The scope this function closes over (its function object's self), when it is nested in a function. */
  private Register closureParam;

  ClosureLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  private Closure closure() {
    return fb.fi.closure();
  }

  /** Declares the closure parameter; called before the parameters are. */
  void declareClosureParam() {
    // A class body is always called with the closure of its class statement (NULL at module level).
    if (closure().hasClosure() || fb.fn.classBody) {
      closureParam = fb.fn.newRegister("$closure", CType.OBJECT, Register.Kind.PARAM);
      fb.fn.params.add(closureParam);
    }
  }

  /** At entry: the call's scope, with the parameters nested functions share moved into it. */
  void enter(List<Register> params) {
    if (!closure().hasScope()) return;
    scope = fb.hiddenVar(CType.OBJECT, "scope");
    Register made = closureParam == null ? fb.call(ScopePrimitives.scopeNew(closure()), fb.fi.def().pos())
        : fb.call(ScopePrimitives.scopeNew(closure()), fb.fi.def().pos(), closureParam);
    fb.add(new Op.Assign(scope, made));
    for (Register p : params) {
      if (closure().isCell(p.name())) fb.call(ScopePrimitives.cellSet(closure(), p.name(), p.type()), fb.fi.def().pos(), scope, p);
    }
    if (closure().isCell(Closure.CLASS_CELL)) {
      // Python's __class__ cell: empty until type() fills it from the namespace's __classcell__.
      Register cell = fb.call(ScopePrimitives.NEW_CLASS_CELL, fb.fi.def().pos());
      fb.call(ScopePrimitives.cellSet(closure(), Closure.CLASS_CELL, CType.OBJECT), fb.fi.def().pos(), scope, cell);
    }
  }

  /** At the end of a class body whose methods call super(): the class cell handed to type() in the namespace. */
  void leaveClassBody() {
    if (!closure().isCell(Closure.CLASS_CELL) || fb.cur.terminator != null) return;
    Pos pos = fb.fi.def().pos();
    Register cell = read(Closure.CLASS_CELL, pos);
    Register key = fb.constant(new dev.pyxc.ir.Const.PyStr("__classcell__"), CType.OBJECT);
    fb.call(dev.pyxc.ir.Primitives.SETITEM, pos, fb.fn.params.get(0), key, cell);
  }

  /** The class a method's zero-argument super() names, from the class cell of its class body (borrowed). */
  Register classFromCell(Pos pos) {
    return fb.call(ScopePrimitives.CLASS_FROM_CELL, pos, read(Closure.CLASS_CELL, pos));
  }

  /** The scope a class statement's body is given as its closure: this call's (null at module level). */
  Register scope() {
    return scope;
  }

  /**
   * Shared variables a prange loop works on through a private C copy (its target, reductions and
   * assigned privates), which the loop's code reads and writes instead of the cell.
   */
  private final java.util.Set<String> privatized = new java.util.HashSet<>();

  void privatize(String name, boolean on) {
    if (on) privatized.add(name);
    else privatized.remove(name);
  }

  /** Whether {@code name} is a shared variable: a cell of this function or a free one. */
  boolean handles(String name) {
    if (privatized.contains(name)) return false;
    if (closure().isCell(name)) return true;
    Symbol s = fb.fi.symbol(name);
    return s != null && s.kind() == Symbol.Kind.FREE;
  }

  private Closure definer(String name) {
    return closure().isCell(name) ? closure() : closure().definer(name);
  }

  private CType type(String name) {
    if (name.equals(Closure.CLASS_CELL)) return CType.OBJECT; // no variable of the source: a cell object
    return fb.fi.symbol(name).type();
  }

  /** The scope holding {@code name}: this call's, or the one the closure chain leads to. */
  private Register scopeOf(String name, Pos pos) {
    if (closure().isCell(name)) return scope;
    Closure definer = closure().definer(name);
    Register r = closureParam;
    for (Closure c = closure().parent; c != definer; c = c.parent) r = fb.call(ScopePrimitives.outer(c), pos, r);
    return r;
  }

  Register read(String name, Pos pos) {
    return fb.call(ScopePrimitives.cellGet(definer(name), name, type(name), !closure().isCell(name)), pos, scopeOf(name, pos));
  }

  void store(String name, Register value, Pos pos) {
    Register v = fb.coerce(value, type(name), pos);
    fb.call(ScopePrimitives.cellSet(definer(name), name, type(name)), pos, scopeOf(name, pos), v);
  }

  /** {@code &name} of a C variable in a scope. */
  Register address(String name, CType.Pointer t, Pos pos) {
    return fb.call(ScopePrimitives.cellAddress(definer(name), name, t), pos, scopeOf(name, pos));
  }

  void delete(String name, Pos pos) {
    if (!(type(name) instanceof CType.PyObject)) {
      throw new IllegalStateException("del of a C-typed shared variable reached the IR builder: " + name);
    }
    fb.call(ScopePrimitives.cellDel(definer(name), name, !closure().isCell(name)), pos, scopeOf(name, pos));
  }

  /**
   * {@code yield v}: the block ends handing {@code v} out; the generator resumes in a block of its
   * own, where the value sent in is the expression's value (or the exception thrown in is raised).
   */
  Register yieldExpr(Expr.Yield y) {
    if (y.from()) return yieldFrom(y);
    Register value = y.value() == null ? fb.constant(new dev.pyxc.ir.Const.PyNone(), CType.OBJECT) : fb.exprAs(y.value(), CType.OBJECT);
    dev.pyxc.ir.BasicBlock resume = fb.fn.newBlock();
    fb.terminate(new dev.pyxc.ir.Terminator.Yield(value, resume, ++yields));
    fb.cur = resume;
    return fb.call(dev.pyxc.ir.GeneratorPrimitives.SENT, y.pos());
  }

  private int yields;

  /**
   * {@code yield from x}: steps the iterator, yielding what it yields, passing on what is sent (or
   * thrown) in, until it finishes; its return value is the expression's value.
   */
  private Register yieldFrom(Expr.Yield y) {
    Register it = fb.call(dev.pyxc.ir.GeneratorPrimitives.YF_ITER, y.pos(), fb.exprAs(y.value(), CType.OBJECT));
    dev.pyxc.ir.BasicBlock yielded = fb.fn.newBlock();
    dev.pyxc.ir.BasicBlock done = fb.fn.newBlock();
    Register first = fb.call(dev.pyxc.ir.GeneratorPrimitives.YF_STEP, y.pos(), it, fb.constant(new dev.pyxc.ir.Const.PyNone(), CType.OBJECT));
    fb.branch(first, yielded, done);
    fb.cur = yielded;
    Register value = fb.call(dev.pyxc.ir.GeneratorPrimitives.YF_TAKE, y.pos());
    dev.pyxc.ir.BasicBlock resume = fb.fn.newBlock();
    fb.terminate(new dev.pyxc.ir.Terminator.Yield(value, resume, ++yields));
    fb.cur = resume;
    Register sent = fb.call(dev.pyxc.ir.GeneratorPrimitives.YF_SENT, y.pos());
    Register next = fb.call(dev.pyxc.ir.GeneratorPrimitives.YF_STEP, y.pos(), it, sent);
    fb.branch(next, yielded, done);
    fb.cur = done;
    return fb.call(dev.pyxc.ir.GeneratorPrimitives.YF_TAKE, y.pos());
  }

  /**
   * {@code add(x)} where {@code add} is a local bound only by an undecorated nested {@code def} of
   * this function (and certainly bound here), called with one positional argument per parameter:
   * the compiled body is called directly with this call's scope, as Cython inlines such calls
   * ({@code optimize.inline_defnode_calls}). The function object could do nothing else with the
   * call: its code, closure and parameters cannot change. Null when the call is not of that kind.
   */
  Register directCall(Expr.Call c) {
    if (!(c.func() instanceof Expr.Name n) || !fb.vars.containsKey(n.id()) || fb.assigned == null || !fb.assigned.contains(n.id())
        || c.args().stream().anyMatch(a -> a.keyword() != null || a.stars() != 0)) {
      return null;
    }
    Closure target = null;
    for (Closure ch : closure().children) {
      if (ch.lambda == null && ch.genexpr == null && !ch.classBody && ch.def.name().equals(n.id())) {
        if (target != null) return null; // two defs of the name
        target = ch;
      }
    }
    if (target == null || target.generator || !target.def.decorators().isEmpty() || scope == null
        || target.def.params().size() != c.args().size()
        || target.def.params().stream().anyMatch(p -> p.kind() != Stmt.Param.Kind.POSITIONAL)
        || dev.pyxc.sema.ModuleGlobals.boundBy(fb.fi.def().body()).contains(n.id())) {
      return null;
    }
    Closure callee = target;
    dev.pyxc.sema.FunctionInfo info = fb.outer.info.functions().stream().filter(f -> f.closure() == callee).findFirst().orElse(null);
    if (info == null) return null;
    List<Register> args = new java.util.ArrayList<>(List.of(scope));
    for (int i = 0; i < c.args().size(); i++) args.add(fb.exprAs(c.args().get(i).value(), info.params().get(i).type()));
    return fb.call(ScopePrimitives.directCall(target), c.pos(), args.toArray(new Register[0]));
  }

  /** A nested {@code def}: its function object, decorated, bound to its name. */
  void defStatement(Stmt.FuncDef f) {
    List<Stmt.Decorator> applied = fb.classes.nonDirectives(f.decorators());
    List<Register> decorators = fb.classes.decorators(applied);
    Register fn = fb.classes.decorate(decorators, applied, make(child(f, null), f.pos()));
    if (fb.fn.classBody && (f.name().equals("__init_subclass__") || f.name().equals("__class_getitem__"))) {
      // What type() makes of these when they are plain functions (pyxc's are not CPython's).
      fn = fb.call(ScopePrimitives.IMPLICIT_CLASSMETHOD, f.pos(), fn);
    }
    fb.assignments.store(new Expr.Name(f.name(), f.pos()), fn, f.pos());
  }

  /** A generator expression as an object: its generator function called with the first iterable. */
  Register generatorExpression(Expr.Comprehension g) {
    Closure c = null;
    for (Closure ch : closure().children) if (ch.genexpr == g) c = ch;
    Register fn = make(c, g.pos());
    Register iterable = fb.exprAs(g.clauses().get(0).iter(), CType.OBJECT);
    return fb.calls.callPy(fn, List.of(iterable), List.of(), g.pos());
  }

  Register lambda(Expr.Lambda l) {
    return make(child(null, l), l.pos());
  }

  private Closure child(Stmt.FuncDef f, Expr.Lambda l) {
    for (Closure c : closure().children) if (l != null ? c.lambda == l : c.def == f && c.lambda == null) return c;
    throw new IllegalStateException("no nested function found for " + (l != null ? l : f.name()));
  }

  /**
   * The function object. Its defaults are evaluated here, left to right, into a tuple the function
   * object keeps (its {@code __defaults__}, as Python's functions keep theirs), from which the
   * wrapper takes those that are not literals (literals it has in its code).
   */
  Register make(Closure c, Pos pos) {
    Register defaults = null;
    if (c.def.params().stream().anyMatch(p -> p.defaultValue() != null)) {
      Register[] values = c.def.params().stream().filter(p -> p.defaultValue() != null)
          .map(p -> fb.exprAs(p.defaultValue(), CType.OBJECT)).toArray(Register[]::new);
      defaults = fb.call(dev.pyxc.ir.Primitives.TUPLE_PACK, pos, values);
    }
    return make(c, pos, defaults);
  }

  /** The function object, given the tuple of its defaults already evaluated (null: it has none). */
  Register make(Closure c, Pos pos, Register defaults) {
    List<Register> args = new java.util.ArrayList<>();
    if (c.hasClosure()) args.add(scope);
    if (defaults != null) args.add(defaults);
    return fb.call(ScopePrimitives.makeFunction(c, defaults != null), pos, args.toArray(new Register[0]));
  }
}
