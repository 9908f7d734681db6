package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import java.util.List;

/**
 * Cython's "Unreachable code": which statements end control, where the warning points, and which
 * statements Cython drops unchecked and uncompiled.
 */
public final class Reachability {
  private Reachability() {}

  /**
   * The statements of a block Cython compiles: with its {@code remove_unreachable} directive (on
   * by default), those up to the first that ends control by the rule of its RemoveUnreachableCode
   * (narrower than its flow analysis: a loop never ends control there). What follows is neither
   * checked nor compiled, so that, as in Cython, it may hold what its place would refuse (a
   * {@code return} of an object in a {@code nogil} loop after a {@code continue}).
   */
  public static List<Stmt> compiled(List<Stmt> body, boolean removeUnreachable) {
    if (!removeUnreachable) return body;
    for (int i = 0; i + 1 < body.size(); i++) if (terminates(body.get(i))) return body.subList(0, i + 1);
    return body;
  }

  /** Cython's is_terminator: return, raise, break, continue, an if whose every branch (else too) ends so, a finally that does. */
  private static boolean terminates(Stmt s) {
    if (s instanceof Stmt.Return || s instanceof Stmt.Raise || s instanceof Stmt.Break || s instanceof Stmt.Continue) return true;
    if (s instanceof Stmt.If f) {
      return !f.orElse().isEmpty() && terminates(f.orElse()) && f.branches().stream().allMatch(b -> terminates(b.body()));
    }
    return s instanceof Stmt.Try t && terminates(t.finalBody());
  }

  private static boolean terminates(List<Stmt> body) {
    return body.stream().anyMatch(Reachability::terminates);
  }

  /** Whether control never reaches the statement after {@code s} (as Cython's flow analysis sees it). */
  static boolean endsControl(Stmt s) {
    if (s instanceof Stmt.Return || s instanceof Stmt.Raise || s instanceof Stmt.Break || s instanceof Stmt.Continue) return true;
    if (s instanceof Stmt.If f) {
      return !f.orElse().isEmpty() && endsControl(f.orElse()) && f.branches().stream().allMatch(b -> endsControl(b.body()));
    }
    // A loop is left by its else clause or a break: with neither possible, nothing follows it.
    if (s instanceof Stmt.For f) return endsControl(f.orElse()) && !breaks(f.body());
    if (s instanceof Stmt.While w) return endsControl(w.orElse()) && !breaks(w.body());
    if (s instanceof Stmt.Try t) {
      if (endsControl(t.finalBody())) return true;
      boolean tryPart = endsControl(t.body()) || endsControl(t.orElse());
      return tryPart && t.handlers().stream().allMatch(h -> endsControl(h.body()));
    }
    return false;
  }

  /** Whether a loop body has a break of its own (not one of a loop or function inside it). */
  private static boolean breaks(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Break) return true;
      if (s instanceof Stmt.For || s instanceof Stmt.While) {
        List<Stmt> orElse = s instanceof Stmt.For f ? f.orElse() : ((Stmt.While) s).orElse();
        if (breaks(orElse)) return true;
        continue;
      }
      for (List<Stmt> inner : dev.pyxc.ast.Stmts.blocks(s)) if (breaks(inner)) return true;
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
