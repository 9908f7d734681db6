package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.ErrorKind;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitive;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Directives;
import dev.pyxc.sema.FunctionInfo;
import dev.pyxc.sema.Symbol;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of lowering one function, shared by the per-construct lowerings (as mypyc's
 * {@code builder.py}): the block being filled, the variables, where errors and early exits go,
 * and the few helpers that append ops. Only it touches the block structure directly, so every
 * construct gets the same line numbers, checks and error edges.
 */
final class FunctionBuilder {
  final IrBuilder outer;
  final FunctionInfo fi;
  final FuncIr fn;
  /** The directives in force at the statement being lowered (changed by with-blocks). */
  Directives directives;
  final Map<String, Register> vars = new HashMap<>();
  final Deque<LoopLowering.Loop> loopStack = new ArrayDeque<>();
  final BasicBlock errorExit;
  /** Where a failing op goes: the error exit, or the handler of an enclosing try. */
  BasicBlock onError;
  /** Lowering code that runs without the GIL (a nogil function, a {@code with nogil:} block). */
  boolean withoutGil;
  final Deque<ExceptionLowering.Cleanup> cleanups = new ArrayDeque<>();
  BasicBlock cur;
  /** Object variables certainly assigned here; null when this point is unreachable. */
  Set<String> assigned = new HashSet<>();
  private int hidden;
  /** The source line of the statement or expression being lowered. */
  int line;

  final StatementLowering statements = new StatementLowering(this);
  final ExpressionLowering expressions = new ExpressionLowering(this);
  final OperatorLowering operators = new OperatorLowering(this);
  final ConditionLowering conditions = new ConditionLowering(this);
  final AssignmentLowering assignments = new AssignmentLowering(this);
  final LoopLowering loops = new LoopLowering(this);
  final ExceptionLowering exceptions = new ExceptionLowering(this);
  final WithLowering withs = new WithLowering(this);
  final ViewLowering views = new ViewLowering(this);
  final BufferLowering buffers = new BufferLowering(this);
  final CallLowering calls = new CallLowering(this);
  final StarCallLowering starCalls = new StarCallLowering(this);
  final CastLowering casts = new CastLowering(this);
  final PointerLowering pointers = new PointerLowering(this);
  final StructLowering structs = new StructLowering(this);
  final FStringLowering fstrings = new FStringLowering(this);
  final ModuleLowering module = new ModuleLowering(this);
  final ClassLowering classes = new ClassLowering(this);
  final ClosureLowering closures = new ClosureLowering(this);
  final ComprehensionLowering comprehensions = new ComprehensionLowering(this);
  final ParallelLowering parallels = new ParallelLowering(this);
  /** The prange loop whose body is being lowered (its iterations run in threads), or null. */
  ParallelLowering.Region region;

  FunctionBuilder(IrBuilder outer, FunctionInfo fi) {
    this.outer = outer;
    this.fi = fi;
    this.directives = fi.directives();
    Stmt.FuncDef def = fi.def();
    String owner = fi.owner() == null ? null : fi.owner().name();
    String className = owner != null ? owner : fi.pyClass() != null && !fi.classBody() ? fi.pyClass().def().name() : null;
    String qualified = def.isModuleBody() ? "init " + outer.moduleName
        : outer.moduleName + "." + (className == null ? "" : className + ".") + def.displayName();
    dev.pyxc.sema.CFunction cdef = !def.isCdef() ? null
        : owner != null ? fi.owner().ownCMethods().get(def.name()) : outer.info.cfunctions().get(def.name());
    if (fi.closure().isNested()) qualified = outer.moduleName + "." + fi.closure().qualname;
    fn = new FuncIr(def.name(), qualified, def.pos().line(), fi.returnType(), cdef, owner, pyClassPart(fi), fi.classBody());
    fn.closure = fi.closure();
    fn.binding = fi.directives().get("binding");
    fn.allowNoneArgs = fi.directives().get("allow_none_for_extension_args");
    fn.allowKeywords = fi.directives().get("always_allow_keywords");
    fn.unraisableTracebacks = fi.directives().get("unraisable_tracebacks");
    fn.stringEncoding = fi.directives().stringEncoding();
    fn.mayRunWithoutGil = cdef != null && cdef.nogil();
    withoutGil = fn.mayRunWithoutGil;
    dev.pyxc.sema.CFunction same = outer.info.cfunctions().get(def.name());
    fn.defaultsInSlots = def.isCdef() || fi.owner() != null
        || (same != null && same.cpdef() && !fi.closure().isNested() && !def.isModuleBody() && !fi.classBody());
    boolean inModuleBody = outer.info.functions().stream().anyMatch(x -> x.def().isModuleBody() && x.def().body().contains(def));
    if (!fn.defaultsInSlots && inModuleBody) {
      fn.viewDefaultSlots = dev.pyxc.sema.EvaluatedDefaults.viewSlots(def, i -> outer.info.paramType(def, i));
    }
    line = def.pos().line();
    cur = fn.newBlock();
    errorExit = fn.newBlock();
    errorExit.terminator = new Terminator.ReturnError();
    onError = errorExit;
  }

  /**
   * At entry of a method that counts its optional arguments: the defaults of those the caller left
   * out, this implementation's own (a caller passes the static type's, which an override may change).
   */
  private void fillDefaults(dev.pyxc.sema.CFunction f, Register given, List<Register> optional) {
    for (int k = 0; k < optional.size(); k++) {
      Register left = temp(CType.BINT);
      add(new Op.CBinary(left, "<=", given, cConst(BigInteger.valueOf(k), CType.INT)));
      BasicBlock fill = fn.newBlock();
      BasicBlock next = fn.newBlock();
      branch(left, fill, next);
      cur = fill;
      add(new Op.Assign(optional.get(k), calls.defaultArgument(f, f.required() + k, fi.def().params().get(f.required() + k).pos())));
      jump(next);
      cur = next;
    }
  }

  /** The C name part of a Python class's body (see {@link FuncIr#pyClassPart}); its methods are nested functions. */
  private static String pyClassPart(FunctionInfo fi) {
    return fi.classBody() ? dev.pyxc.ir.CSymbols.classPart(fi.pyClass().cName()) : null;
  }

  FuncIr build() {
    if (fi.classBody()) {
      // The namespace the body fills: the caller's (pyxc_build_class), borrowed for the call.
      fn.params.add(fn.newRegister("ns", CType.OBJECT, Register.Kind.PARAM));
    }
    closures.declareClosureParam();
    dev.pyxc.sema.CFunction counted = fn.cdef != null && fn.cdef.countsOptional() ? fn.cdef : null;
    Register given = null;
    List<Register> optional = new java.util.ArrayList<>();
    for (Symbol p : fi.params()) {
      if (counted != null && given == null && fi.params().indexOf(p) == counted.required()) {
        given = fn.newRegister("$given", CType.INT, Register.Kind.PARAM);
        fn.params.add(given);
        fn.optionalCount = given;
      }
      Register r = fn.newRegister(p.name(), p.type(), Register.Kind.PARAM);
      fn.params.add(r);
      if (given != null) optional.add(r);
      if (fi.closure().isCell(p.name())) continue;
      vars.put(p.name(), r);
      assigned.add(p.name());
    }
    if (given != null) fillDefaults(counted, given, optional);
    for (Stmt s : fi.def().body()) {
      if (s instanceof Stmt.CDef c && c.type() instanceof dev.pyxc.ast.TypeRef.Volatile) c.names().forEach(d -> fn.volatileLocals.add(d.name()));
    }
    for (Symbol s : fi.locals().values()) {
      if (s.kind() == Symbol.Kind.LOCAL && !fi.closure().isCell(s.name())) {
        vars.put(s.name(), fn.newRegister(s.name(), s.type(), Register.Kind.LOCAL));
      }
    }
    closures.enter(fn.params);
    if (fi.def().isCdef()) {
      // An annotation's not None holds for C callers too: the C function checks, where Cython's callers do.
      for (Stmt.Param p : fi.def().params()) {
        if (!p.notNone()) continue;
        fn.params.stream().filter(r -> p.name().equals(r.name())).findFirst()
            .ifPresent(r -> call(dev.pyxc.ir.ClassPrimitives.ARG_NOT_NONE, p.pos(), r));
      }
    }
    buffers.declare(vars, new java.util.HashSet<>(fn.params));
    fn.generatorStop = directives.generatorStop();
    List<Stmt> body = fi.def().body();
    if (fn.mayRunWithoutGil && body.size() == 1 && body.get(0) instanceof Stmt.With w && w.items().size() == 1
        && dev.pyxc.sema.Gil.releases(w.items().get(0)) == Boolean.FALSE) {
      // The whole body with the GIL: the function takes it around everything (FuncIr.takesGil).
      fn.takesGil = true;
      fn.mayRunWithoutGil = false;
      withoutGil = false;
      body = w.body();
    }
    block(body);
    if (fi.classBody()) closures.leaveClassBody();
    if (cur.terminator == null && fn.returnType instanceof CType.MemView) {
      // No view to return: as in Cython, the function raises (taking the GIL to do so in nogil code).
      Pos pos = fi.def().pos();
      Runnable raising = () -> call(Primitives.RAISE_UNINITIALIZED_VIEW, pos);
      if (withoutGil) exceptions.raisingWithGil(pos, raising);
      else raising.run();
      terminate(new Terminator.Unreachable());
    }
    if (cur.terminator == null) {
      terminate(new Terminator.Return(statements.defaultReturn()));
    }
    pruneUnreachable();
    return fn;
  }

  // ---- the constructs every lowering recurses into ----

  void block(List<Stmt> body) {
    statements.block(body);
  }

  Register expr(Expr e) {
    return expressions.expr(e);
  }

  Register exprAs(Expr e, CType want) {
    return expressions.exprAs(e, want);
  }

  Register coerce(Register v, CType to, Pos pos) {
    return expressions.coerce(v, to, pos);
  }

  CType typeOf(Expr e) {
    return fi.typeOf(e);
  }

  // ---- block plumbing ----

  Register temp(CType type) {
    return fn.newRegister(null, type, Register.Kind.TEMP);
  }

  Register hiddenVar(CType type, String what) {
    return fn.newRegister("$" + what + (hidden++), type, Register.Kind.LOCAL);
  }

  void terminate(Terminator t) {
    cur.terminator = t;
    fn.endLines.put(cur, line);
  }

  void add(Op op) {
    cur.ops.add(op);
    fn.lines.put(op, line);
  }

  /** Adds an op and, if it can fail, ends the block with a check leading to the error exit. */
  void addChecked(Op op, Pos pos) {
    addChecked(op, pos, onError);
  }

  void addChecked(Op op, Pos pos, BasicBlock onError) {
    add(op);
    if (op.errorKind() == ErrorKind.NEVER) return;
    BasicBlock ok = fn.newBlock();
    cur.terminator = new Terminator.Check(op.dest(), op.errorKind(), ok, onError, pos);
    cur = ok;
    if (op.errorKind() == ErrorKind.ALWAYS) {
      cur.terminator = new Terminator.Unreachable();
      cur = fn.newBlock();
      assigned = null;
    }
  }

  Register call(Primitive prim, Pos pos, Register... args) {
    Register dest = prim.returnsValue() ? temp(prim.result()) : null;
    addChecked(new Op.Call(dest, prim, List.of(args)), pos);
    return dest;
  }

  void jump(BasicBlock target) {
    if (cur.terminator == null) terminate(new Terminator.Goto(target));
  }

  void branch(Register cond, BasicBlock t, BasicBlock f) {
    terminate(new Terminator.Branch(cond, t, f));
  }

  void startUnreachable() {
    cur = fn.newBlock();
    assigned = null;
  }

  private void pruneUnreachable() {
    Set<BasicBlock> seen = new LinkedHashSet<>();
    Deque<BasicBlock> work = new ArrayDeque<>(List.of(fn.entry()));
    while (!work.isEmpty()) {
      BasicBlock b = work.pop();
      if (!seen.add(b)) continue;
      if (b.terminator == null) b.terminator = new Terminator.Unreachable();
      work.addAll(b.terminator.successors());
    }
    fn.blocks.retainAll(seen);
    fn.relabel();
  }

  Register constant(Const c, CType type) {
    Register r = temp(c.isPython() ? pythonConstantType(c) : type);
    add(new Op.LoadConst(r, c));
    return r;
  }

  /** A Python constant's exact type where a typed value may take it untested (a str into a str variable), else object. */
  private static CType pythonConstantType(Const c) {
    String builtin = c instanceof Const.PyStr ? "str" : c instanceof Const.PyBytes ? "bytes"
        : c instanceof Const.PyTuple || c instanceof Const.PyKwNames ? "tuple" : null;
    return builtin == null ? CType.OBJECT : dev.pyxc.sema.Types.named(builtin);
  }

  Register cConst(BigInteger v, CType type) {
    if (type instanceof CType.CFloat) return constant(new Const.CFloat(v.doubleValue(), v + ".0"), type);
    return constant(new Const.CInt(v), type);
  }

  // ---- variables ----

  /** The register of the first parameter a caller passes (a method's self), after the closure. */
  Register firstParameter() {
    return fn.params.get(fi.closure().hasClosure() ? 1 : 0);
  }

  /** Whether {@code name} is a variable of this function (its own or an enclosing function's), not a global. */
  boolean isVar(String name) {
    return vars.containsKey(name) || closures.handles(name);
  }

  /** Stores into a variable; {@code x = x} stores nothing (the variable already holds that value). */
  void assign(Register var, Register value) {
    if (!value.equals(var)) add(new Op.Assign(var, value));
  }

  void markAssigned(String name) {
    if (assigned != null) assigned.add(name);
  }

  /** A copy of what is assigned here, to restore when lowering the other way out of a branch. */
  Set<String> assignedHere() {
    return assigned == null ? null : new HashSet<>(assigned);
  }

  static Set<String> meet(Set<String> a, Set<String> b) {
    if (a == null) return b == null ? null : new HashSet<>(b);
    if (b == null) return new HashSet<>(a);
    Set<String> r = new HashSet<>(a);
    r.retainAll(b);
    return r;
  }

  Set<String> meetInto(Set<String> acc, Set<String> more) {
    if (more == null) return acc;
    return acc == null ? new HashSet<>(more) : meet(acc, more);
  }
}
