package dev.pyxc.ir.build;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Directives;
import java.util.Set;

/**
 * {@code with} statements. Several items nest ({@code with a as x, b as y:} is {@code with a as x:
 * with b as y:}); an item naming a compiler directive only changes the directives of what it
 * encloses. A context manager runs as PEP 343 says, in the order Cython's code runs it:
 * <pre>
 *   %m = EXPR                          # owned, dies after __enter__
 *   %exit = with_exit %m               # type(m).__exit__ bound to m, looked up first
 *   %v = with_enter %m                 # type(m).__enter__(m)
 *   TARGET = %v                        # inside the protected region, as in PEP 343
 *   BODY                               # errors go to the handler below
 *   with_exit_normally %exit           # exit(None, None, None), also before return/break/continue
 * handler:
 *   %e = exc_fetch                     # handled while __exit__ runs, as in an except clause
 *   %s = with_exit_exc %exit, %e       # exit(type, value, traceback), its truth
 *   branch %s: suppressed -> after the statement, else exc_raise_again steal %e
 * </pre>
 * Every object is an owned register and every call a primitive of {@code Primitives}; the early
 * exits reuse the cleanup stack of {@link ExceptionLowering}, so no ownership rule is new.
 */
final class WithLowering {
  private final FunctionBuilder fb;

  WithLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  void withStmt(Stmt.With w) {
    dev.pyxc.sema.ParallelBlock block = fb.fi.parallelBlocks().get(w);
    if (block != null) {
      fb.parallels.block(w, block);
      return;
    }
    items(w, 0);
  }

  private void items(Stmt.With w, int i) {
    if (i == w.items().size()) {
      fb.block(w.body());
      return;
    }
    Stmt.WithItem item = w.items().get(i);
    Boolean releases = dev.pyxc.sema.Gil.releases(item);
    if (releases != null) {
      gilBlock(w, i, releases);
      return;
    }
    if (fb.fi.isContextManager(item) && dev.pyxc.sema.Locks.isLock(fb.typeOf(item.context()))) {
      lockBlock(w, i);
      return;
    }
    if (item.context() instanceof dev.pyxc.ast.Expr.Call call && fb.fi.cythonCalls().get(call) instanceof dev.pyxc.ast.Expr.Name n
        && n.id().equals(dev.pyxc.sema.Locks.CRITICAL_SECTION)) {
      criticalSection(w, i, call);
      return;
    }
    if (!fb.fi.isContextManager(item)) {
      Directives saved = fb.directives;
      fb.directives = fb.fi.withDirectives().get(w);
      items(w, i + 1);
      fb.directives = saved;
      return;
    }
    int outerLine = fb.line;
    fb.line = item.pos().line();
    Register mgr = fb.exprAs(item.context(), CType.OBJECT);
    Register exit = fb.call(Primitives.WITH_EXIT, item.pos(), mgr);
    Register value = fb.call(Primitives.WITH_ENTER, item.pos(), mgr);

    BasicBlock outside = fb.onError;
    BasicBlock handler = fb.fn.newBlock();
    BasicBlock after = fb.fn.newBlock();
    Set<String> before = fb.assignedHere();
    fb.exceptions.pushExit(exit, item.pos(), outside);
    fb.onError = handler;
    if (item.target() != null) fb.assignments.store(item.target(), value, item.pos());
    fb.line = outerLine;
    items(w, i + 1);
    fb.line = item.pos().line();
    fb.exceptions.popCleanup();
    fb.onError = outside;
    Set<String> atAfter = null;
    if (fb.cur.terminator == null) {
      fb.call(Primitives.WITH_EXIT_NORMALLY, item.pos(), exit);
      fb.jump(after);
      atAfter = fb.assigned;
    }

    fb.cur = handler;
    fb.assigned = before;
    atAfter = fb.meetInto(atAfter, exitWithException(exit, item.pos(), outside, after));
    fb.cur = after;
    fb.assigned = atAfter;
    fb.line = outerLine;
  }

  /**
   * {@code with lock:} of a Cython lock ({@code sema.Locks}): acquired at the start (by its address,
   * taken once) and released on every way out: the end of the block, return/break/continue (a
   * cleanup), and errors, which go on outside once it is released.
   */
  private void lockBlock(Stmt.With w, int i) {
    Stmt.WithItem item = w.items().get(i);
    // (its address is kept in a variable of the function for the block: a generator keeps it across its yields)
    CType.Pointer type = new CType.Pointer(fb.typeOf(item.context()));
    Register lock = fb.hiddenVar(type, "lock");
    fb.add(new dev.pyxc.ir.Op.Assign(lock, fb.pointers.address(item.context(), type, item.pos())));
    fb.call(dev.pyxc.ir.LockPrimitives.ACQUIRE, item.pos(), lock);
    Runnable release = () -> fb.call(dev.pyxc.ir.LockPrimitives.RELEASE, item.pos(), lock);
    holding(outside -> fb.exceptions.pushLockRelease(lock, outside), () -> items(w, i + 1), release);
  }

  /**
   * {@code with cython.critical_section(a[, b]):} ({@code sema.WithChecks}): its arguments are
   * evaluated and the body runs. On CPython with a GIL a critical section locks nothing (CPython's
   * Py_BEGIN_CRITICAL_SECTION and its mutex form are no-ops there, and Cython's code does the same):
   * the GIL serialises the Python code in it.
   */
  private void criticalSection(Stmt.With w, int i, dev.pyxc.ast.Expr.Call call) {
    for (dev.pyxc.ast.Expr.Arg a : call.args()) {
      CType t = fb.typeOf(a.value());
      if (t instanceof CType.PyObject) fb.exprAs(a.value(), CType.OBJECT);
      else if (t instanceof CType.Pointer) fb.expr(a.value());
    }
    items(w, i + 1);
  }

  /**
   * A block holding something (locks, the GIL as switched) that every way out gives back: the
   * cleanup {@code push} makes does it for return/break/continue, {@code undo} at the block's end
   * and on its error path, before the error goes on outside.
   */
  private void holding(java.util.function.Consumer<BasicBlock> push, Runnable body, Runnable undo) {
    BasicBlock outside = fb.onError;
    BasicBlock handler = fb.fn.newBlock();
    BasicBlock after = fb.fn.newBlock();
    Set<String> before = fb.assignedHere();
    push.accept(outside);
    fb.onError = handler;
    body.run();
    fb.exceptions.popCleanup();
    fb.onError = outside;
    Set<String> atAfter = null;
    if (fb.cur.terminator == null) {
      undo.run();
      fb.jump(after);
      atAfter = fb.assigned;
    }
    fb.cur = handler;
    fb.assigned = before;
    undo.run();
    fb.jump(outside);
    fb.cur = after;
    fb.assigned = atAfter == null ? before : atAfter;
  }

  /**
   * {@code with nogil:} / {@code with gil:}: the GIL switched at the start and back on every way
   * out: the end of the block, return/break/continue (a cleanup), and errors, which go on outside
   * once the GIL is as it was (the exception itself was set with the GIL held).
   */
  private void gilBlock(Stmt.With w, int i, boolean releases) {
    gilBlock(w.items().get(i).pos(), releases, () -> items(w, i + 1));
  }

  /** {@code body} run as in {@code with gil:}, for a parallel region whose threads take the GIL for their code. */
  void takingGil(Pos pos, Runnable body) {
    gilBlock(pos, false, body);
  }

  private void gilBlock(Pos pos, boolean releases, Runnable body) {
    if (releases) fb.fn.mayRunWithoutGil = true;
    Register state = fb.hiddenVar(releases ? new CType.Pointer(CType.VOID) : CType.INT, releases ? "thread" : "gilstate");
    // A nogil function may have been called without the GIL: it releases it only when it holds it.
    dev.pyxc.ir.Primitive release = fb.fn.cdef != null && fb.fn.cdef.nogil() ? Primitives.GIL_RELEASE_IF_HELD : Primitives.GIL_RELEASE;
    fb.add(new dev.pyxc.ir.Op.Assign(state, fb.call(releases ? release : Primitives.GIL_ENSURE, pos)));
    holding(outside -> fb.exceptions.pushGilSwitch(state, releases, outside), () -> {
      boolean wasWithout = fb.withoutGil;
      fb.withoutGil = releases;
      body.run();
      fb.withoutGil = wasWithout;
    }, () -> fb.exceptions.switchGilBack(state, releases));
  }

  /**
   * The body raised: {@code __exit__} gets the exception, which is the handled one while it runs
   * (so one it raises gets it as {@code __context__}); a true result suppresses it and goes on
   * {@code after}, otherwise it is raised again as it was. Returns what is assigned on the way on.
   */
  private Set<String> exitWithException(Register exit, Pos pos, BasicBlock outside, BasicBlock after) {
    Register exc = fb.call(Primitives.EXC_FETCH, pos);
    Register savedLine = fb.call(Primitives.LINENO_SAVE, pos);
    Register previous = fb.exceptions.startHandling(exc, pos);
    BasicBlock exitFailed = fb.fn.newBlock();
    BasicBlock suppressed = fb.fn.newBlock();
    BasicBlock reraise = fb.fn.newBlock();
    fb.onError = exitFailed;
    Register suppress = fb.call(Primitives.WITH_EXIT_EXC, pos, exit, exc);
    fb.onError = outside;
    fb.branch(suppress, suppressed, reraise);
    Set<String> assigned = fb.assignedHere();

    fb.cur = suppressed;
    fb.call(Primitives.EXC_RESTORE_HANDLED, pos, previous);
    fb.jump(after);

    fb.cur = reraise;
    fb.call(Primitives.EXC_RESTORE_HANDLED, pos, previous);
    fb.call(Primitives.LINENO_RESTORE, pos, savedLine);
    fb.call(Primitives.EXC_RAISE_AGAIN, Pos.NONE, exc);   // keeps the line it was raised at

    fb.cur = exitFailed;
    fb.call(Primitives.EXC_RESTORE_HANDLED, pos, previous);
    fb.jump(outside);
    return assigned;
  }
}
