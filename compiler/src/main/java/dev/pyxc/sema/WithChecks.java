package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import java.util.function.Consumer;
import java.util.List;

/**
 * {@code with} statements. An item naming a Cython compiler directive ({@code cython.boundscheck(False)})
 * changes the directives of the body and has no value at run time; any other item is a context
 * manager: its expression is a Python object, and its {@code as} target is assigned the object
 * {@code __enter__} returns, with the rules of any assignment (a C local gets it converted).
 * Context expressions are checked under the directives in force before the statement.
 */
final class WithChecks {
  private final FunctionChecker fn;

  WithChecks(FunctionChecker fn) {
    this.fn = fn;
  }

  void check(Stmt.With w, Consumer<List<Stmt>> checkBlock) {
    if (fn.parallel.isBlock(w)) {
      fn.parallel.block(w, checkBlock);
      return;
    }
    Expr condition = Gil.condition(w);
    if (condition != null) {
      // (folded by the parser when constant, by FusedFunctions when a fused type test)
      String keyword = ((Expr.Name) ((Expr.Call) w.items().get(0).context()).func()).id();
      fn.report(condition.pos(), "Non-constant condition in a `with " + keyword + "(<condition>)` statement");
      fn.withDirectives.put(w, fn.current);
      checkBlock.accept(w.body());
      return;
    }
    Boolean releases = w.items().size() == 1 ? Gil.releases(w.items().get(0)) : null;
    if (releases != null) {
      gilBlock(w, releases, checkBlock);
      return;
    }
    Directives inner = fn.current.copy();
    for (Stmt.WithItem it : w.items()) {
      if (it.context() instanceof Expr.Call call && Locks.CRITICAL_SECTION.equals(fn.module.cythonNames.qualify(call.func()))) {
        criticalSection(it, call, w.body());
        continue;
      }
      if (isDirective(it.context())) {
        if (it.target() != null) DirectiveUses.rejectTarget(it.context(), it.pos(), fn.module.cythonNames, fn.diags);
        else DirectiveUses.apply(it.context(), DirectiveUses.Scope.WITH, it.pos(), fn.module.cythonNames, inner, fn.diags);
        continue;
      }
      CType t = fn.type(it.context());
      if (Locks.isLock(t)) {
        // Held for the block (see Locks): a C statement, with or without the GIL.
        // (Cython's words: a lock held has no value to bind)
        if (it.target() != null) fn.report(it.context().pos(), "Object of type '" + t.name() + "' has no attribute '__enter__'");
        continue;
      }
      if (t instanceof CType.Void) {
        // Cython names the callee's position, not the call's parenthesis.
        Expr at = it.context() instanceof Expr.Call c ? c.func() : it.context();
        fn.diags.error(at.pos(), "Object of type 'void' has no attribute '__enter__'");
      }
      if (it.target() != null) fn.assignments.checkTarget(it.target(), CType.OBJECT, it.context().pos());
    }
    fn.withDirectives.put(w, inner);
    Directives saved = fn.current;
    fn.current = inner;
    checkBlock.accept(w.body());
    fn.current = saved;
  }

  /**
   * {@code with nogil:} / {@code with gil:}: the suite is checked as a context without (with) the
   * GIL; Cython's errors for releasing it where it is released and taking it where it is held.
   */
  private void gilBlock(Stmt.With w, boolean releases, Consumer<List<Stmt>> checkBlock) {
    // A nogil function may be called with the GIL held: its own `with nogil:` is allowed (and
    // releases the GIL only when held); one nested in another `with nogil:` is not.
    Pos at = w.items().get(0).pos();
    if (releases && fn.gilReleasedHere) fn.report(at, "Trying to release the GIL while it was previously released.");
    if (!releases && !fn.withoutGil) fn.report(at, "Trying to acquire the GIL while it is already held.");
    fn.withDirectives.put(w, fn.current);
    boolean saved = fn.withoutGil;
    boolean savedHere = fn.gilReleasedHere;
    fn.withoutGil = releases;
    fn.gilReleasedHere = releases;
    checkBlock.accept(w.body());
    fn.withoutGil = saved;
    fn.gilReleasedHere = savedHere;
  }

  /**
   * {@code with cython.critical_section(a[, b]):}: one or two Python objects, or locks or pointers
   * to locks, with Cython's errors. On CPython with a GIL a critical section locks nothing (the GIL
   * serialises Python code; CPython's Py_BEGIN_CRITICAL_SECTION is a no-op there, as Cython's code
   * is): the body runs as it is. Recorded for the IR builder (its cythonCalls).
   */
  private void criticalSection(Stmt.WithItem it, Expr.Call call, List<Stmt> body) {
    if (call.args().isEmpty() || call.args().size() > 2 || call.args().stream().anyMatch(a -> a.keyword() != null || a.starred())) {
      fn.report(it.pos(), "critical_section directive accepts one or two positional arguments");
      return;
    }
    if (fn.withoutGil) {
      fn.report(it.pos(), "Critical sections require the GIL");
      boolean saved = fn.withoutGil;
      fn.withoutGil = false;
      for (Expr.Arg a : call.args()) {
        if (fn.type(a.value()) instanceof CType.PyObject) {
          fn.report(a.value().pos(), "Creating temporary Python reference not allowed without gil");
        }
      }
      fn.withoutGil = saved;
      return;
    }
    boolean objects = false;
    boolean locks = false;
    for (Expr.Arg a : call.args()) {
      CType t = fn.type(a.value());
      if (Locks.isLock(t) || t instanceof CType.Pointer p && Locks.isLock(p.target())) {
        locks = true;
      } else if (t instanceof CType.PyObject) {
        objects = true;
      } else if (t != null && !(t instanceof CType.ErrorType)) {
        fn.report(a.value().pos(), Locks.CRITICAL_SECTION_ARGUMENTS);
        return;
      }
    }
    if (objects && locks) {
      fn.report(it.pos(), "Arguments to cython.critical_section must not mix objects and pymutexes.");
      return;
    }
    if (it.target() != null) fn.report(it.target().pos(), "critical_section directive accepts one or two positional arguments");
    if (Locks.yieldsIn(body)) fn.report(it.pos(), "Cannot yield while in a cython.critical_section.");
    if (fn.recording) fn.cythonCalls.put(call, new Expr.Name(Locks.CRITICAL_SECTION, call.pos()));
  }

  /** Whether a with-item names something cimported from Cython (a directive, or a misuse of one). */
  private boolean isDirective(Expr context) {
    Expr callee = context instanceof Expr.Call c ? c.func() : context;
    return fn.module.cythonNames.qualify(callee) != null;
  }
}
