package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure Python mode's type declarations at module level, read as the declarations they stand for:
 * {@code S = cython.struct(a=cython.int, b=T)} is {@code ctypedef struct S: int a; T b},
 * {@code cython.union(...)} a union, and {@code A = cython.typedef(T)} (T may be {@code S[2]}) is
 * {@code ctypedef T A}. Any other statement is kept.
 */
final class PureTypeDeclarations {
  private PureTypeDeclarations() {}

  static Stmt declared(Stmt s, CythonNames cythonNames, Diagnostics diags) {
    if (!(s instanceof Stmt.Assign a) || a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name n)
        || !(a.value() instanceof Expr.Call c)) {
      return s;
    }
    String q = cythonNames.qualify(c.func());
    if ("cython.struct".equals(q) || "cython.union".equals(q)) {
      List<Stmt.CDef> fields = new ArrayList<>();
      for (Expr.Arg arg : c.args()) {
        TypeRef t = arg.keyword() == null || arg.stars() != 0 ? null : typeOf(arg.value());
        if (t == null) {
          diags.error(arg.value().pos(), "'" + q + "' takes its fields as name=type (a C type, a struct or a typedef)");
          return new Stmt.Pass(s.pos());
        }
        fields.add(new Stmt.CDef(t, List.of(new Stmt.Declarator(arg.keyword(), null, arg.pos(), null)), arg.pos()));
      }
      return new Stmt.StructDef(n.id(), null, q.equals("cython.union"), false, List.copyOf(fields), java.util.Map.of(), true,
          Stmt.Linkage.PRIVATE, s.pos());
    }
    if ("cython.typedef".equals(q) && c.args().size() == 1 && c.args().get(0).keyword() == null) {
      TypeRef t = typeOf(c.args().get(0).value());
      if (t != null) return new Stmt.TypeDef(t, n.id(), s.pos());
    }
    return s;
  }

  /** A type written as a value: a (dotted) name, or an array of one ({@code S[2]}); else null. */
  private static TypeRef typeOf(Expr e) {
    if (e instanceof Expr.Subscript sub && !(sub.index() instanceof Expr.Slice)) {
      TypeRef elem = typeOf(sub.obj());
      return elem == null ? null : new TypeRef.Array(elem, sub.index(), sub.pos());
    }
    String dotted = Exprs.dottedName(e);
    return dotted == null ? null : new TypeRef.Named(dotted, e.pos());
  }
}
