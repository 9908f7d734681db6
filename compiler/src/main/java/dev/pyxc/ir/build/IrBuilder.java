package dev.pyxc.ir.build;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.ErrorKind;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.ModuleIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitive;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.ir.ViewIndex;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Directives;
import dev.pyxc.sema.FunctionInfo;
import dev.pyxc.sema.ModuleInfo;
import dev.pyxc.sema.Symbol;
import dev.pyxc.sema.Types;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers checked AST to the ownership IR. It states what each value is (its type, and through
 * the ops it uses, whether it is a new or borrowed reference) and never says how references
 * are balanced: it creates no IncRef or DecRef. Every op that can fail ends its block with a
 * {@link Terminator.Check} whose error edge leads to the function's error exit.
 */
public final class IrBuilder {
  private final ModuleInfo info;
  private final String moduleName;
  private String sourceFile;

  private IrBuilder(ModuleInfo info, String moduleName) {
    this.info = info;
    this.moduleName = moduleName;
  }

  public static ModuleIr build(ModuleInfo info, String moduleName, String sourceFile) {
    IrBuilder b = new IrBuilder(info, moduleName);
    b.sourceFile = sourceFile;
    List<ModuleIr.Function> fns = new ArrayList<>();
    for (FunctionInfo f : info.functions()) {
      fns.add(new ModuleIr.Function(f.def(), new FunctionBuilder(b, f).build()));
    }
    return new ModuleIr(moduleName, info.module().docstring(), sourceFile, List.copyOf(fns));
  }

  private static final class Loop {
    final BasicBlock continueTo;
    final BasicBlock breakTo;
    /** How many cleanups were active when the loop started: break and continue run the rest. */
    final int cleanupDepth;
    Set<String> assignedAtBreak;

    Loop(BasicBlock continueTo, BasicBlock breakTo, int cleanupDepth) {
      this.continueTo = continueTo;
      this.breakTo = breakTo;
      this.cleanupDepth = cleanupDepth;
    }
  }

  /**
   * What leaving a protected region early (return, break, continue) must do first: run a
   * finally body, or put back the exception handled before an except clause. {@code outerOnError}
   * is where errors go outside the region.
   */
  private sealed interface Cleanup {
    BasicBlock outerOnError();
  }

  private record RunFinally(List<Stmt> body, BasicBlock outerOnError) implements Cleanup {}

  private record RestoreHandled(Register previous, BasicBlock outerOnError) implements Cleanup {}

  private static final class FunctionBuilder {
    private final IrBuilder outer;
    private final FunctionInfo fi;
    private final FuncIr fn;
    /** The directives in force at the statement being lowered (changed by with-blocks). */
    private Directives directives;
    private final Map<String, Register> vars = new HashMap<>();
    private final Deque<Loop> loops = new ArrayDeque<>();
    private final BasicBlock errorExit;
    /** Where a failing op goes: the error exit, or the handler of an enclosing try. */
    private BasicBlock onError;
    private final Deque<Cleanup> cleanups = new ArrayDeque<>();
    private BasicBlock cur;
    /** Object variables certainly assigned here; null when this point is unreachable. */
    private Set<String> assigned = new HashSet<>();
    private int hidden;
    /** The source line of the statement or expression being lowered. */
    private int line;

    FunctionBuilder(IrBuilder outer, FunctionInfo fi) {
      this.outer = outer;
      this.fi = fi;
      this.directives = fi.directives();
      Stmt.FuncDef def = fi.def();
      String qualified = def.isModuleBody() ? "init " + outer.moduleName : outer.moduleName + "." + def.name();
      fn = new FuncIr(def.name(), qualified, def.pos().line(), fi.returnType(),
          def.isCdef() ? outer.info.cfunctions().get(def.name()) : null);
      line = def.pos().line();
      cur = fn.newBlock();
      errorExit = fn.newBlock();
      errorExit.terminator = new Terminator.ReturnError();
      onError = errorExit;
    }

    FuncIr build() {
      for (Symbol p : fi.params()) {
        Register r = fn.newRegister(p.name(), p.type(), Register.Kind.PARAM);
        fn.params.add(r);
        vars.put(p.name(), r);
        assigned.add(p.name());
      }
      for (Symbol s : fi.locals().values()) {
        if (s.kind() == Symbol.Kind.LOCAL) vars.put(s.name(), fn.newRegister(s.name(), s.type(), Register.Kind.LOCAL));
      }
      block(fi.def().body());
      if (cur.terminator == null) {
        terminate(new Terminator.Return(defaultReturn()));
      }
      pruneUnreachable();
      return fn;
    }

    // ---- block plumbing ----

    private Register temp(CType type) {
      return fn.newRegister(null, type, Register.Kind.TEMP);
    }

    private Register hiddenVar(CType type, String what) {
      return fn.newRegister("$" + what + (hidden++), type, Register.Kind.LOCAL);
    }

    private void terminate(Terminator t) {
      cur.terminator = t;
      fn.endLines.put(cur, line);
    }

    private void add(Op op) {
      cur.ops.add(op);
      fn.lines.put(op, line);
    }

    /** Adds an op and, if it can fail, ends the block with a check leading to the error exit. */
    private void addChecked(Op op, Pos pos) {
      addChecked(op, pos, onError);
    }

    private void addChecked(Op op, Pos pos, BasicBlock onError) {
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

    private Register call(Primitive prim, Pos pos, Register... args) {
      Register dest = prim.returnsValue() ? temp(prim.result()) : null;
      addChecked(new Op.Call(dest, prim, List.of(args)), pos);
      return dest;
    }

    private void jump(BasicBlock target) {
      if (cur.terminator == null) terminate(new Terminator.Goto(target));
    }

    private void branch(Register cond, BasicBlock t, BasicBlock f) {
      terminate(new Terminator.Branch(cond, t, f));
    }

    private void startUnreachable() {
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

    private static Set<String> meet(Set<String> a, Set<String> b) {
      if (a == null) return b == null ? null : new HashSet<>(b);
      if (b == null) return new HashSet<>(a);
      Set<String> r = new HashSet<>(a);
      r.retainAll(b);
      return r;
    }

    /** Stores into a variable; {@code x = x} stores nothing (the variable already holds that value). */
    private void assign(Register var, Register value) {
      if (!value.equals(var)) add(new Op.Assign(var, value));
    }

    private void markAssigned(String name) {
      if (assigned != null) assigned.add(name);
    }

    // ---- statements ----

    private void block(List<Stmt> body) {
      for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
      int outerLine = line;
      line = s.pos().line();
      try {
        lowerStmt(s);
      } finally {
        line = outerLine;
      }
    }

    private void lowerStmt(Stmt s) {
      if (s instanceof Stmt.ExprStmt e) {
        expr(e.expr());
      } else if (s instanceof Stmt.Assign a) {
        if (a.targets().size() == 1 && pairsUp(a.targets().get(0), a.value())) {
          assignPairs(Exprs.elements(a.targets().get(0)), Exprs.elements(a.value()));
          return;
        }
        Register value = expr(a.value());
        for (Expr t : a.targets()) store(t, value, a.value().pos());
      } else if (s instanceof Stmt.AugAssign a) {
        augAssign(a);
      } else if (s instanceof Stmt.CDef c) {
        for (Stmt.Declarator d : c.names()) {
          if (d.init() == null) continue;
          Register var = vars.get(d.name());
          Register v = exprAs(d.init(), var.type());
          add(new Op.Assign(var, v));
          markAssigned(d.name());
      }
      } else if (s instanceof Stmt.If i) {
        ifStmt(i);
      } else if (s instanceof Stmt.While w) {
        whileStmt(w);
      } else if (s instanceof Stmt.For f) {
        CType loopType = fi.rangeLoopTypes().get(f);
        if (loopType != null) rangeLoop(f, loopType);
        else if (typeOf(f.iter()) instanceof CType.MemView mv && mv.ndim() == 1) viewLoop(f, mv);
        else iterLoop(f);
      } else if (s instanceof Stmt.Break b) {
        Loop l = loops.peek();
        runCleanups(l.cleanupDepth);
        if (cur.terminator != null) return;
        l.assignedAtBreak = meetInto(l.assignedAtBreak, assigned);
        jump(l.breakTo);
        startUnreachable();
      } else if (s instanceof Stmt.Continue c) {
        runCleanups(loops.peek().cleanupDepth);
        jump(loops.peek().continueTo);
        startUnreachable();
      } else if (s instanceof Stmt.Pass p) { } else if (s instanceof Stmt.Return r) {
        Register v = r.value() == null ? defaultReturn() : exprAs(r.value(), fn.returnType);
        runCleanups(0);
        if (cur.terminator == null) terminate(new Terminator.Return(v));
        startUnreachable();
      } else if (s instanceof Stmt.Try t) {
        tryStmt(t);
      } else if (s instanceof Stmt.Import i) {
        importStmt(i);
      } else if (s instanceof Stmt.Global g) {
        // Nothing to run: sema made the names globals, so stores go to the module dict.
      } else if (s instanceof Stmt.Assert a) {
        assertStmt(a);
      } else if (s instanceof Stmt.Raise r) {
        if (r.exc() == null) {
          call(Primitives.RERAISE, r.pos());
      } else {
          Register exc = exprAs(r.exc(), CType.OBJECT);
          if (r.cause() == null) {
            call(Primitives.RAISE, r.pos(), exc);
          } else {
            call(Primitives.RAISE_FROM, r.pos(), exc, exprAs(r.cause(), CType.OBJECT));
          }
      }
      } else if (s instanceof Stmt.With w) {
        Directives saved = directives;
        directives = fi.withDirectives().get(w);
        block(w.body());
        directives = saved;
      } else if (s instanceof Stmt.CImport c) {
        throw new AssertionError("cimport inside a function reached the IR builder");
      } else if (s instanceof Stmt.FuncDef f) {
        throw new AssertionError("nested def reached the IR builder");
      } else {
        throw new AssertionError(s);
      }
    }

    /**
     * What a bare return (or falling off the end) returns: None for an object, None as a view,
     * 0 for a C number, nothing from a void cdef function.
     */
    private Register defaultReturn() {
      if (fn.returnType instanceof CType.Void) return null;
      if (fn.returnType.isNumeric()) return cConst(BigInteger.ZERO, fn.returnType);
      return coerce(constant(new Const.PyNone(), CType.OBJECT), fn.returnType, fi.def().pos());
    }

    /**
     * Runs the cleanups above {@code depth}, innermost first, before a return, break or continue
     * leaves their regions: finally bodies are lowered again here, each with the error target
     * outside it. The stack is left as it was for the code that follows.
     */
    private void runCleanups(int depth) {
      Deque<Cleanup> saved = new ArrayDeque<>(cleanups);
      BasicBlock savedOnError = onError;
      while (cleanups.size() > depth && cur.terminator == null) {
        Cleanup c = cleanups.pop();
        onError = c.outerOnError();
        if (c instanceof RestoreHandled rh) {
          call(Primitives.EXC_RESTORE_HANDLED, null, rh.previous());
        } else if (c instanceof RunFinally rf) {
          block(rf.body());
        }
      }
      cleanups.clear();
      cleanups.addAll(saved);
      onError = savedOnError;
    }

    /**
     * try/except/else/finally. Errors in the body go to the handlers, which fetch the exception
     * once, match it clause by clause, and raise it again unchanged when none matches; a matched
     * exception gets this frame's traceback entry and is the handled exception (bare raise,
     * sys.exception()) until its clause ends. A finally body is lowered twice: on the normal way
     * out, and on the error way, where the fetched exception is raised again after it.
     */
    private void tryStmt(Stmt.Try t) {
      BasicBlock outside = onError;
      BasicBlock after = fn.newBlock();
      boolean hasFinally = !t.finalBody().isEmpty();
      BasicBlock finallyOnError = hasFinally ? fn.newBlock() : null;
      if (hasFinally) cleanups.push(new RunFinally(t.finalBody(), outside));
      BasicBlock protectedOnError = hasFinally ? finallyOnError : outside;
      BasicBlock normalEnd = fn.newBlock();
      BasicBlock handlers = t.handlers().isEmpty() ? null : fn.newBlock();

      onError = handlers != null ? handlers : protectedOnError;
      Set<String> before = assigned == null ? null : new HashSet<>(assigned);
      block(t.body());
      onError = protectedOnError;
      if (cur.terminator == null) block(t.orElse());
      jump(normalEnd);
      Set<String> atNormalEnd = assigned;

      if (handlers != null) {
        cur = handlers;
        assigned = before;
        Register exc = call(Primitives.EXC_FETCH, t.pos());
        for (Stmt.Handler h : t.handlers()) {
          BasicBlock body = fn.newBlock();
          BasicBlock next = fn.newBlock();
          if (h.type() != null) {
            Register type = exprAs(h.type(), CType.OBJECT);
            branch(call(Primitives.EXC_MATCHES, h.pos(), exc, type), body, next);
          } else {
            jump(body);
          }
          cur = body;
          Set<String> handlerStart = assigned == null ? null : new HashSet<>(assigned);
          call(Primitives.excAddTraceback(fn.qualifiedName, outer.sourceFile), h.pos(), exc);
          Register previous = call(Primitives.EXC_HANDLED, h.pos());
          call(Primitives.EXC_SET_HANDLED, h.pos(), exc);
          BasicBlock clauseOnError = fn.newBlock();
          cleanups.push(new RestoreHandled(previous, protectedOnError));
          onError = clauseOnError;
          if (h.name() != null) {
            assign(vars.get(h.name()), exc);
            markAssigned(h.name());
          }
          block(h.body());
          cleanups.pop();
          onError = protectedOnError;
          if (cur.terminator == null) {
            call(Primitives.EXC_RESTORE_HANDLED, h.pos(), previous);
            jump(normalEnd);
            atNormalEnd = meetInto(atNormalEnd, assigned);
          }
          cur = clauseOnError;
          call(Primitives.EXC_RESTORE_HANDLED, h.pos(), previous);
          jump(protectedOnError);
          cur = next;
          assigned = handlerStart;
        }
        call(Primitives.EXC_RAISE_AGAIN, Pos.NONE, exc);   // keeps the line it was raised at
      }

      if (hasFinally) {
        cleanups.pop();
        onError = outside;
        cur = finallyOnError;
        assigned = before;
        Register exc = call(Primitives.EXC_FETCH, t.pos());
        Register line = call(Primitives.LINENO_SAVE, t.pos());
        block(t.finalBody());
        if (cur.terminator == null) {
          call(Primitives.LINENO_RESTORE, t.pos(), line);
          call(Primitives.EXC_RAISE_AGAIN, Pos.NONE, exc);   // keeps the line it was raised at
        }
      }
      cur = normalEnd;
      assigned = atNormalEnd;
      onError = outside;
      if (hasFinally) block(t.finalBody());
      jump(after);
      cur = after;
    }

    /**
     * {@code import a.b} binds {@code a} (the top package); {@code import a.b as c} binds the
     * module a.b itself; {@code from m import x} binds m's attribute x.
     */
    private void importStmt(Stmt.Import i) {
      if (i.fromModule() == null) {
        for (Stmt.Alias a : i.names()) {
          Register mod = call(Primitives.importModule(a.name(), a.asName() != null), a.pos());
          String bound = a.asName() != null ? a.asName() : a.name().split("\\.")[0];
          store(new Expr.Name(bound, a.pos()), mod, a.pos());
        }
        return;
      }
      Register mod = call(Primitives.importModule(i.fromModule(), true), i.pos());
      for (Stmt.Alias a : i.names()) {
        Register value = call(Primitives.importFrom(a.name()), a.pos(), mod);
        store(new Expr.Name(a.asName() != null ? a.asName() : a.name(), a.pos()), value, a.pos());
      }
    }

    /** {@code assert test, msg}: skipped under python -O, as Cython 3 does. */
    private void assertStmt(Stmt.Assert a) {
      BasicBlock check = fn.newBlock();
      BasicBlock failed = fn.newBlock();
      BasicBlock after = fn.newBlock();
      branch(call(Primitives.ASSERTIONS_ENABLED, a.pos()), check, after);
      cur = check;
      Set<String> atStart = assigned == null ? null : new HashSet<>(assigned);
      condition(a.test(), after, failed);
      cur = failed;
      if (a.msg() == null) call(Primitives.ASSERT_FAILED, a.pos());
      else call(Primitives.ASSERT_FAILED_MSG, a.pos(), exprAs(a.msg(), CType.OBJECT));
      cur = after;
      assigned = atStart;
    }

    private Set<String> meetInto(Set<String> acc, Set<String> more) {
      if (more == null) return acc;
      return acc == null ? new HashSet<>(more) : meet(acc, more);
    }

    /** Binds a module global (top-level code, or a name declared global). */
    private void setGlobal(String name, Register value, Pos pos) {
      call(Primitives.SET_GLOBAL, pos, constant(new Const.PyStr(name), CType.OBJECT), coerce(value, CType.OBJECT, pos));
    }

    private void store(Expr target, Register value, Pos pos) {
      if (target instanceof Expr.Name n && !vars.containsKey(n.id())) {
        setGlobal(n.id(), value, pos);
      } else if (target instanceof Expr.Name n) {
        Register var = vars.get(n.id());
        assign(var, coerce(value, var.type(), pos));
        markAssigned(n.id());
      } else if (target instanceof Expr.Subscript s && typeOf(s.obj()) instanceof CType.MemView mv) {
        Register view = expr(s.obj());
        List<Register> idx = new ArrayList<>();
        List<ViewIndex> items = viewIndices(view, mv, s, idx);
        List<Register> args = new ArrayList<>(List.of(view));
        args.addAll(idx);
        if (typeOf(s) instanceof CType.MemView part) {
          Register dst = call(Primitives.mvSubview(mv, part, items), s.pos(), args.toArray(new Register[0]));
          // As in Cython, only a view is copied; anything else (objects too) is one value broadcast.
          if (value.type() instanceof CType.MemView) {
            call(Primitives.mvCopy(part), s.pos(), dst, coerce(value, part, pos));
          } else {
            call(Primitives.mvFill(part), s.pos(), dst, coerce(value, part.dtype(), pos));
          }
          return;
        }
        args.add(coerce(value, mv.dtype(), pos));
        call(Primitives.mvStore(mv), s.pos(), args.toArray(new Register[0]));
      } else if (target instanceof Expr.Subscript s) {
        Register obj = exprAs(s.obj(), CType.OBJECT);
        Register idx = index(s.index());
        call(Primitives.SETITEM, s.pos(), obj, idx, coerce(value, CType.OBJECT, pos));
      } else if (target instanceof Expr.Attribute a) {
        Register obj = exprAs(a.obj(), CType.OBJECT);
        Register name = constant(new Const.PyStr(a.name()), CType.OBJECT);
        call(Primitives.SETATTR, a.pos(), obj, name, coerce(value, CType.OBJECT, pos));
      } else if (Exprs.elements(target) != null) {
        List<Expr> targets = Exprs.elements(target);
        Register tuple = call(Primitives.unpack(targets.size()), target.pos(), coerce(value, CType.OBJECT, pos));
        for (int i = 0; i < targets.size(); i++) store(targets.get(i), call(Primitives.tupleItem(i), pos, tuple), pos);
      } else {
        throw new AssertionError("unsupported assignment target reached the IR builder: " + target);
      }
    }

    private static boolean pairsUp(Expr target, Expr value) {
      List<Expr> t = Exprs.elements(target);
      List<Expr> v = Exprs.elements(value);
      return t != null && v != null && t.size() == v.size();
    }

    /**
     * {@code a, b = x, y}: every value first, left to right, then every target; a variable read
     * on the right is copied first, so {@code a, b = b, a} swaps.
     */
    private void assignPairs(List<Expr> targets, List<Expr> values) {
      List<Register> regs = new ArrayList<>();
      for (Register r : evalAll(values)) {
        if (r != null && r.isVariable()) {
          Register copy = temp(r.type());
          add(new Op.Assign(copy, r));
          r = copy;
        }
        regs.add(r);
      }
      for (int i = 0; i < targets.size(); i++) store(targets.get(i), regs.get(i), values.get(i).pos());
    }

    private void augAssign(Stmt.AugAssign a) {
      if (a.target() instanceof Expr.Name n && !vars.containsKey(n.id())) {
        Register old = global(n.id(), n.pos());
        setGlobal(n.id(), binary(a.op(), old, exprAs(a.value(), CType.OBJECT), a.pos(), true), a.pos());
      } else if (a.target() instanceof Expr.Name n) {
        Register var = vars.get(n.id());
        Register old = readVar(n.id(), n.pos());
        Register result = binary(a.op(), old, operand(a.value(), old.type()), a.pos(), true);
        add(new Op.Assign(var, coerce(result, var.type(), a.pos())));
        markAssigned(n.id());
      } else if (a.target() instanceof Expr.Subscript s && typeOf(s.obj()) instanceof CType.MemView mv) {
        Register view = expr(s.obj());
        List<Register> idx = new ArrayList<>();
        viewIndices(view, mv, s, idx);
        List<Register> at = new ArrayList<>(List.of(view));
        at.addAll(idx);
        Register old = call(Primitives.mvLoad(mv), s.pos(), at.toArray(new Register[0]));
        Register result = binary(a.op(), old, expr(a.value()), a.pos(), true);
        at.add(coerce(result, mv.dtype(), a.pos()));
        call(Primitives.mvStore(mv), s.pos(), at.toArray(new Register[0]));
    } else if (a.target() instanceof Expr.Subscript s) {
        Register obj = exprAs(s.obj(), CType.OBJECT);
        Register idx = index(s.index());
        Register old = call(Primitives.GETITEM, s.pos(), obj, idx);
        Register result = binary(a.op(), old, operand(a.value(), old.type()), a.pos(), true);
        call(Primitives.SETITEM, s.pos(), obj, idx, coerce(result, CType.OBJECT, a.pos()));
      } else if (a.target() instanceof Expr.Attribute at) {
        Register obj = exprAs(at.obj(), CType.OBJECT);
        Register name = constant(new Const.PyStr(at.name()), CType.OBJECT);
        Register old = call(Primitives.GETATTR, at.pos(), obj, name);
        Register result = binary(a.op(), old, operand(a.value(), old.type()), a.pos(), true);
        call(Primitives.SETATTR, at.pos(), obj, name, coerce(result, CType.OBJECT, a.pos()));
      } else {
        throw new AssertionError(a.target());
      }
    }

    private void ifStmt(Stmt.If s) {
      BasicBlock end = fn.newBlock();
      Set<String> out = null;
      for (Stmt.Branch b : s.branches()) {
        BasicBlock then = fn.newBlock();
        BasicBlock next = fn.newBlock();
        condition(b.cond(), then, next);
        Set<String> before = assigned == null ? null : new HashSet<>(assigned);
        cur = then;
        block(b.body());
        out = meetInto(out, assigned);
        jump(end);
        cur = next;
        assigned = before;
      }
      block(s.orElse());
      out = meetInto(out, assigned);
      jump(end);
      cur = end;
      assigned = out;
    }

    private void whileStmt(Stmt.While w) {
      BasicBlock head = fn.newBlock();
      BasicBlock body = fn.newBlock();
      BasicBlock orElse = fn.newBlock();
      BasicBlock exit = fn.newBlock();
      jump(head);
      cur = head;
      condition(w.cond(), body, orElse);
      Set<String> atHead = assigned == null ? null : new HashSet<>(assigned);
      cur = body;
      Loop loop = new Loop(head, exit, cleanups.size());
      loops.push(loop);
      block(w.body());
      loops.pop();
      jump(head);
      cur = orElse;
      assigned = atHead;
      block(w.orElse());
      jump(exit);
      cur = exit;
      assigned = meetInto(loop.assignedAtBreak, assigned);
    }

    /** {@code for i in range(...)} on a C counter: no Python objects per iteration. */
    private void rangeLoop(Stmt.For f, CType loopType) {
      Expr.Call call = (Expr.Call) f.iter();
      List<Expr> args = call.args().stream().map(Expr.Arg::value).toList();
      Expr startE = args.size() >= 2 ? args.get(0) : null;
      Expr stopE = args.size() == 1 ? args.get(0) : args.get(1);
      Expr stepE = args.size() == 3 ? args.get(2) : null;
      Register start = startE == null ? cConst(BigInteger.ZERO, loopType) : exprAs(startE, loopType);
      Register stop = exprAs(stopE, loopType);
      Integer stepSign = null;
      Register step;
      if (stepE == null) {
        step = cConst(BigInteger.ONE, loopType);
        stepSign = 1;
      } else {
        BigInteger lit = literalInt(stepE);
        step = exprAs(stepE, loopType);
        if (lit != null) stepSign = lit.signum();
      }
      if (stepSign != null && stepSign == 0) {
        call(Primitives.RANGE_STEP_ZERO, stepE.pos());
        return;
      }
      if (stepSign == null) {
        BasicBlock bad = fn.newBlock();
        BasicBlock good = fn.newBlock();
        Register isZero = temp(CType.BINT);
        add(new Op.CBinary(isZero, "==", step, cConst(BigInteger.ZERO, loopType)));
        branch(isZero, bad, good);
        cur = bad;
        call(Primitives.RANGE_STEP_ZERO, stepE.pos());
        cur = good;
      }
      Register counter = hiddenVar(loopType, "i");
      add(new Op.Assign(counter, start));
      Integer sign = stepSign;
      countedLoop(f, () -> {
        Register more = temp(CType.BINT);
        if (sign == null) {
          add(new Op.Call(more, new Primitive("range_more", "pyxc_range_more(%0, %1, %2)", CType.BINT, false, Set.of(),
              ErrorKind.NEVER), List.of(counter, stop, step)));
        } else {
          add(new Op.CBinary(more, sign > 0 ? "<" : ">", counter, stop));
        }
        return more;
      }, () -> {
        Expr.Name target = (Expr.Name) f.target();
        Register var = vars.get(target.id());
        add(new Op.Assign(var, coerce(counter, var.type(), f.pos())));
        markAssigned(target.id());
      }, () -> {
        Register next = temp(loopType);
        add(new Op.CBinary(next, "+", counter, step));
        add(new Op.Assign(counter, next));
      });
    }

    /**
     * What every C-counted loop shares: the test at its head, binding the target, the body
     * (break and continue go to the exit and the step), the step, and the else clause.
     */
    private void countedLoop(Stmt.For f, java.util.function.Supplier<Register> more, Runnable bindTarget, Runnable step) {
      BasicBlock head = fn.newBlock();
      BasicBlock body = fn.newBlock();
      BasicBlock incr = fn.newBlock();
      BasicBlock orElse = fn.newBlock();
      BasicBlock exit = fn.newBlock();
      jump(head);
      cur = head;
      branch(more.get(), body, orElse);
      Set<String> atHead = assigned == null ? null : new HashSet<>(assigned);
      cur = body;
      bindTarget.run();
      Loop loop = new Loop(incr, exit, cleanups.size());
      loops.push(loop);
      block(f.body());
      loops.pop();
      jump(incr);
      cur = incr;
      step.run();
      jump(head);
      cur = orElse;
      assigned = atHead;
      block(f.orElse());
      jump(exit);
      cur = exit;
      assigned = meetInto(loop.assignedAtBreak, assigned);
    }

    private static BigInteger literalInt(Expr e) {
      if (e instanceof Expr.IntLit i) return i.value();
      if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NEG && u.operand() instanceof Expr.IntLit i) {
        return i.value().negate();
      }
      return null;
    }

    /** {@code for x in iterable}: the iterator protocol, one new reference per item. */
    /** {@code for v in x} over a 1-D view: a C loop over its elements, in order. */
    private void viewLoop(Stmt.For f, CType.MemView mv) {
      // The loop holds the view it started with, even if the body rebinds the variable.
      Register view = hiddenVar(mv, "view");
      add(new Op.Assign(view, expr(f.iter())));
      Register n = call(Primitives.MV_SHAPE, f.pos(), view, cConst(BigInteger.ZERO, CType.SSIZE_T));
      Register counter = hiddenVar(CType.SSIZE_T, "i");
      add(new Op.Assign(counter, cConst(BigInteger.ZERO, CType.SSIZE_T)));
      countedLoop(f, () -> {
        Register more = temp(CType.BINT);
        add(new Op.CBinary(more, "<", counter, n));
        return more;
      }, () -> store(f.target(), call(Primitives.mvLoad(mv), f.pos(), view, counter), f.pos()), () -> {
        Register next = temp(CType.SSIZE_T);
        add(new Op.CBinary(next, "+", counter, cConst(BigInteger.ONE, CType.SSIZE_T)));
        add(new Op.Assign(counter, next));
      });
    }

    private void iterLoop(Stmt.For f) {
      Register iterable = exprAs(f.iter(), CType.OBJECT);
      Register it = call(Primitives.GET_ITER, f.iter().pos(), iterable);
      BasicBlock head = fn.newBlock();
      BasicBlock ended = fn.newBlock();
      BasicBlock orElse = fn.newBlock();
      BasicBlock exit = fn.newBlock();
      jump(head);
      cur = head;
      Register item = temp(CType.OBJECT);
      add(new Op.Call(item, Primitives.ITER_NEXT, List.of(it)));
      BasicBlock body = fn.newBlock();
      cur.terminator = new Terminator.Check(item, ErrorKind.NULL, body, ended, f.pos());
      Set<String> atHead = assigned == null ? null : new HashSet<>(assigned);
      cur = ended;
      call(Primitives.ITER_FINISHED, f.pos());
      jump(orElse);
      cur = body;
      store(f.target(), item, f.pos());
      Loop loop = new Loop(head, exit, cleanups.size());
      loops.push(loop);
      block(f.body());
      loops.pop();
      jump(head);
      cur = orElse;
      assigned = atHead;
      block(f.orElse());
      jump(exit);
      cur = exit;
      assigned = meetInto(loop.assignedAtBreak, assigned);
    }

    // ---- conditions ----

    /** Lowers a condition straight to branches: {@code and}/{@code or}/{@code not} short-circuit without values. */
    private void condition(Expr e, BasicBlock ifTrue, BasicBlock ifFalse) {
      if (e instanceof Expr.BoolOp b) {
        BasicBlock mid = fn.newBlock();
        if (b.isAnd()) condition(b.left(), mid, ifFalse);
        else condition(b.left(), ifTrue, mid);
        Set<String> afterLeft = assigned == null ? null : new HashSet<>(assigned);
        cur = mid;
        condition(b.right(), ifTrue, ifFalse);
        assigned = meet(afterLeft, assigned);
      } else if (e instanceof Expr.Not n) {
        condition(n.operand(), ifFalse, ifTrue);
      } else {
        branch(truth(expr(e), e.pos()), ifTrue, ifFalse);
      }
    }

    /** A C truth value for any register. */
    private Register truth(Register v, Pos pos) {
      if (v.type() instanceof CType.MemView) v = coerce(v, CType.OBJECT, pos);
      if (v.type() instanceof CType.PyObject) return call(Primitives.IS_TRUE, pos, v);
      if (v.type() instanceof CType.BInt) return v;
      Register r = temp(CType.BINT);
      add(new Op.CBinary(r, "!=", v, cConst(BigInteger.ZERO, v.type())));
      return r;
    }

    // ---- expressions ----

    private CType typeOf(Expr e) {
      return fi.typeOf(e);
    }

    private Register exprAs(Expr e, CType want) {
      Register literal = literal(e, want);
      if (literal != null) return literal;
      // As in Cython, a value-producing `and`/`or`/conditional wanted as an object converts
      // whichever operand decides it on its own (`0 and 0.5` is the int 0, not 0.0).
      if (want instanceof CType.PyObject && e instanceof Expr.BoolOp b) return boolOp(b, want);
      if (want instanceof CType.PyObject && e instanceof Expr.IfExp i) return ifExp(i, want);
      return coerce(expr(e), want, e.pos());
    }

    /** Literals are made directly in the type they are wanted in (no boxing at run time). */
    private Register literal(Expr e, CType want) {
      boolean obj = want instanceof CType.PyObject;
      if (e instanceof Expr.IntLit i) {
        if (obj) return constant(new Const.PyInt(i.value()), want);
        if (want instanceof CType.CFloat) return constant(new Const.CFloat(i.value().doubleValue(), i.value() + ".0"), want);
        if (want instanceof CType.CInt || want instanceof CType.BInt) return fitsC(i.value(), want) ? cConst(i.value(), want) : null;
        return null;
      } else if (e instanceof Expr.FloatLit f) {
        if (obj) return constant(new Const.PyFloat(f.value()), want);
        if (want instanceof CType.CFloat) return constant(new Const.CFloat(f.value(), f.text()), want);
        return null;
      } else if (e instanceof Expr.StrLit s) {
        return obj ? constant(new Const.PyStr(s.value()), want) : null;
      } else if (e instanceof Expr.BytesLit b) {
        return obj ? constant(new Const.PyBytes(b.value()), want) : null;
      } else if (e instanceof Expr.NoneLit n) {
        return obj ? constant(new Const.PyNone(), want) : null;
      } else if (e instanceof Expr.EllipsisLit n) {
        return obj ? constant(new Const.PyEllipsis(), want) : null;
      } else if (e instanceof Expr.BoolLit b) {
        return obj ? constant(new Const.PyBool(b.value()), want)
            : (Types.isCNumeric(want) ? cConst(b.value() ? BigInteger.ONE : BigInteger.ZERO, want) : null);
      } else {
        return null;
      }
    }

    private static boolean fitsC(BigInteger v, CType t) {
      if (t instanceof CType.BInt) return true;
      CType.CInt i = (CType.CInt) t;
      BigInteger min = i.kind().signed ? BigInteger.ONE.shiftLeft(i.kind().bits - 1).negate() : BigInteger.ZERO;
      BigInteger max = i.kind().signed ? BigInteger.ONE.shiftLeft(i.kind().bits - 1).subtract(BigInteger.ONE)
          : BigInteger.ONE.shiftLeft(i.kind().bits).subtract(BigInteger.ONE);
      return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    private Register constant(Const c, CType type) {
      Register r = temp(c.isPython() ? CType.OBJECT : type);
      add(new Op.LoadConst(r, c));
      return r;
    }

    private Register cConst(BigInteger v, CType type) {
      if (type instanceof CType.CFloat) return constant(new Const.CFloat(v.doubleValue(), v + ".0"), type);
      return constant(new Const.CInt(v), type);
    }

    private Register expr(Expr e) {
      int outerLine = line;
      if (e.pos().line() > 0) line = e.pos().line();
      try {
        return lowerExpr(e);
      } finally {
        line = outerLine;
      }
    }

    private Register lowerExpr(Expr e) {
      CType type = typeOf(e);
      Register lit = literal(e, type);
      if (lit != null) return lit;
      String libc = fi.libcMath().get(e);
      if (libc != null) {
        return call(new Primitive("libc_" + libc, dev.pyxc.sema.LibcMath.constant(libc), CType.DOUBLE, false, Set.of(),
            ErrorKind.NEVER), e.pos());
      }
      if (e instanceof Expr.Name n) {
        return readVar(n.id(), n.pos());
      } else if (e instanceof Expr.IntLit i) {
        return constant(new Const.PyInt(i.value()), CType.OBJECT);
      } else if (e instanceof Expr.ImagLit i) {
        Register complex = global("complex", i.pos());
        String imag = i.text().substring(0, i.text().length() - 1).replace("_", "");
        Register zero = constant(new Const.PyFloat(0.0), CType.OBJECT);
        Register im = constant(new Const.PyFloat(Double.parseDouble(imag)), CType.OBJECT);
        return callPy(complex, List.of(zero, im), List.of(), i.pos());
      } else if (e instanceof Expr.BinOp b) {
        List<Register> ops = evalAll(List.of(b.left(), b.right()), operandType(b.left(), b.right()));
        return binary(b.op(), ops.get(0), ops.get(1), b.pos(), false);
      } else if (e instanceof Expr.UnaryOp u) {
        return unary(u);
      } else if (e instanceof Expr.BoolOp b) {
        return boolOp(b, type);
      } else if (e instanceof Expr.Not n) {
        BasicBlock t = fn.newBlock();
        BasicBlock f = fn.newBlock();
        BasicBlock end = fn.newBlock();
        Register res = hiddenVar(CType.BINT, "not");
        condition(n.operand(), t, f);
        cur = t;
        add(new Op.Assign(res, cConst(BigInteger.ZERO, CType.BINT)));
        jump(end);
        cur = f;
        add(new Op.Assign(res, cConst(BigInteger.ONE, CType.BINT)));
        jump(end);
        cur = end;
        return res;
      } else if (e instanceof Expr.Compare c) {
        return compare(c, type);
      } else if (e instanceof Expr.IfExp i) {
        return ifExp(i, type);
      } else if (e instanceof Expr.Call c) {
        return call(c, type);
      } else if (e instanceof Expr.Attribute a && typeOf(a.obj()) instanceof CType.MemView mv && a.name().equals("T")) {
        Register view = expr(a.obj());
        notNone(view, "AttributeError", "Cannot transpose None memoryview slice", a.pos());
        return call(Primitives.mvTranspose(mv), a.pos(), view);
      } else if (e instanceof Expr.Attribute a && typeOf(a.obj()) instanceof CType.MemView mv
          && type instanceof CType.CInt) {
        return viewAttribute(a, mv);
      } else if (e instanceof Expr.Subscript s && s.obj() instanceof Expr.Attribute a
          && typeOf(a.obj()) instanceof CType.MemView && type instanceof CType.CInt) {
        Register view = viewForAttribute(a);
        Register k = exprAs(s.index(), CType.SSIZE_T);
        return call(a.name().equals("shape") ? Primitives.MV_SHAPE : Primitives.MV_STRIDES, s.pos(), view, k);
      } else if (e instanceof Expr.Subscript s && typeOf(s.obj()) instanceof CType.MemView mv) {
        Register view = expr(s.obj());
        List<Register> idx = new ArrayList<>();
        List<ViewIndex> items = viewIndices(view, mv, s, idx);
        if (type instanceof CType.MemView result) {
          List<Register> args = new ArrayList<>(List.of(view));
          args.addAll(idx);
          return call(Primitives.mvSubview(mv, result, items), s.pos(), args.toArray(new Register[0]));
        }
        List<Register> args = new ArrayList<>(List.of(view));
        args.addAll(idx);
        return call(Primitives.mvLoad(mv), s.pos(), args.toArray(new Register[0]));
      } else if (e instanceof Expr.Attribute a && typeOf(a.obj()) instanceof CType.MemView
          && (a.name().equals("shape") || a.name().equals("strides"))) {
        return call(a.name().equals("shape") ? Primitives.MV_SHAPE_LIST : Primitives.MV_STRIDES_LIST, a.pos(), viewForAttribute(a));
      } else if (e instanceof Expr.Attribute a) {
        Register obj = exprAs(a.obj(), CType.OBJECT);
        Register name = constant(new Const.PyStr(a.name()), CType.OBJECT);
        return call(Primitives.GETATTR, a.pos(), obj, name);
      } else if (e instanceof Expr.Subscript s) {
        Register obj = exprAs(s.obj(), CType.OBJECT);
        Register idx = index(s.index());
        return call(Primitives.GETITEM, s.pos(), obj, idx);
      } else if (e instanceof Expr.TupleExpr t) {
        return call(Primitives.TUPLE_PACK, t.pos(), objects(t.elts()));
      } else if (e instanceof Expr.ListExpr l) {
        return call(Primitives.LIST_PACK, l.pos(), objects(l.elts()));
      } else if (e instanceof Expr.DictExpr d) {
        List<Expr> kv = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
          kv.add(d.keys().get(i));
          kv.add(d.values().get(i));
      }
        return call(Primitives.DICT_PACK, d.pos(), objects(kv));
      } else if (e instanceof Expr.NamedExpr ne) {
        Register var = vars.get(ne.target().id());
        if (var == null) {
          Register v = exprAs(ne.value(), CType.OBJECT);
          setGlobal(ne.target().id(), v, ne.pos());
          return v;
        }
        assign(var, exprAs(ne.value(), var.type()));
        markAssigned(ne.target().id());
        return var;
      } else if (e instanceof Expr.Slice s) {
        throw new AssertionError("slice outside subscript reached the IR builder");
      } else {
        throw new AssertionError("unexpected literal " + e);
      }
    }

    /**
     * Evaluates a view's subscript left to right: integers are checked against their axis
     * (wraparound and bounds as the directives say), slices' parts become C values, {@code None}
     * adds an axis and an ellipsis stands for as many whole axes as the other items leave. Fills
     * {@code args} with the registers the subview or element op takes; returns the items.
     */
    private List<ViewIndex> viewIndices(Register view, CType.MemView mv, Expr.Subscript s, List<Register> args) {
      List<Expr> items = s.index() instanceof Expr.TupleExpr t ? t.elts() : List.of(s.index());
      long consuming = items.stream().filter(x -> !(x instanceof Expr.NoneLit) && !(x instanceof Expr.EllipsisLit)).count();
      List<ViewIndex> out = new ArrayList<>();
      List<int[]> positions = new ArrayList<>();   // {argument slot, axis, item} of each integer index
      int axis = 0;
      for (int k = 0; k < items.size(); k++) {
        Expr x = items.get(k);
        if (x instanceof Expr.NoneLit) {
          out.add(ViewIndex.NEWAXIS);
        } else if (x instanceof Expr.EllipsisLit) {
          for (long n = consuming; n < mv.ndim(); n++, axis++) out.add(ViewIndex.WHOLE);
          consuming = mv.ndim();
        } else if (x instanceof Expr.Slice sl) {
          for (Expr part : new Expr[] {sl.lo(), sl.hi(), sl.step()}) if (part != null) args.add(exprAs(part, CType.SSIZE_T));
          out.add(new ViewIndex(ViewIndex.Kind.SLICE, sl.lo() != null, sl.hi() != null, sl.step() != null));
          axis++;
        } else {
          positions.add(new int[] {args.size(), axis, k});
          args.add(exprAs(x, CType.SSIZE_T));
          out.add(ViewIndex.AT);
          axis++;
        }
      }
      boolean slicing = out.stream().anyMatch(it -> it.kind() != ViewIndex.Kind.AT);
      notNone(view, "TypeError", slicing ? "Cannot slice None memoryview slice" : "Cannot index None memoryview slice", s.pos());
      // Every index is evaluated before any is checked, and the highest failing axis is the one
      // reported, as in Cython: check from the last axis back.
      boolean wrap = directives.get("wraparound");
      boolean bounds = directives.get("boundscheck");
      boolean element = !slicing && positions.size() == mv.ndim();
      if (bounds && element && positions.size() > 1) {
        // An element of a multi-axis view: one check (one branch) for the whole access, then
        // each index wrapped on its own; a bounds-checked stencil runs as fast as Cython's.
        List<Register> checked = new ArrayList<>(List.of(view));
        for (int[] p : positions) checked.add(args.get(p[0]));
        call(Primitives.mvCheckElement(positions.size(), wrap), items.get(positions.get(positions.size() - 1)[2]).pos(),
            checked.toArray(new Register[0]));
        if (wrap) {
          for (int[] p : positions) {
            args.set(p[0], call(Primitives.mvIndex(p[1], true, false, true), items.get(p[2]).pos(), view, args.get(p[0])));
          }
        }
      } else if (wrap || bounds) {
        for (int k = positions.size() - 1; k >= 0; k--) {
          int[] p = positions.get(k);
          Pos pos = items.get(p[2]).pos();
          args.set(p[0], call(Primitives.mvIndex(p[1], wrap, bounds, element), pos, view, args.get(p[0])));
        }
      }
      return out;
    }

    /** The view whose attribute {@code a} reads, checked against None under nonecheck. */
    private Register viewForAttribute(Expr.Attribute a) {
      Register view = expr(a.obj());
      notNone(view, "AttributeError", "Cannot access '" + a.name() + "' attribute of None memoryview slice", a.pos());
      return view;
    }

    /** Under nonecheck, raises {@code excType(message)} when {@code view} is None. */
    private void notNone(Register view, String excType, String message, Pos pos) {
      if (directives.get("nonecheck")) call(Primitives.mvNotNone(excType, message), pos, view);
    }

    /** {@code x.ndim}, {@code x.size}, {@code x.itemsize}, {@code x.nbytes} as C values. */
    private Register viewAttribute(Expr.Attribute a, CType.MemView mv) {
      if (a.name().equals("ndim")) return cConst(BigInteger.valueOf(mv.ndim()), CType.SSIZE_T);
      Register view = viewForAttribute(a);
      StringBuilder size = new StringBuilder("((Py_ssize_t)1");
      for (int i = 0; i < mv.ndim(); i++) size.append(" * %0.shape[").append(i).append(']');
      size.append(')');
      String item = "(Py_ssize_t)sizeof(" + Primitives.cType(mv.dtype()) + ")";
      String template = switch (a.name()) {
        case "itemsize" -> item;
        case "size" -> size.toString();
        default -> size + " * " + item;
      };
      Register r = temp(CType.SSIZE_T);
      add(new Op.Call(r, new Primitive("mv_" + a.name(), template, CType.SSIZE_T, false, Set.of(), ErrorKind.NEVER), List.of(view)));
      return r;
    }

    /** Python objects when either side is one: literals then become constants, not boxed at run time. */
    private CType operandType(Expr left, Expr right) {
      return typeOf(left) instanceof CType.PyObject || typeOf(right) instanceof CType.PyObject ? CType.OBJECT : null;
    }

    /** The right operand of an augmented assignment whose target has type {@code targetType}. */
    private Register operand(Expr value, CType targetType) {
      if (targetType instanceof CType.PyObject) {
        Register lit = literal(value, CType.OBJECT);
        if (lit != null) return lit;
      }
      return expr(value);
    }

    private Register[] objects(List<Expr> elts) {
      List<Register> regs = evalAll(elts);
      Register[] out = new Register[regs.size()];
      for (int i = 0; i < regs.size(); i++) out[i] = coerce(regs.get(i), CType.OBJECT, elts.get(i).pos());
      return out;
    }

    /**
     * Evaluates expressions left to right. A variable read directly is used in place, unless a
     * later expression reassigns it with {@code :=}; then its current value is copied into a
     * temp first, so Python's left-to-right value is the one used.
     */
    private List<Register> evalAll(List<Expr> exprs) {
      return evalAll(exprs, null);
    }

    /** As {@link #evalAll(List)}, with literals made directly as {@code want} when it is given. */
    private List<Register> evalAll(List<Expr> exprs, CType want) {
      List<Register> out = new ArrayList<>();
      for (int i = 0; i < exprs.size(); i++) {
        Register r = want == null ? null : literal(exprs.get(i), want);
        if (r == null) r = expr(exprs.get(i));
        if (r.isVariable()) {
          Set<String> later = new HashSet<>();
          for (Expr e : exprs.subList(i + 1, exprs.size())) walrusTargets(e, later);
          if (later.contains(r.name())) {
            Register copy = temp(r.type());
            add(new Op.Assign(copy, r));
            r = copy;
          }
        }
        out.add(r);
      }
      return out;
    }

    private static void walrusTargets(Expr e, Set<String> out) {
      if (e instanceof Expr.NamedExpr ne) {
        out.add(ne.target().id());
        walrusTargets(ne.value(), out);
        return;
      }
      for (Expr c : Exprs.children(e)) walrusTargets(c, out);
    }

    private Register readVar(String name, Pos pos) {
      Register var = vars.get(name);
      if (var == null) return global(name, pos);
      if (var.isRefcounted() && var.kind() == Register.Kind.LOCAL && (assigned == null || !assigned.contains(name))) {
        addChecked(new Op.CheckBound(temp(CType.INT), var), pos);
        markAssigned(name);
      }
      return var;
    }

    private Register global(String name, Pos pos) {
      Register r = temp(CType.OBJECT);
      addChecked(new Op.LoadGlobal(r, name), pos);
      return r;
    }

    private Register index(Expr index) {
      if (index instanceof Expr.Slice s) return slice(s);
      if (index instanceof Expr.TupleExpr t) {
        List<Register> parts = new ArrayList<>();
        for (Expr x : t.elts()) parts.add(x instanceof Expr.Slice s ? slice(s) : exprAs(x, CType.OBJECT));
        return call(Primitives.TUPLE_PACK, t.pos(), parts.toArray(new Register[0]));
      }
      return exprAs(index, CType.OBJECT);
    }

    private Register slice(Expr.Slice s) {
      Register lo = s.lo() == null ? constant(new Const.PyNone(), CType.OBJECT) : exprAs(s.lo(), CType.OBJECT);
      Register hi = s.hi() == null ? constant(new Const.PyNone(), CType.OBJECT) : exprAs(s.hi(), CType.OBJECT);
      Register st = s.step() == null ? constant(new Const.PyNone(), CType.OBJECT) : exprAs(s.step(), CType.OBJECT);
      return call(Primitives.SLICE_NEW, s.pos(), lo, hi, st);
    }

    private Register unary(Expr.UnaryOp u) {
      CType t = typeOf(u);
      if (t instanceof CType.PyObject) {
        Register v = exprAs(u.operand(), CType.OBJECT);
        return call(switch (u.op()) {
          case NEG -> Primitives.NEG;
          case POS -> Primitives.POS;
          case INVERT -> Primitives.INVERT;
        }, u.pos(), v);
      }
      Register v = exprAs(u.operand(), t);
      if (u.op() == UnaryOperator.POS) return v;
      Register r = temp(t);
      add(new Op.CUnary(r, u.op().symbol, v));
      return r;
    }

    /** Binary operators: C arithmetic with Python semantics when both sides are C numbers, else the number protocol. */
    private Register binary(BinaryOp op, Register l, Register r, Pos pos, boolean inPlace) {
      CType lt = l.type();
      CType rt = r.type();
      if (Types.isCNumeric(lt) && Types.isCNumeric(rt) && op != BinaryOp.POW && op != BinaryOp.MATMUL) {
        return cBinary(op, l, r, pos);
      }
      Register lo = coerce(l, CType.OBJECT, pos);
      Register ro = coerce(r, CType.OBJECT, pos);
      return call(pyOp(op, inPlace), pos, lo, ro);
    }

    private Register cBinary(BinaryOp op, Register l, Register r, Pos pos) {
      CType lt = l.type();
      CType rt = r.type();
      boolean cdivision = directives.get("cdivision");
      if (op == BinaryOp.DIV && Types.isInt(lt) && Types.isInt(rt) && !directives.languageLevel().equals("2")) {
        Register ld = coerce(l, CType.DOUBLE, pos);
        Register rd = coerce(r, CType.DOUBLE, pos);
        return divide(ld, rd, CType.DOUBLE, cdivision, pos);
      }
      CType t = (op == BinaryOp.BITAND || op == BinaryOp.BITOR || op == BinaryOp.BITXOR)
          && lt instanceof CType.BInt && rt instanceof CType.BInt ? CType.BINT : Types.widest(lt, rt);
      Register lc = coerce(l, t, pos);
      Register rc = coerce(r, t, pos);
      switch (op) {
        case DIV -> {
          return divide(lc, rc, t, cdivision, pos);
        }
        case FLOORDIV, MOD -> {
          if (cdivision && t instanceof CType.CInt) {
            Register res = temp(t);
            add(new Op.CBinary(res, op == BinaryOp.FLOORDIV ? "/" : "%", lc, rc));
            return res;
          }
          Primitive p = op == BinaryOp.FLOORDIV ? Primitives.cFloorDiv(t) : Primitives.cMod(t);
          Register wide = call(p, pos, lc, rc);
          return coerce(wide, t, pos);
        }
        default -> {
          Register res = temp(t);
          add(new Op.CBinary(res, op.symbol, lc, rc));
          return res;
        }
      }
    }

    private Register divide(Register l, Register r, CType t, boolean cdivision, Pos pos) {
      if (cdivision || !(t instanceof CType.CFloat)) {
        if (!(t instanceof CType.CFloat) && !cdivision) {
          Register wide = call(Primitives.cFloorDiv(t), pos, l, r);
          return coerce(wide, t, pos);
        }
        Register res = temp(t);
        add(new Op.CBinary(res, "/", l, r));
        return res;
      }
      Register res = call(Primitives.C_TRUEDIV, pos, coerce(l, CType.DOUBLE, pos), coerce(r, CType.DOUBLE, pos));
      return coerce(res, t, pos);
    }

    private static Primitive pyOp(BinaryOp op, boolean inPlace) {
      return switch (op) {
        case ADD -> inPlace ? Primitives.IADD : Primitives.ADD;
        case SUB -> inPlace ? Primitives.ISUB : Primitives.SUB;
        case MUL -> inPlace ? Primitives.IMUL : Primitives.MUL;
        case DIV -> inPlace ? Primitives.ITRUEDIV : Primitives.TRUEDIV;
        case FLOORDIV -> inPlace ? Primitives.IFLOORDIV : Primitives.FLOORDIV;
        case MOD -> inPlace ? Primitives.IMOD : Primitives.MOD;
        case POW -> inPlace ? Primitives.IPOW : Primitives.POW;
        case LSHIFT -> inPlace ? Primitives.ILSHIFT : Primitives.LSHIFT;
        case RSHIFT -> inPlace ? Primitives.IRSHIFT : Primitives.RSHIFT;
        case BITAND -> inPlace ? Primitives.IAND : Primitives.AND;
        case BITOR -> inPlace ? Primitives.IOR : Primitives.OR;
        case BITXOR -> inPlace ? Primitives.IXOR : Primitives.XOR;
        case MATMUL -> inPlace ? Primitives.IMATMUL : Primitives.MATMUL;
      };
    }

    /** {@code x if c else y}: only the chosen branch is evaluated, into one variable. */
    private Register ifExp(Expr.IfExp i, CType type) {
      Register res = hiddenVar(type, "if");
      BasicBlock t = fn.newBlock();
      BasicBlock f = fn.newBlock();
      BasicBlock end = fn.newBlock();
      condition(i.cond(), t, f);
      Set<String> before = assigned == null ? null : new HashSet<>(assigned);
      cur = t;
      add(new Op.Assign(res, exprAs(i.then(), type)));
      Set<String> afterThen = assigned;
      jump(end);
      cur = f;
      assigned = before;
      add(new Op.Assign(res, exprAs(i.orElse(), type)));
      jump(end);
      cur = end;
      assigned = meet(afterThen, assigned);
      return res;
    }

    /** {@code a and b} / {@code a or b} as values: the deciding operand, in the spanning type. */
    private Register boolOp(Expr.BoolOp b, CType type) {
      Register res = hiddenVar(type, b.isAnd() ? "and" : "or");
      Register left = expr(b.left());
      Register leftTruth = truth(left, b.left().pos());
      add(new Op.Assign(res, coerce(left, type, b.pos())));
      BasicBlock evalRight = fn.newBlock();
      BasicBlock end = fn.newBlock();
      if (b.isAnd()) branch(leftTruth, evalRight, end);
      else branch(leftTruth, end, evalRight);
      Set<String> before = assigned == null ? null : new HashSet<>(assigned);
      cur = evalRight;
      add(new Op.Assign(res, exprAs(b.right(), type)));
      jump(end);
      cur = end;
      assigned = meet(before, assigned);
      return res;
    }

    private Register compare(Expr.Compare c, CType type) {
      if (c.ops().size() == 1) {
        List<Register> ops = evalAll(List.of(c.first(), c.rest().get(0)), operandType(c.first(), c.rest().get(0)));
        return compareOne(c.ops().get(0), ops.get(0), ops.get(1), type, c.pos());
      }
      // a < b < c: each operand evaluated once, stop at the first false comparison.
      Register res = hiddenVar(type, "cmp");
      BasicBlock end = fn.newBlock();
      Register left = expr(c.first());
      Set<String> before = null;
      for (int i = 0; i < c.ops().size(); i++) {
        Register right = expr(c.rest().get(i));
        if (right.isVariable() && i + 1 < c.ops().size()) {
          Register copy = temp(right.type());
          add(new Op.Assign(copy, right));
          right = copy;
        }
        Register r = compareOne(c.ops().get(i), left, right, type, c.pos());
        add(new Op.Assign(res, r));
        if (i + 1 < c.ops().size()) {
          BasicBlock next = fn.newBlock();
          branch(truth(res, c.pos()), next, end);
          before = meet(before == null ? assigned : before, assigned);
          cur = next;
        }
        left = right;
      }
      jump(end);
      cur = end;
      assigned = meet(before, assigned);
      return res;
    }

    private Register compareOne(CompareOp op, Register l, Register r, CType resultType, Pos pos) {
      if (Types.isCNumeric(l.type()) && Types.isCNumeric(r.type())
          && op != CompareOp.IN && op != CompareOp.NOT_IN && op != CompareOp.IS && op != CompareOp.IS_NOT) {
        CType t = Types.widest(l.type(), r.type());
        Register res = temp(CType.BINT);
        add(new Op.CBinary(res, op.symbol, coerce(l, t, pos), coerce(r, t, pos)));
        return coerce(res, resultType, pos);
      }
      Register lo = coerce(l, CType.OBJECT, pos);
      Register ro = coerce(r, CType.OBJECT, pos);
      Register res;
      switch (op) {
        case IS, IS_NOT -> {
          res = temp(CType.BINT);
          add(new Op.Call(res, Primitives.IS, List.of(lo, ro)));
          if (op == CompareOp.IS_NOT) res = not(res);
        }
        case IN, NOT_IN -> {
          Register st = call(Primitives.CONTAINS, pos, lo, ro);
          res = temp(CType.BINT);
          add(new Op.Cast(res, st));
          if (op == CompareOp.NOT_IN) res = not(res);
        }
        default -> res = call(switch (op) {
          case LT -> Primitives.RICHCOMPARE_LT;
          case LE -> Primitives.RICHCOMPARE_LE;
          case GT -> Primitives.RICHCOMPARE_GT;
          case GE -> Primitives.RICHCOMPARE_GE;
          case EQ -> Primitives.RICHCOMPARE_EQ;
          default -> Primitives.RICHCOMPARE_NE;
        }, pos, lo, ro);
      }
      return coerce(res, resultType, pos);
    }

    private Register not(Register b) {
      Register r = temp(CType.BINT);
      add(new Op.CUnary(r, "!", b));
      return r;
    }

    private Register call(Expr.Call c, CType type) {
      String libc = fi.libcMath().get(c.func());
      if (libc != null) {
        dev.pyxc.sema.LibcMath.Function f = dev.pyxc.sema.LibcMath.function(libc);
        return call(new Primitive("libc_" + libc, f.cName() + "(%*)", f.result(), false, Set.of(), ErrorKind.NEVER), c.pos(),
            cArguments(c, f.params()));
      }
      if (c.func() instanceof Expr.Name n && !vars.containsKey(n.id()) && outer.info.cfunctions().containsKey(n.id())) {
        dev.pyxc.sema.CFunction f = outer.info.cfunctions().get(n.id());
        return call(Primitives.cdefCall(f), c.pos(), cArguments(c, f.params()));
      }
      if (type instanceof CType.MemView result && c.func() instanceof Expr.Attribute a
          && typeOf(a.obj()) instanceof CType.MemView src) {
        return call(Primitives.mvCopyNew(src, result, a.name().equals("copy_fortran")), c.pos(), viewForAttribute(a));
      }
      String builtin = builtinCallee(c);
      boolean positional = c.args().stream().allMatch(a -> a.keyword() == null);
      if (builtin != null && positional) {
        List<Expr> args = c.args().stream().map(Expr.Arg::value).toList();
        switch (builtin) {
          case "len" -> {
            if (type instanceof CType.CInt && typeOf(args.get(0)) instanceof CType.MemView) {
              return call(Primitives.MV_SHAPE, c.pos(), expr(args.get(0)), cConst(BigInteger.ZERO, CType.SSIZE_T));
            }
            if (type instanceof CType.CInt) return call(Primitives.LEN, c.pos(), exprAs(args.get(0), CType.OBJECT));
          }
          case "abs" -> {
            if (Types.isCNumeric(type)) {
              Register v = exprAs(args.get(0), type);
              Register r = temp(type);
              add(new Op.Call(r, new Primitive("c_abs", type instanceof CType.CFloat ? "fabs(%0)" : "((%0) < 0 ? -(%0) : (%0))",
                  type, false, Set.of(), ErrorKind.NEVER), List.of(v)));
              return r;
            }
          }
          case "min", "max" -> {
            if (Types.isCNumeric(type)) return minMax(builtin.equals("min"), args, type, c.pos());
          }
          default -> { }
        }
      }
      Register callee = exprAs(c.func(), CType.OBJECT);
      List<Expr> values = c.args().stream().map(Expr.Arg::value).toList();
      Register[] args = objects(values);
      List<String> kw = c.args().stream().filter(a -> a.keyword() != null).map(Expr.Arg::keyword).toList();
      return callPy(callee, List.of(args), kw, c.pos());
    }

    /** The positional arguments of a C call, each made as its parameter's type. */
    private Register[] cArguments(Expr.Call c, List<CType> params) {
      Register[] args = new Register[c.args().size()];
      for (int i = 0; i < args.length; i++) args[i] = exprAs(c.args().get(i).value(), params.get(i));
      return args;
    }

    private Register callPy(Register callee, List<Register> args, List<String> kw, Pos pos) {
      Register r = temp(CType.OBJECT);
      addChecked(new Op.CallPy(r, callee, args, kw), pos);
      return r;
    }

    private Register minMax(boolean isMin, List<Expr> args, CType type, Pos pos) {
      List<Register> vals = evalAll(args);
      Register best = hiddenVar(type, isMin ? "min" : "max");
      add(new Op.Assign(best, coerce(vals.get(0), type, pos)));
      for (Register v : vals.subList(1, vals.size())) {
        Register cv = coerce(v, type, pos);
        Register better = temp(CType.BINT);
        add(new Op.CBinary(better, isMin ? "<" : ">", cv, best));
        BasicBlock take = fn.newBlock();
        BasicBlock next = fn.newBlock();
        branch(better, take, next);
        cur = take;
        add(new Op.Assign(best, cv));
        jump(next);
        cur = next;
      }
      return best;
    }

    private String builtinCallee(Expr.Call c) {
      if (c.func() instanceof Expr.Name n && !vars.containsKey(n.id()) && !outer.info.moduleNames().contains(n.id())
          && dev.pyxc.sema.Builtins.NAMES.contains(n.id())) {
        return n.id();
      }
      return null;
    }

    // ---- coercions ----

    /** Converts a value to {@code to}: box, unbox (with Cython's runtime errors), or a C cast. */
    private Register coerce(Register v, CType to, Pos pos) {
      CType from = v.type();
      if (from.equals(to)) return v;
      if (from instanceof CType.PyObject && to instanceof CType.PyObject) return v;
      // Views differing only in constness or contiguity share one representation.
      if (from instanceof CType.MemView && to instanceof CType.MemView) return v;
      if (from instanceof CType.MemView mv && to instanceof CType.PyObject) return call(Primitives.mvToObject(mv), pos, v);
      if (from instanceof CType.PyObject && to instanceof CType.MemView mv) return call(Primitives.mvFromObject(mv), pos, v);
      if (to instanceof CType.PyObject) return call(Primitives.box(from), pos, v);
      if (from instanceof CType.PyObject) {
        Register r = call(Primitives.unbox(to), pos, v);
        if (to instanceof CType.BInt) {
          Register b = temp(CType.BINT);
          add(new Op.Cast(b, r));
          return b;
        }
        return r;
      }
      if (to instanceof CType.BInt) {
        Register r = temp(CType.BINT);
        add(new Op.CBinary(r, "!=", v, cConst(BigInteger.ZERO, from)));
        return r;
      }
      Register r = temp(to);
      add(new Op.Cast(r, v));
      return r;
    }
  }
}
