package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;

/**
 * Cython's rules for variables declared const ({@code cdef const int N = 8}, {@code int *const p},
 * {@code cdef const int[3] table}): which declarations are const, and which values count as the
 * compile-time constants a module's const variable may be given once.
 */
final class ConstVariables {
  private ConstVariables() {}

  /** How a declaration's written type makes its variable const. */
  enum Constness {
    NONE,
    /** The variable itself: {@code const int x}, {@code const (int *) p}, {@code int *const p}. */
    VARIABLE,
    /** An array of const items ({@code const int[3] a}), which Cython counts as a const array. */
    ARRAY
  }

  /** The module's top-level cdef variables declared const: how, and their written types. */
  static void declaredIn(java.util.List<Stmt> body, java.util.Map<String, Constness> constness, java.util.Map<String, TypeRef> types) {
    for (Stmt s : body) {
      if (!(s instanceof Stmt.CDef cd)) continue;
      for (Stmt.Declarator d : cd.names()) {
        Constness k = of(d.typeIn(cd));
        if (k == Constness.NONE) continue;
        constness.put(d.name(), k);
        types.put(d.name(), d.typeIn(cd));
      }
    }
  }

  static Constness of(TypeRef t) {
    if (t instanceof TypeRef.Volatile v) t = v.target();
    if (t instanceof TypeRef.Const) return Constness.VARIABLE;
    boolean array = false;
    while (t instanceof TypeRef.Array a) {
      t = a.elem();
      array = true;
    }
    if (t instanceof TypeRef.Volatile v) t = v.target();
    return array && t instanceof TypeRef.Const ? Constness.ARRAY : Constness.NONE;
  }

  /**
   * Whether Cython's constant folding gives {@code e} a value at compile time: literals, the
   * operators on them, and displays of them (names are not folded, even a const variable's).
   */
  static boolean constantResult(Expr e) {
    if (e instanceof Expr.IntLit || e instanceof Expr.FloatLit || e instanceof Expr.ImagLit || e instanceof Expr.StrLit
        || e instanceof Expr.BytesLit || e instanceof Expr.CharLit || e instanceof Expr.BoolLit || e instanceof Expr.NoneLit) {
      return true;
    }
    if (e instanceof Expr.UnaryOp u) return constantResult(u.operand());
    if (e instanceof Expr.BinOp b) return constantResult(b.left()) && constantResult(b.right());
    if (e instanceof Expr.BoolOp b) return constantResult(b.left()) && constantResult(b.right());
    if (e instanceof Expr.TupleExpr t) return t.elts().stream().allMatch(ConstVariables::constantResult);
    if (e instanceof Expr.ListExpr l) return l.elts().stream().allMatch(ConstVariables::constantResult);
    if (e instanceof Expr.SetExpr s) return s.elts().stream().allMatch(ConstVariables::constantResult);
    if (e instanceof Expr.DictExpr d) {
      return d.keys().stream().allMatch(k -> k != null && constantResult(k)) && d.values().stream().allMatch(ConstVariables::constantResult);
    }
    return false;
  }

  /** A display (tuple, list, set, dict): a constant one is still no value for a const variable. */
  static boolean isDisplay(Expr e) {
    return e instanceof Expr.TupleExpr || e instanceof Expr.ListExpr || e instanceof Expr.SetExpr || e instanceof Expr.DictExpr;
  }
}
