package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.ErrorKind;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import dev.pyxc.verify.OwnershipVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verifier on hand-written IR: balanced functions pass, and each kind of imbalance is
 * rejected with its message. (The ops here include IncRef/DecRef written by hand on purpose:
 * this is the verifier's input, not compiler output.)
 */
class VerifierTest {
  private final FuncIr fn = new FuncIr("f", "m.f", 1, CType.OBJECT);
  private final BasicBlock entry = fn.newBlock();
  private final Register x = param("x");

  private Register param(String name) {
    Register r = fn.newRegister(name, CType.OBJECT, Register.Kind.PARAM);
    fn.params.add(r);
    return r;
  }

  private Register temp() {
    return fn.newRegister(null, CType.OBJECT, Register.Kind.TEMP);
  }

  private Register local(String name) {
    return fn.newRegister(name, CType.OBJECT, Register.Kind.LOCAL);
  }

  private List<String> verify() {
    return OwnershipVerifier.check(fn);
  }

  @Test
  void walrusCopyWithoutIncrefIsRejected() {
    // The seed bug, for objects: y takes x's reference without its own count, then y is released.
    Register y = local("y");
    entry.ops.add(new Op.Assign(y, x));
    entry.terminator = new Terminator.Return(y);
    assertThat(verify()).containsExactly("f: L0: assignment to y steals x which owns no reference (0 owned, borrowed)");
  }

  @Test
  void walrusCopyWithIncrefIsBalanced() {
    Register y = local("y");
    entry.ops.add(new Op.IncRef(x));
    entry.ops.add(new Op.Assign(y, x));
    entry.terminator = new Terminator.Return(y);
    assertThat(verify()).isEmpty();
  }

  @Test
  void leakAtReturnIsRejected() {
    Register g = temp();
    entry.ops.add(new Op.LoadGlobal(g, "len"));
    BasicBlock ok = fn.newBlock();
    BasicBlock err = fn.newBlock();
    err.terminator = new Terminator.ReturnError();
    entry.terminator = new Terminator.Check(g, ErrorKind.NULL, ok, err, new Pos(1, 0));
    Register none = temp();
    ok.ops.add(new Op.LoadConst(none, new Const.PyNone()));
    ok.ops.add(new Op.IncRef(none));
    ok.terminator = new Terminator.Return(none);
    assertThat(verify()).containsExactly("f: L1: %1 still owns a reference at return (leak)");
  }

  @Test
  void failedResultIsNotReleasedOnTheErrorEdge() {
    Register g = temp();
    entry.ops.add(new Op.LoadGlobal(g, "len"));
    BasicBlock ok = fn.newBlock();
    BasicBlock err = fn.newBlock();
    err.ops.add(new Op.DecRef(g, false));
    err.terminator = new Terminator.ReturnError();
    entry.terminator = new Terminator.Check(g, ErrorKind.NULL, ok, err, new Pos(1, 0));
    ok.terminator = new Terminator.Return(g);
    assertThat(verify()).containsExactly("f: L2: dec_ref of %1 which owns no reference (no value)");
  }

  @Test
  void leakOnErrorEdgeIsRejected() {
    Register a = temp();
    Register b = temp();
    entry.ops.add(new Op.LoadGlobal(a, "a"));
    BasicBlock second = fn.newBlock();
    BasicBlock err = fn.newBlock();
    BasicBlock done = fn.newBlock();
    err.terminator = new Terminator.ReturnError();
    entry.terminator = new Terminator.Check(a, ErrorKind.NULL, second, err, new Pos(1, 0));
    second.ops.add(new Op.LoadGlobal(b, "b"));
    second.terminator = new Terminator.Check(b, ErrorKind.NULL, done, err, new Pos(2, 0));
    done.ops.add(new Op.DecRef(a, false));
    done.terminator = new Terminator.Return(b);
    // a is owned when loading b fails, and nothing releases it on that edge.
    assertThat(verify()).containsExactly("f: L2: %1 still owns a reference at error exit (leak)");
  }

  @Test
  void doubleReleaseIsRejected() {
    Register g = temp();
    entry.ops.add(new Op.LoadGlobal(g, "len"));
    BasicBlock ok = fn.newBlock();
    BasicBlock err = fn.newBlock();
    err.terminator = new Terminator.ReturnError();
    entry.terminator = new Terminator.Check(g, ErrorKind.NULL, ok, err, new Pos(1, 0));
    ok.ops.add(new Op.DecRef(g, false));
    ok.ops.add(new Op.DecRef(g, false));
    ok.ops.add(new Op.IncRef(x));
    ok.terminator = new Terminator.Return(x);
    assertThat(verify()).containsExactly("f: L1: dec_ref of %1 which owns no reference (no value)");
  }

  @Test
  void useAfterReleaseIsRejected() {
    Register y = local("y");
    entry.ops.add(new Op.IncRef(x));
    entry.ops.add(new Op.Assign(y, x));
    entry.ops.add(new Op.DecRef(y, false));
    entry.terminator = new Terminator.Return(y);
    assertThat(verify()).contains("f: L0: return reads y which holds no live reference (no value)");
  }

  @Test
  void overwritingAnOwnedVariableIsALeak() {
    Register y = local("y");
    Register c = temp();
    entry.ops.add(new Op.IncRef(x));
    entry.ops.add(new Op.Assign(y, x));
    entry.ops.add(new Op.LoadConst(c, new Const.PyNone()));
    entry.ops.add(new Op.IncRef(c));
    entry.ops.add(new Op.Assign(y, c));
    entry.terminator = new Terminator.Return(y);
    assertThat(verify()).containsExactly("f: L0: assignment to y overwrites a reference it still owns (leak)");
  }

  @Test
  void maybeAssignedVariableNeedsXdecref() {
    // if c: y = x   ...   dec_ref y   -- y may be unassigned where the paths join.
    Register y = local("y");
    Register cond = fn.newRegister(null, CType.BINT, Register.Kind.TEMP);
    BasicBlock then = fn.newBlock();
    BasicBlock join = fn.newBlock();
    entry.ops.add(new Op.LoadConst(cond, new Const.CInt(java.math.BigInteger.ONE)));
    entry.terminator = new Terminator.Branch(cond, then, join);
    then.ops.add(new Op.IncRef(x));
    then.ops.add(new Op.Assign(y, x));
    then.terminator = new Terminator.Goto(join);
    join.ops.add(new Op.DecRef(y, false));
    join.ops.add(new Op.IncRef(x));
    join.terminator = new Terminator.Return(x);
    assertThat(verify()).contains("f: L2: dec_ref of y which may be unassigned (needs xdec_ref)");
    join.ops.set(0, new Op.DecRef(y, true));
    assertThat(verify()).isEmpty();
  }

  // ---- borrowed views: a view may borrow only a buffer the caller keeps acquired ----

  private static final CType.MemView ROW = new CType.MemView(CType.DOUBLE, 1, List.of(CType.Packing.STRIDED), false);
  private static final CType.MemView MATRIX =
      new CType.MemView(CType.DOUBLE, 2, List.of(CType.Packing.STRIDED, CType.Packing.STRIDED), false);

  private FuncIr viewFunction(Register[] params) {
    FuncIr f = new FuncIr("g", "m.g", 1, CType.OBJECT);
    f.newBlock();
    params[0] = f.newRegister("X", MATRIX, Register.Kind.PARAM);
    f.params.add(params[0]);
    return f;
  }

  /** {@code r = X[0, :]} with the subview borrowed from X; returns None. */
  private static void borrowRow(FuncIr f, Register from, Register r) {
    BasicBlock b = f.entry();
    Register t = f.newRegister(null, ROW, Register.Kind.TEMP);
    Register zero = f.newRegister(null, CType.SSIZE_T, Register.Kind.TEMP);
    Register none = f.newRegister(null, CType.OBJECT, Register.Kind.TEMP);
    java.util.List<dev.pyxc.ir.ViewIndex> items = List.of(dev.pyxc.ir.ViewIndex.AT, dev.pyxc.ir.ViewIndex.WHOLE);
    b.ops.add(new Op.LoadConst(zero, new Const.CInt(java.math.BigInteger.ZERO)));
    b.ops.add(new Op.Call(t, dev.pyxc.ir.ViewPrimitives.borrowedView(dev.pyxc.ir.ViewPrimitives.mvSubview(MATRIX, ROW, items)), List.of(from, zero)));
    b.ops.add(new Op.Borrow(r, t));
    b.ops.add(new Op.LoadConst(none, new Const.PyNone()));
    b.ops.add(new Op.IncRef(none));
    b.terminator = new Terminator.Return(none);
  }

  @Test
  void rowBorrowedFromAParameterIsBalanced() {
    Register[] p = new Register[1];
    FuncIr f = viewFunction(p);
    borrowRow(f, p[0], f.newRegister("r", ROW, Register.Kind.LOCAL));
    assertThat(OwnershipVerifier.check(f)).isEmpty();
  }

  @Test
  void rowBorrowedFromAReassignedParameterIsRejected() {
    // X = <a new view>; r = X[0, :] borrowed: X's new buffer is not the caller's to keep alive.
    Register[] p = new Register[1];
    FuncIr f = viewFunction(p);
    Register other = f.newRegister("Y", MATRIX, Register.Kind.PARAM);
    f.params.add(other);
    f.entry().ops.add(new Op.IncRef(other));
    f.entry().ops.add(new Op.Assign(p[0], other));
    borrowRow(f, p[0], f.newRegister("r", ROW, Register.Kind.LOCAL));
    f.entry().ops.add(f.entry().ops.size() - 2, new Op.DecRef(p[0], false));
    assertThat(OwnershipVerifier.check(f))
        .contains("g: L0: mv_subview_borrowed borrows a view of X, whose buffer the caller does not keep acquired");
  }

  @Test
  void variableBorrowingFromAnOwnedCopyIsRejected() {
    // c = X (an owned copy); r = c[0, :] borrowed: c's acquisition ends when c dies, r's value would dangle.
    Register[] p = new Register[1];
    FuncIr f = viewFunction(p);
    Register c = f.newRegister("c", MATRIX, Register.Kind.LOCAL);
    f.entry().ops.add(new Op.IncRef(p[0]));
    f.entry().ops.add(new Op.Assign(c, p[0]));
    Register r = f.newRegister("r", ROW, Register.Kind.LOCAL);
    borrowRow(f, c, r);
    f.entry().ops.add(f.entry().ops.size() - 2, new Op.DecRef(c, false));
    assertThat(OwnershipVerifier.check(f))
        .contains("g: L0: mv_subview_borrowed borrows a view of c, whose buffer the caller does not keep acquired");
  }

  @Test
  void unbindOfAVariableThatStillOwnsItsValueIsALeak() {
    // `except E as e` at level 3: e is released before it is unbound; without the release, a leak.
    Register e = local("e");
    Register v = temp();
    entry.ops.add(new Op.Call(v, dev.pyxc.ir.Primitives.EXC_FETCH, List.of()));
    entry.ops.add(new Op.Assign(e, v));
    entry.ops.add(new Op.Unbind(e));
    entry.terminator = new Terminator.Return(x);
    assertThat(verify()).contains("f: L0: unbind of e while it still owns a reference (leak)");
  }

  @Test
  void aReleasedThenUnboundVariableMayNotBeReadAgain() {
    Register e = local("e");
    Register v = temp();
    entry.ops.add(new Op.Call(v, dev.pyxc.ir.Primitives.EXC_FETCH, List.of()));
    entry.ops.add(new Op.Assign(e, v));
    entry.ops.add(new Op.DecRef(e, false));
    entry.ops.add(new Op.Unbind(e));
    entry.ops.add(new Op.IncRef(x));
    entry.terminator = new Terminator.Return(e);
    assertThat(verify()).contains("f: L0: return reads e which holds no live reference (no value)");
  }
  @Test
  void isBoundProvesAVariableAssignedOnItsTrueEdgeAndUnassignedOnItsFalseEdge() {
    // if c: y = x   ...   if is_bound y: return y   else: return x  -- as after a parallel region.
    Register y = local("y");
    Register cond = fn.newRegister(null, CType.BINT, Register.Kind.TEMP);
    Register bound = fn.newRegister(null, CType.BINT, Register.Kind.TEMP);
    BasicBlock then = fn.newBlock();
    BasicBlock join = fn.newBlock();
    BasicBlock held = fn.newBlock();
    BasicBlock empty = fn.newBlock();
    entry.ops.add(new Op.LoadConst(cond, new Const.CInt(java.math.BigInteger.ONE)));
    entry.terminator = new Terminator.Branch(cond, then, join);
    then.ops.add(new Op.IncRef(x));
    then.ops.add(new Op.Assign(y, x));
    then.terminator = new Terminator.Goto(join);
    join.ops.add(new Op.IsBound(bound, y));
    join.terminator = new Terminator.Branch(bound, held, empty);
    held.terminator = new Terminator.Return(y);
    empty.ops.add(new Op.IncRef(x));
    empty.terminator = new Terminator.Return(x);
    assertThat(verify()).isEmpty();
    // The false edge proves y holds nothing: releasing it there is a release of no value.
    empty.ops.add(0, new Op.DecRef(y, true));
    assertThat(verify()).contains("f: L4: dec_ref of y which owns no reference (no value)");
    empty.ops.remove(0);
    // Without is_bound the branch proves nothing: y may be unassigned where it is returned.
    join.ops.set(0, new Op.LoadConst(bound, new Const.CInt(java.math.BigInteger.ONE)));
    assertThat(verify()).isNotEmpty();
  }
}
