package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * {@code try}/{@code except}/{@code else}/{@code finally} and {@code raise}, and the cleanups
 * that a return, break or continue runs when it leaves a protected region early.
 */
final class ExceptionLowering {
  private final FunctionBuilder fb;

  ExceptionLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /**
   * What leaving a protected region early (return, break, continue) must do first: run a
   * finally body, or put back the exception handled before an except clause. {@code outerOnError}
   * is where errors go outside the region.
   */
  sealed interface Cleanup {
    BasicBlock outerOnError();
  }

  private record RunFinally(List<Stmt> body, BasicBlock outerOnError) implements Cleanup {}

  /** Puts back the exception handled before; {@code unbind} is the clause's {@code as} name to unbind, or null. */
  private record RestoreHandled(Register previous, BasicBlock outerOnError, Stmt.Handler unbind) implements Cleanup {}

  /** Calls a with statement's {@code __exit__(None, None, None)} ({@link WithLowering}). */
  private record ExitContext(Register exit, Pos pos, BasicBlock outerOnError) implements Cleanup {}

  /**
   * Undoes a {@code with nogil:} ({@code released}: takes the GIL back) or a {@code with gil:}
   * (gives it back) on the way out of its block ({@link WithLowering}).
   */
  private record SwitchGil(Register state, boolean released, BasicBlock outerOnError) implements Cleanup {}

  /** Releases the lock at {@code lock} (its address) on the way out of a {@code with lock:} block ({@link WithLowering}). */
  private record ReleaseLock(Register lock, BasicBlock outerOnError) implements Cleanup {}

  /** From here until {@link #popCleanup}, leaving early releases the lock at {@code lock} first. */
  void pushLockRelease(Register lock, BasicBlock outerOnError) {
    fb.cleanups.push(new ReleaseLock(lock, outerOnError));
  }

  /** From here until {@link #popCleanup}, leaving early switches the GIL back first. */
  void pushGilSwitch(Register state, boolean released, BasicBlock outerOnError) {
    fb.cleanups.push(new SwitchGil(state, released, outerOnError));
  }

  /** The GIL as it was before the block of {@code state}. */
  void switchGilBack(Register state, boolean released) {
    fb.call(released ? Primitives.GIL_RESTORE_IF_RELEASED : Primitives.GIL_ENSURE_RELEASE, null, state);
  }

  /** From here until {@link #popCleanup}, leaving early calls {@code exit(None, None, None)} first. */
  void pushExit(Register exit, Pos pos, BasicBlock outerOnError) {
    fb.cleanups.push(new ExitContext(exit, pos, outerOnError));
  }

  void popCleanup() {
    fb.cleanups.pop();
  }

  /**
   * Starts handling a fetched exception: this frame's traceback entry is added and it becomes the
   * handled one (bare raise, sys.exception(), the __context__ of what is raised meanwhile).
   * Returns the exception handled before, which {@code exc_restore_handled} must put back on
   * every way out.
   */
  Register startHandling(Register exc, Pos pos) {
    fb.call(Primitives.excAddTraceback(fb.fn.qualifiedName, fb.outer.sourceFile), pos, exc);
    Register previous = fb.call(Primitives.EXC_HANDLED, pos);
    fb.call(Primitives.EXC_SET_HANDLED, pos, exc);
    return previous;
  }

  /**
   * At language level 3 an {@code except E as name} clause ends, however it is left, with the name
   * unbound (Python runs {@code name = None; del name}): a local holds no value afterwards, a
   * module global is removed from the module dict.
   */
  private void unbindHandlerName(Stmt.Handler h) {
    Register local = fb.vars.get(h.name());
    if (local != null) {
      fb.add(new Op.Unbind(local));
      if (fb.assigned != null) fb.assigned.remove(h.name());
    } else {
      fb.call(Primitives.UNBIND_GLOBAL, h.pos(), fb.constant(new Const.PyStr(h.name()), CType.OBJECT));
    }
  }

  /**
   * Whether leaving the function from here runs code that may rebind or unbind a variable first:
   * a finally body, or the end of an except clause that unbinds its name.
   */
  boolean leavingChangesVariables() {
    return fb.cleanups.stream().anyMatch(c -> c instanceof RunFinally || c instanceof RestoreHandled rh && rh.unbind() != null);
  }

  /** Code that cannot fail, run with the GIL taken for it where the GIL is released. */
  void withGilIfReleased(Pos pos, Runnable code) {
    if (!fb.withoutGil) {
      code.run();
      return;
    }
    Register state = fb.hiddenVar(CType.INT, "gilstate");
    fb.add(new Op.Assign(state, fb.call(Primitives.GIL_ENSURE, pos)));
    fb.withoutGil = false;
    code.run();
    fb.withoutGil = true;
    fb.call(Primitives.GIL_ENSURE_RELEASE, pos, state);
  }

  /** {@code raise} where the GIL is released: the statement takes it, as Cython 3 does, and gives it back on the way out. */
  void raiseWithoutGil(Stmt.Raise r) {
    raisingWithGil(r.pos(), () -> raiseStmt(r));
  }

  /**
   * Code that always raises ({@code raise}, a failed {@code assert}), run where the GIL is
   * released: it takes the GIL for the raising, and the error goes on with the GIL given back.
   */
  void raisingWithGil(Pos pos, Runnable raising) {
    Register state = fb.hiddenVar(CType.INT, "gilstate");
    fb.add(new Op.Assign(state, fb.call(Primitives.GIL_ENSURE, pos)));
    BasicBlock outside = fb.onError;
    BasicBlock handler = fb.fn.newBlock();
    fb.onError = handler;
    fb.withoutGil = false;
    raising.run();
    fb.withoutGil = true;
    fb.onError = outside;
    fb.cur = handler;
    fb.call(Primitives.GIL_ENSURE_RELEASE, pos, state);
    fb.jump(outside);
    fb.startUnreachable();
  }

  void raiseStmt(Stmt.Raise r) {
    if (r.exc() == null) {
      fb.call(Primitives.RERAISE, r.pos());
    } else {
      Register exc = fb.exprAs(r.exc(), CType.OBJECT);
      if (!r.legacy().isEmpty()) {
        Register value = fb.exprAs(r.legacy().get(0), CType.OBJECT);
        Register tb = r.legacy().size() > 1 ? fb.exprAs(r.legacy().get(1), CType.OBJECT) : fb.constant(new Const.PyNone(), CType.OBJECT);
        fb.call(Primitives.RAISE_LEGACY, r.pos(), exc, value, tb);
      } else if (r.cause() == null) {
        fb.call(Primitives.RAISE, r.pos(), exc);
      } else {
        fb.call(Primitives.RAISE_FROM, r.pos(), exc, fb.exprAs(r.cause(), CType.OBJECT));
      }
    }
  }

  /**
   * Runs the cleanups above {@code depth}, innermost first, before a return, break or continue
   * leaves their regions: finally bodies are lowered again here, each with the error target
   * outside it. The stack is left as it was for the code that follows.
   */
  void runCleanups(int depth) {
    Deque<Cleanup> saved = new ArrayDeque<>(fb.cleanups);
    BasicBlock savedOnError = fb.onError;
    boolean savedWithoutGil = fb.withoutGil;
    while (fb.cleanups.size() > depth && fb.cur.terminator == null) {
      Cleanup c = fb.cleanups.pop();
      fb.onError = c.outerOnError();
      if (c instanceof RestoreHandled rh) {
        withGilIfReleased(null, () -> fb.call(Primitives.EXC_RESTORE_HANDLED, null, rh.previous()));
        if (rh.unbind() != null) unbindHandlerName(rh.unbind());
      } else if (c instanceof RunFinally rf) {
        fb.block(rf.body());
      } else if (c instanceof ExitContext ec) {
        fb.call(Primitives.WITH_EXIT_NORMALLY, ec.pos(), ec.exit());
      } else if (c instanceof ReleaseLock l) {
        fb.call(dev.pyxc.ir.LockPrimitives.RELEASE, null, l.lock());
      } else if (c instanceof SwitchGil g) {
        switchGilBack(g.state(), g.released());
        // The cleanups outside run with the GIL as it is there: held again after a with nogil:,
        // maybe released again after a with gil: (a finally's pending exception is then put back with it taken).
        fb.withoutGil = !g.released();
      }
    }
    fb.cleanups.clear();
    fb.cleanups.addAll(saved);
    fb.onError = savedOnError;
    fb.withoutGil = savedWithoutGil;
  }

  /**
   * try/except/else/finally. Errors in the body go to the handlers, which fetch the exception
   * once, match it clause by clause, and raise it again unchanged when none matches; a matched
   * exception gets this frame's traceback entry and is the handled exception (bare raise,
   * sys.exception()) until its clause ends. A finally body is lowered twice: on the normal way
   * out, and on the error way, where the fetched exception is the handled one while the body
   * runs and is raised again after it.
   */
  void tryStmt(Stmt.Try t) {
    BasicBlock outside = fb.onError;
    BasicBlock after = fb.fn.newBlock();
    boolean hasFinally = !t.finalBody().isEmpty();
    BasicBlock finallyOnError = hasFinally ? fb.fn.newBlock() : null;
    if (hasFinally) fb.cleanups.push(new RunFinally(t.finalBody(), outside));
    BasicBlock protectedOnError = hasFinally ? finallyOnError : outside;
    BasicBlock normalEnd = fb.fn.newBlock();
    BasicBlock handlers = t.handlers().isEmpty() ? null : fb.fn.newBlock();

    fb.onError = handlers != null ? handlers : protectedOnError;
    Set<String> before = fb.assignedHere();
    fb.block(t.body());
    fb.onError = protectedOnError;
    if (fb.cur.terminator == null) fb.block(t.orElse());
    fb.jump(normalEnd);
    Set<String> atNormalEnd = fb.assigned;

    if (handlers != null) {
      fb.cur = handlers;
      fb.assigned = before;
      Register exc = fb.call(Primitives.EXC_FETCH, t.pos());
      for (Stmt.Handler h : t.handlers()) {
        BasicBlock body = fb.fn.newBlock();
        BasicBlock next = fb.fn.newBlock();
        if (h.type() != null) {
          Register type = fb.exprAs(h.type(), CType.OBJECT);
          fb.branch(fb.call(Primitives.EXC_MATCHES, h.pos(), exc, type), body, next);
        } else {
          fb.jump(body);
        }
        fb.cur = body;
        Set<String> handlerStart = fb.assignedHere();
        Register previous = startHandling(exc, h.pos());
        BasicBlock clauseOnError = fb.fn.newBlock();
        Stmt.Handler unbind = h.name() != null && !fb.directives.languageLevel().equals("2") ? h : null;
        fb.cleanups.push(new RestoreHandled(previous, protectedOnError, unbind));
        fb.onError = clauseOnError;
        if (h.name() != null) {
          // A name like any assignment target: a local, or a module global in top-level code.
          fb.assignments.store(new Expr.Name(h.name(), h.pos()), exc, h.pos());
        }
        fb.block(h.body());
        fb.cleanups.pop();
        fb.onError = protectedOnError;
        if (fb.cur.terminator == null) {
          fb.call(Primitives.EXC_RESTORE_HANDLED, h.pos(), previous);
          if (unbind != null) unbindHandlerName(unbind);
          fb.jump(normalEnd);
          atNormalEnd = fb.meetInto(atNormalEnd, fb.assigned);
        }
        fb.cur = clauseOnError;
        fb.call(Primitives.EXC_RESTORE_HANDLED, h.pos(), previous);
        if (unbind != null) unbindHandlerName(unbind);
        fb.jump(protectedOnError);
        fb.cur = next;
        fb.assigned = handlerStart;
      }
      fb.call(Primitives.EXC_RAISE_AGAIN, Pos.NONE, exc);   // keeps the line it was raised at
    }

    if (hasFinally) {
      fb.cleanups.pop();
      fb.onError = outside;
      fb.cur = finallyOnError;
      fb.assigned = before;
      // Without the GIL (as Cython does), it is taken for the moments the exception is kept and put back.
      Register[] held = new Register[3];
      withGilIfReleased(t.pos(), () -> {
        held[0] = fb.call(Primitives.EXC_FETCH, t.pos());
        held[1] = fb.call(Primitives.LINENO_SAVE, t.pos());
        // While the finally body runs, the exception is the handled one, as in Python: one the
        // body raises gets it as __context__. The one handled before is put back on every way out.
        held[2] = fb.call(Primitives.EXC_HANDLED, t.pos());
        fb.call(Primitives.EXC_SET_HANDLED, t.pos(), held[0]);
      });
      Register exc = held[0];
      Register savedLine = held[1];
      Register previous = held[2];
      BasicBlock bodyOnError = fb.fn.newBlock();
      fb.cleanups.push(new RestoreHandled(previous, outside, null));
      fb.onError = bodyOnError;
      fb.block(t.finalBody());
      fb.cleanups.pop();
      fb.onError = outside;
      if (fb.cur.terminator == null) {
        Runnable raiseAgain = () -> {
          fb.call(Primitives.EXC_RESTORE_HANDLED, t.pos(), previous);
          fb.call(Primitives.LINENO_RESTORE, t.pos(), savedLine);
          fb.call(Primitives.EXC_RAISE_AGAIN, Pos.NONE, exc);   // keeps the line it was raised at
        };
        if (fb.withoutGil) raisingWithGil(t.pos(), raiseAgain);
        else raiseAgain.run();
      }
      fb.cur = bodyOnError;
      // (the body's own error replaces the one kept aside, which dies here, where the GIL is held)
      withGilIfReleased(t.pos(), () -> {
        fb.call(Primitives.EXC_RESTORE_HANDLED, t.pos(), previous);
        fb.call(Primitives.EXC_DROP, t.pos(), exc);
      });
      fb.jump(outside);
    }
    fb.cur = normalEnd;
    fb.assigned = atNormalEnd;
    fb.onError = outside;
    if (hasFinally) fb.block(t.finalBody());
    fb.jump(after);
    fb.cur = after;
  }
}
