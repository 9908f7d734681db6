package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.ErrorKind;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitive;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * Loops: {@code for} over {@code range} on a C counter, over a 1-D view, and over any iterable;
 * {@code while}; {@code break}, {@code continue} and the {@code else} clause.
 */
final class LoopLowering {
  private final FunctionBuilder fb;

  LoopLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** Where break and continue in the innermost loop go, and what is assigned when they do. */
  static final class Loop {
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

  void forStmt(Stmt.For f) {
    dev.pyxc.sema.Prange prange = fb.fi.pranges().get(f);
    if (prange != null) {
      fb.parallels.prange(f, prange);
      return;
    }
    CType loopType = fb.fi.rangeLoopTypes().get(f);
    if (f.from() != null) fromLoop(f, f.from(), loopType);
    else if (loopType != null) rangeLoop(f, loopType);
    else if (fb.typeOf(f.iter()) instanceof CType.MemView mv && mv.ndim() == 1) viewLoop(f, mv);
    else if (isCIteration(f.iter()) || isCharSlice(f.iter())) pointerLoop(f);
    else iterLoop(f);
  }

  void breakStmt() {
    Loop l = fb.loopStack.peek();
    fb.exceptions.runCleanups(l.cleanupDepth);
    if (fb.cur.terminator != null) return;
    l.assignedAtBreak = fb.meetInto(l.assignedAtBreak, fb.assigned);
    fb.jump(l.breakTo);
    fb.startUnreachable();
  }

  void continueStmt() {
    fb.exceptions.runCleanups(fb.loopStack.peek().cleanupDepth);
    fb.jump(fb.loopStack.peek().continueTo);
    fb.startUnreachable();
  }

  void whileStmt(Stmt.While w) {
    BasicBlock head = fb.fn.newBlock();
    BasicBlock body = fb.fn.newBlock();
    BasicBlock orElse = fb.fn.newBlock();
    BasicBlock exit = fb.fn.newBlock();
    Set<String> atHead = enterHead(head, () -> fb.conditions.condition(w.cond(), body, orElse), body);
    Loop loop = loopBody(w.body(), head, exit);
    orElseAndExit(loop, orElse, atHead, w.orElse());
  }

  /** {@code for i in range(...)} on a C counter: no Python objects per iteration. */
  private void rangeLoop(Stmt.For f, CType loopType) {
    Expr.Call call = (Expr.Call) f.iter();
    List<Expr> args = call.args().stream().map(Expr.Arg::value).toList();
    Expr startE = args.size() >= 2 ? args.get(0) : null;
    Expr stopE = args.size() == 1 ? args.get(0) : args.get(1);
    Expr stepE = args.size() == 3 ? args.get(2) : null;
    Register start = startE == null ? fb.cConst(BigInteger.ZERO, loopType) : fb.exprAs(startE, loopType);
    // range() takes its arguments' values once: a variable the body changes must not move the bound.
    Register stop = frozen(fb.exprAs(stopE, loopType), "stop");
    Integer stepSign = null;
    Register step;
    if (stepE == null) {
      step = fb.cConst(BigInteger.ONE, loopType);
      stepSign = 1;
    } else {
      BigInteger lit = literalInt(stepE);
      step = frozen(fb.exprAs(stepE, loopType), "step");
      if (lit != null) stepSign = lit.signum();
    }
    if (stepSign != null && stepSign == 0) {
      fb.call(Primitives.RANGE_STEP_ZERO, stepE.pos());
      return;
    }
    if (stepSign == null) raiseIfZeroStep(step, loopType, stepE.pos());
    Register counter = fb.hiddenVar(loopType, "i");
    fb.add(new Op.Assign(counter, start));
    Integer sign = stepSign;
    countedLoop(f, () -> {
      Register more = fb.temp(CType.BINT);
      if (sign == null) {
        fb.add(new Op.Call(more, new Primitive("range_more", "pyxc_range_more(%0, %1, %2)", CType.BINT, false, Set.of(),
            ErrorKind.NEVER), List.of(counter, stop, step)));
      } else {
        fb.add(new Op.CBinary(more, sign > 0 ? "<" : ">", counter, stop));
      }
      return more;
    }, () -> {
      Expr.Name target = (Expr.Name) f.target();
      Register var = fb.vars.get(target.id());
      if (var == null) {
        fb.assignments.store(target, counter, f.pos()); // a variable nested functions share
        return;
      }
      fb.add(new Op.Assign(var, fb.coerce(counter, var.type(), f.pos())));
      fb.markAssigned(target.id());
    }, () -> {
      Register next = fb.temp(loopType);
      fb.add(new Op.CBinary(next, "+", counter, step));
      fb.add(new Op.Assign(counter, next));
    });
  }

  /**
   * Cython's {@code for x from a <= x < b by s}: the bound and step are evaluated once, then a C
   * loop. A C local target is the counter itself (the body may move it; after the loop it holds the
   * value that ended it). Any other target mirrors a C counter: set from it before each pass, read
   * back into it before each step, and set once more when the loop ends by its test.
   */
  private void fromLoop(Stmt.For f, Stmt.FromBounds b, CType loopType) {
    Expr.Name target = (Expr.Name) f.target();
    Expr stepE = Stmt.FromBounds.step(f.iter());
    Register start = fb.exprAs(Stmt.FromBounds.first(f.iter()), loopType);
    Register bound = frozen(fb.exprAs(Stmt.FromBounds.bound(f.iter()), loopType), "stop");
    Register step = stepE == null ? fb.cConst(BigInteger.ONE, loopType) : frozen(fb.exprAs(stepE, loopType), "step");
    String op = b.upward() ? "+" : "-";
    if (b.firstStrict()) {
      Register moved = fb.temp(loopType);
      fb.add(new Op.CBinary(moved, op, start, fb.cConst(BigInteger.ONE, loopType)));
      start = moved;
    }
    Register var = fb.vars.get(target.id());
    boolean direct = var != null && var.type().equals(loopType);
    Register counter = direct ? var : fb.hiddenVar(loopType, "i");
    fb.add(new Op.Assign(counter, start));
    if (direct) fb.markAssigned(target.id());
    String test = (b.upward() ? "<" : ">") + (b.boundStrict() ? "" : "=");
    BasicBlock head = fb.fn.newBlock();
    BasicBlock body = fb.fn.newBlock();
    BasicBlock incr = fb.fn.newBlock();
    BasicBlock orElse = fb.fn.newBlock();
    BasicBlock exit = fb.fn.newBlock();
    Set<String> atHead = enterHead(head, () -> {
      Register more = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(more, test, counter, bound));
      fb.branch(more, body, orElse);
    }, body);
    if (!direct) fb.assignments.store(target, counter, f.pos());
    Loop loop = loopBody(f.body(), incr, exit);
    fb.cur = incr;
    if (!direct) fb.add(new Op.Assign(counter, fb.coerce(fb.expr(target), loopType, f.pos())));
    Register next = fb.temp(loopType);
    fb.add(new Op.CBinary(next, op, counter, step));
    fb.add(new Op.Assign(counter, next));
    fb.jump(head);
    orElseAndExit(loop, orElse, atHead, f.orElse(), direct ? () -> { } : () -> fb.assignments.store(target, counter, f.pos()));
  }

  /** range()'s ValueError when a step known only at run time is zero. */
  void raiseIfZeroStep(Register step, CType type, dev.pyxc.diag.Pos pos) {
    BasicBlock bad = fb.fn.newBlock();
    BasicBlock good = fb.fn.newBlock();
    Register isZero = fb.temp(CType.BINT);
    fb.add(new Op.CBinary(isZero, "==", step, fb.cConst(BigInteger.ZERO, type)));
    fb.branch(isZero, bad, good);
    fb.cur = bad;
    fb.call(Primitives.RANGE_STEP_ZERO, pos);
    fb.cur = good;
  }

  /** A loop bound's value, copied out of a variable the body might reassign. */
  Register frozen(Register v, String what) {
    if (!v.isVariable()) return v;
    Register copy = fb.hiddenVar(v.type(), what);
    fb.add(new Op.Assign(copy, v));
    return copy;
  }

  /**
   * What every C-counted loop shares: the test at its head, binding the target, the body
   * (break and continue go to the exit and the step), the step, and the else clause.
   */
  void countedLoop(Stmt.For f, java.util.function.Supplier<Register> more, Runnable bindTarget, Runnable step) {
    BasicBlock head = fb.fn.newBlock();
    BasicBlock body = fb.fn.newBlock();
    BasicBlock incr = fb.fn.newBlock();
    BasicBlock orElse = fb.fn.newBlock();
    BasicBlock exit = fb.fn.newBlock();
    Set<String> atHead = enterHead(head, () -> fb.branch(more.get(), body, orElse), body);
    bindTarget.run();
    Loop loop = loopBody(f.body(), incr, exit);
    fb.cur = incr;
    step.run();
    fb.jump(head);
    orElseAndExit(loop, orElse, atHead, f.orElse());
  }

  private static BigInteger literalInt(Expr e) {
    if (e instanceof Expr.IntLit i) return i.value();
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NEG && u.operand() instanceof Expr.IntLit i) {
      return i.value().negate();
    }
    return null;
  }

  /** {@code for v in x} over a 1-D view: a C loop over its elements, in order. */
  private void viewLoop(Stmt.For f, CType.MemView mv) {
    // The loop holds the view it started with, even if the body rebinds the variable.
    Register view = fb.hiddenVar(mv, "view");
    fb.add(new Op.Assign(view, fb.expr(f.iter())));
    Register n = fb.call(ViewPrimitives.MV_SHAPE, f.pos(), view, fb.cConst(BigInteger.ZERO, CType.SSIZE_T));
    Register counter = fb.hiddenVar(CType.SSIZE_T, "i");
    fb.add(new Op.Assign(counter, fb.cConst(BigInteger.ZERO, CType.SSIZE_T)));
    countedLoop(f, () -> {
      Register more = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(more, "<", counter, n));
      return more;
    }, () -> fb.assignments.store(f.target(), fb.views.load(mv, f.pos(), List.of(view, counter)), f.pos()), () -> {
      Register next = fb.temp(CType.SSIZE_T);
      fb.add(new Op.CBinary(next, "+", counter, fb.cConst(BigInteger.ONE, CType.SSIZE_T)));
      fb.add(new Op.Assign(counter, next));
    });
  }

  /** Whether sema made {@code iterable} a C loop: a C array, or a slice of a pointer or array (typed as the pointer). */
  boolean isCIteration(Expr iterable) {
    return fb.typeOf(iterable) instanceof CType.CArray
        || fb.typeOf(iterable) instanceof CType.Pointer && iterable instanceof Expr.Subscript s && s.index() instanceof Expr.Slice;
  }

  /**
   * The elements a C iteration visits: {@code p[start]}, {@code p[start + step]}, ... up to
   * {@code stop} (down to it, for a negative step), the step a constant (CIteration), the bounds
   * evaluated once; an array's slice defaults to its whole length, a char pointer's to its NUL,
   * and a negative step without a stop runs down to element 0.
   */
  record CRange(Register pointer, Register start, Register stop, long step, CType elem) {}

  CRange cRange(Expr iterable, dev.pyxc.diag.Pos pos) {
    Expr base = iterable;
    Expr.Slice sl = null;
    if (!(fb.typeOf(iterable) instanceof CType.CArray)) {
      Expr.Subscript s = (Expr.Subscript) iterable;
      base = s.obj();
      sl = (Expr.Slice) s.index();
    }
    CType.CArray array = fb.typeOf(base) instanceof CType.CArray a ? a : null;
    long step = sl == null ? 1 : dev.pyxc.sema.CIteration.step(sl).longValueExact();
    CType elem = dev.pyxc.sema.CPointers.element(fb.typeOf(base));
    Register p = fb.hiddenVar(new CType.Pointer(elem), "p");
    fb.add(new Op.Assign(p, fb.coerce(fb.expr(base), new CType.Pointer(elem), pos)));
    Expr lo = sl == null || dev.pyxc.sema.CIteration.absent(sl.lo()) ? null : sl.lo();
    Expr hi = sl == null || dev.pyxc.sema.CIteration.absent(sl.hi()) ? null : sl.hi();
    // (A char pointer's length is up to its NUL.)
    Register length = array != null ? fb.pointers.length(array, pos)
        : lo == null && step < 0 || hi == null && step > 0 ? fb.call(dev.pyxc.ir.PointerPrimitives.STRLEN, pos, p) : null;
    Register start = lo != null ? fb.exprAs(lo, CType.SSIZE_T) : step > 0 ? fb.cConst(BigInteger.ZERO, CType.SSIZE_T) : minusOne(length);
    Register stop = hi != null ? fb.exprAs(hi, CType.SSIZE_T) : step > 0 ? length : fb.cConst(BigInteger.valueOf(-1), CType.SSIZE_T);
    return new CRange(p, start, stop, step, elem);
  }

  private Register minusOne(Register n) {
    Register r = fb.temp(CType.SSIZE_T);
    fb.add(new Op.CBinary(r, "-", n, fb.cConst(BigInteger.ONE, CType.SSIZE_T)));
    return r;
  }

  /** Whether {@code counter} has not yet reached the range's stop. */
  Register inRange(CRange r, Register counter) {
    Register more = fb.temp(CType.BINT);
    fb.add(new Op.CBinary(more, r.step() > 0 ? "<" : ">", counter, r.stop()));
    return more;
  }

  void advance(CRange r, Register counter) {
    Register next = fb.temp(CType.SSIZE_T);
    fb.add(new Op.CBinary(next, "+", counter, fb.cConst(BigInteger.valueOf(r.step()), CType.SSIZE_T)));
    fb.add(new Op.Assign(counter, next));
  }

  /**
   * {@code for c in p[lo:hi]} of a {@code char *}: as in Cython, a C loop over its chars, each
   * an unsigned char (as bytes give them), or a one-character bytes (str) into such a variable.
   */
  private boolean isCharSlice(Expr iterable) {
    return iterable instanceof Expr.Subscript s && s.index() instanceof Expr.Slice && dev.pyxc.sema.CPointers.holdsChars(fb.typeOf(s.obj()));
  }

  /** {@code for x in a} over a C array, {@code for x in p[lo:hi:step]} over a pointer's elements: a C loop. */
  private void pointerLoop(Stmt.For f) {
    CRange r = cRange(f.iter(), f.pos());
    Register counter = fb.hiddenVar(CType.SSIZE_T, "i");
    fb.add(new Op.Assign(counter, r.start()));
    boolean chars = isCharSlice(f.iter());
    boolean strings = chars && fb.typeOf(f.target()) instanceof CType.PyObject o && ("bytes".equals(o.builtin()) || "str".equals(o.builtin()));
    countedLoop(f, () -> inRange(r, counter), () -> {
      Register item;
      if (strings) {
        Register after = fb.temp(CType.SSIZE_T);
        fb.add(new Op.CBinary(after, "+", counter, fb.cConst(BigInteger.ONE, CType.SSIZE_T)));
        String type = ((CType.PyObject) fb.typeOf(f.target())).builtin();
        item = fb.pointers.charsToObject(r.pointer(), new dev.pyxc.ir.PointerPrimitives.Chars.Slice(), type, f.pos(), counter, after);
      } else {
        item = fb.call(dev.pyxc.ir.PointerPrimitives.load(r.elem()), f.pos(), r.pointer(), counter);
        if (chars) item = fb.coerce(item, new CType.CInt(CType.IntKind.UCHAR), f.pos());
      }
      fb.assignments.store(f.target(), item, f.pos());
    }, () -> advance(r, counter));
  }

  /** {@code for x in iterable}: the iterator protocol, one new reference per item. */
  private void iterLoop(Stmt.For f) {
    Register iterable = fb.exprAs(f.iter(), CType.OBJECT);
    Register it = fb.call(Primitives.GET_ITER, f.iter().pos(), iterable);
    BasicBlock head = fb.fn.newBlock();
    BasicBlock ended = fb.fn.newBlock();
    BasicBlock orElse = fb.fn.newBlock();
    BasicBlock exit = fb.fn.newBlock();
    fb.jump(head);
    fb.cur = head;
    Register item = fb.temp(CType.OBJECT);
    fb.add(new Op.Call(item, Primitives.ITER_NEXT, List.of(it)));
    BasicBlock body = fb.fn.newBlock();
    fb.cur.terminator = new Terminator.Check(item, ErrorKind.NULL, body, ended, f.pos());
    Set<String> atHead = fb.assignedHere();
    fb.cur = ended;
    fb.call(Primitives.ITER_FINISHED, f.pos());
    fb.jump(orElse);
    fb.cur = body;
    fb.assignments.store(f.target(), item, f.pos());
    Loop loop = loopBody(f.body(), head, exit);
    orElseAndExit(loop, orElse, atHead, f.orElse());
  }

  /**
   * Enters the loop at its head, where {@code test} branches to the body or the else clause,
   * and continues in the body; returns what is assigned at the head, where the else clause starts.
   */
  private Set<String> enterHead(BasicBlock head, Runnable test, BasicBlock body) {
    fb.jump(head);
    fb.cur = head;
    test.run();
    Set<String> atHead = fb.assignedHere();
    fb.cur = body;
    return atHead;
  }

  /** Lowers a loop's body, where continue goes to {@code continueTo} and break to {@code exit}. */
  Loop loopBody(List<Stmt> body, BasicBlock continueTo, BasicBlock exit) {
    return loopBody(() -> fb.block(body), continueTo, exit);
  }

  /** The same with the body's lowering given ({@code break} and {@code continue} run what it pushed as cleanups). */
  Loop loopBody(Runnable body, BasicBlock continueTo, BasicBlock exit) {
    Loop loop = new Loop(continueTo, exit, fb.cleanups.size());
    fb.loopStack.push(loop);
    body.run();
    fb.loopStack.pop();
    fb.jump(continueTo);
    return loop;
  }

  /**
   * The else clause, run when the head finds the loop done (so with what was assigned at the
   * head), then the exit, which a break also reaches.
   */
  private void orElseAndExit(Loop loop, BasicBlock orElse, Set<String> atHead, List<Stmt> orElseBody) {
    orElseAndExit(loop, orElse, atHead, orElseBody, () -> { });
  }

  /** The same, {@code ended} run first where the loop ends by its test. */
  private void orElseAndExit(Loop loop, BasicBlock orElse, Set<String> atHead, List<Stmt> orElseBody, Runnable ended) {
    fb.cur = orElse;
    fb.assigned = atHead;
    ended.run();
    fb.block(orElseBody);
    fb.jump(loop.breakTo);
    fb.cur = loop.breakTo;
    fb.assigned = fb.meetInto(loop.assignedAtBreak, fb.assigned);
  }
}
