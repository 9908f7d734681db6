package dev.pyxc.stages;

import static com.google.common.truth.Truth.assertThat;

import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import dev.pyxc.verify.GilRegions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The GIL check on hand-written IR: a reference count changed between releasing the GIL and
 * taking it back is rejected, on every path; the same op where the GIL is held, or taken for a
 * moment inside the released region, passes.
 */
class GilRegionsTest {
  private final FuncIr fn = new FuncIr("f", "m.f", 1, CType.OBJECT);
  private final BasicBlock entry = fn.newBlock();
  private final Register x = fn.newRegister("x", CType.OBJECT, Register.Kind.PARAM);
  private final Register thread = fn.newRegister("$thread", new CType.Pointer(CType.VOID), Register.Kind.LOCAL);

  GilRegionsTest() {
    fn.params.add(x);
    fn.mayRunWithoutGil = true;
  }

  private void release(BasicBlock b) {
    b.ops.add(new Op.Call(thread, Primitives.GIL_RELEASE, List.of()));
  }

  private void restore(BasicBlock b) {
    b.ops.add(new Op.Call(null, Primitives.GIL_RESTORE_IF_RELEASED, List.of(thread)));
  }

  @Test
  void refcountWithoutTheGilIsRejected() {
    release(entry);
    entry.ops.add(new Op.IncRef(x));
    restore(entry);
    entry.terminator = new Terminator.Return(x);
    assertThat(GilRegions.check(fn)).hasSize(1);
    assertThat(GilRegions.check(fn).get(0)).contains("touches a Python object where the GIL may be released");
  }

  @Test
  void refcountAfterTakingTheGilBackPasses() {
    release(entry);
    restore(entry);
    entry.ops.add(new Op.IncRef(x));
    entry.terminator = new Terminator.Return(x);
    assertThat(GilRegions.check(fn)).isEmpty();
  }

  @Test
  void withGilInsideTheRegionPasses() {
    Register state = fn.newRegister("$gilstate", CType.INT, Register.Kind.LOCAL);
    release(entry);
    entry.ops.add(new Op.Call(state, Primitives.GIL_ENSURE, List.of()));
    entry.ops.add(new Op.IncRef(x));
    entry.ops.add(new Op.Call(null, Primitives.GIL_ENSURE_RELEASE, List.of(state)));
    entry.ops.add(new Op.DecRef(x, false));
    restore(entry);
    entry.terminator = new Terminator.Return(x);
    assertThat(GilRegions.check(fn)).hasSize(1); // the DecRef after the with gil: block, not the IncRef inside it
    assertThat(GilRegions.check(fn).get(0)).contains("DecRef");
  }

  @Test
  void onePathWithoutTheGilIsEnough() {
    BasicBlock released = fn.newBlock();
    BasicBlock join = fn.newBlock();
    Register flag = fn.newRegister("c", CType.BINT, Register.Kind.PARAM);
    entry.terminator = new Terminator.Branch(flag, released, join);
    release(released);
    released.terminator = new Terminator.Goto(join);
    join.ops.add(new Op.IncRef(x));
    join.terminator = new Terminator.Return(x);
    assertThat(GilRegions.check(fn)).hasSize(1);
  }
}
