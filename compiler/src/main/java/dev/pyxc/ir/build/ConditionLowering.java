package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import java.math.BigInteger;
import java.util.Set;

/**
 * Truth tests and what branches on them: conditions lowered straight to branches, {@code if},
 * {@code assert}, and {@code x if c else y}, {@code and}, {@code or}, {@code not} as values.
 */
final class ConditionLowering {
  private final FunctionBuilder fb;

  ConditionLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** Lowers a condition straight to branches: {@code and}/{@code or}/{@code not} short-circuit without values. */
  void condition(Expr e, BasicBlock ifTrue, BasicBlock ifFalse) {
    if (e instanceof Expr.BoolOp b) {
      BasicBlock mid = fb.fn.newBlock();
      if (b.isAnd()) condition(b.left(), mid, ifFalse);
      else condition(b.left(), ifTrue, mid);
      Set<String> afterLeft = fb.assignedHere();
      fb.cur = mid;
      condition(b.right(), ifTrue, ifFalse);
      fb.assigned = FunctionBuilder.meet(afterLeft, fb.assigned);
    } else if (e instanceof Expr.Not n) {
      condition(n.operand(), ifFalse, ifTrue);
    } else {
      fb.branch(truth(fb.expr(e), e.pos()), ifTrue, ifFalse);
    }
  }

  /** A C truth value for any register. */
  Register truth(Register v, Pos pos) {
    if (v.type() instanceof CType.MemView) v = fb.coerce(v, CType.OBJECT, pos);
    if (v.type() instanceof CType.PyObject o && Primitives.truthOfSized(o) != null) return fb.call(Primitives.truthOfSized(o), pos, v);
    if (v.type() instanceof CType.PyObject) return fb.call(Primitives.IS_TRUE, pos, v);
    if (v.type() instanceof CType.BInt) return v;
    // A C tuple is true as the tuple it stands for: it is never empty.
    if (dev.pyxc.sema.CTuples.is(v.type())) return fb.cConst(BigInteger.ONE, CType.BINT);
    Register r = fb.temp(CType.BINT);
    fb.add(new Op.CBinary(r, "!=", v, fb.cConst(BigInteger.ZERO, v.type())));
    return r;
  }

  void ifStmt(Stmt.If s) {
    BasicBlock end = fb.fn.newBlock();
    Set<String> out = null;
    for (Stmt.Branch b : s.branches()) {
      BasicBlock then = fb.fn.newBlock();
      BasicBlock next = fb.fn.newBlock();
      condition(b.cond(), then, next);
      Set<String> before = fb.assignedHere();
      fb.cur = then;
      fb.block(b.body());
      out = fb.meetInto(out, fb.assigned);
      fb.jump(end);
      fb.cur = next;
      fb.assigned = before;
    }
    fb.block(s.orElse());
    out = fb.meetInto(out, fb.assigned);
    fb.jump(end);
    fb.cur = end;
    fb.assigned = out;
  }

  /** {@code assert test, msg}: skipped under python -O, as Cython 3 does. */
  void assertStmt(Stmt.Assert a) {
    BasicBlock check = fb.fn.newBlock();
    BasicBlock failed = fb.fn.newBlock();
    BasicBlock after = fb.fn.newBlock();
    fb.branch(fb.call(Primitives.ASSERTIONS_ENABLED, a.pos()), check, after);
    fb.cur = check;
    Set<String> atStart = fb.assignedHere();
    condition(a.test(), after, failed);
    fb.cur = failed;
    Runnable raising = () -> {
      if (a.msg() == null) fb.call(Primitives.ASSERT_FAILED, a.pos());
      else fb.call(Primitives.ASSERT_FAILED_MSG, a.pos(), fb.exprAs(a.msg(), CType.OBJECT));
    };
    if (fb.withoutGil) fb.exceptions.raisingWithGil(a.pos(), raising); // as Cython: the failure takes the GIL
    else raising.run();
    fb.cur = after;
    fb.assigned = atStart;
  }

  /** {@code x if c else y}: only the chosen branch is evaluated, into one variable. */
  Register ifExp(Expr.IfExp i, CType type) {
    Register res = fb.hiddenVar(type, "if");
    BasicBlock t = fb.fn.newBlock();
    BasicBlock f = fb.fn.newBlock();
    BasicBlock end = fb.fn.newBlock();
    condition(i.cond(), t, f);
    Set<String> before = fb.assignedHere();
    fb.cur = t;
    valueInto(res, i.then(), type, end);
    Set<String> afterThen = fb.assigned;
    fb.cur = f;
    fb.assigned = before;
    valueInto(res, i.orElse(), type, end);
    fb.cur = end;
    fb.assigned = FunctionBuilder.meet(afterThen, fb.assigned);
    return res;
  }

  /** {@code a and b} / {@code a or b} as values: the deciding operand, in the spanning type. */
  Register boolOp(Expr.BoolOp b, CType type) {
    Register res = fb.hiddenVar(type, b.isAnd() ? "and" : "or");
    Register left = fb.expr(b.left());
    Register leftTruth = truth(left, b.left().pos());
    BasicBlock takeLeft = fb.fn.newBlock();
    BasicBlock evalRight = fb.fn.newBlock();
    BasicBlock end = fb.fn.newBlock();
    if (b.isAnd()) fb.branch(leftTruth, evalRight, takeLeft);
    else fb.branch(leftTruth, takeLeft, evalRight);
    Set<String> before = fb.assignedHere();
    // The left value becomes the result's type only where it is the result: a NULL char * that
    // `or` passes over is never made bytes.
    fb.cur = takeLeft;
    fb.add(new Op.Assign(res, fb.coerce(left, type, b.pos())));
    fb.jump(end);
    fb.cur = evalRight;
    valueInto(res, b.right(), type, end);
    fb.cur = end;
    fb.assigned = FunctionBuilder.meet(before, fb.assigned);
    return res;
  }

  /** One way to the value of a branching expression: {@code e} into {@code res}, then to {@code end}. */
  private void valueInto(Register res, Expr e, CType type, BasicBlock end) {
    fb.add(new Op.Assign(res, fb.exprAs(e, type)));
    fb.jump(end);
  }

  /** {@code not x} as a value: a bint set on each way out of the condition. */
  Register notValue(Expr.Not n) {
    BasicBlock t = fb.fn.newBlock();
    BasicBlock f = fb.fn.newBlock();
    BasicBlock end = fb.fn.newBlock();
    Register res = fb.hiddenVar(CType.BINT, "not");
    condition(n.operand(), t, f);
    fb.cur = t;
    fb.add(new Op.Assign(res, fb.cConst(BigInteger.ZERO, CType.BINT)));
    fb.jump(end);
    fb.cur = f;
    fb.add(new Op.Assign(res, fb.cConst(BigInteger.ONE, CType.BINT)));
    fb.jump(end);
    fb.cur = end;
    return res;
  }
}
