package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import java.util.List;

/** Cython's "Unreachable code": which statements end control, and where the warning points. */
final class Reachability {
  private Reachability() {}

  /** Whether control never reaches the statement after {@code s} (as Cython's flow analysis sees it). */
  static boolean endsControl(Stmt s) {
    if (s instanceof Stmt.Return || s instanceof Stmt.Raise || s instanceof Stmt.Break || s instanceof Stmt.Continue) return true;
    if (s instanceof Stmt.If f) {
      return !f.orElse().isEmpty() && endsControl(f.orElse()) && f.branches().stream().allMatch(b -> endsControl(b.body()));
    }
    return false;
  }

  private static boolean endsControl(List<Stmt> body) {
    return body.stream().anyMatch(Reachability::endsControl);
  }

  /** Where Cython points: an expression statement or assignment at its (right-hand) expression. */
  static Pos warningPos(Stmt s) {
    if (s instanceof Stmt.ExprStmt e) return e.expr().pos();
    if (s instanceof Stmt.Assign a) return a.value().pos();
    return s.pos();
  }
}
