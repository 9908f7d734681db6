package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Cython's pure Python mode for functions: {@code @cython.cfunc def f(...)} is a cdef function,
 * {@code @cython.ccall} a cpdef one, with {@code @cython.returns(T)} (else the return annotation)
 * as its return type, {@code @cython.exceptval(v, check=...)} as its exception specification and
 * {@code @cython.inline}; the parameters' annotations type them as for any def. Read as the cdef
 * function it stands for; elsewhere than at module level or in an extension type, Cython's error.
 */
final class PureFunctions {
  private PureFunctions() {}

  /** {@code f} as the cdef function its decorators make it, or {@code f} itself. */
  static Stmt.FuncDef apply(Stmt.FuncDef f, boolean allowed, TokenCursor in) {
    Stmt.Decorator kind = null;
    TypeRef returns = f.returnType();
    Stmt.ExceptSpec except = Stmt.ExceptSpec.DEFAULT;
    boolean inline = false;
    Stmt.Decorator nogil = null;
    Stmt.Decorator withGil = null;
    List<Stmt.Decorator> others = new ArrayList<>();
    for (Stmt.Decorator d : f.decorators()) {
      String name = cythonName(d.expr() instanceof Expr.Call c ? c.func() : d.expr());
      if ("cfunc".equals(name) || "ccall".equals(name)) {
        kind = d;
      } else if ("returns".equals(name) && d.expr() instanceof Expr.Call c && c.args().size() == 1) {
        returns = CythonLocals.typeOf(c.args().get(0).value());
        if (returns == null) in.report(c.args().get(0).value().pos(), "'cython.returns' of anything but a type is not supported by pyxc");
      } else if ("exceptval".equals(name) && d.expr() instanceof Expr.Call c) {
        except = exceptval(c, in);
      } else if ("inline".equals(name) && !(d.expr() instanceof Expr.Call)) {
        inline = true;
      } else if ("nogil".equals(name) && !(d.expr() instanceof Expr.Call)) {
        nogil = d;
      } else if ("with_gil".equals(name) && !(d.expr() instanceof Expr.Call)) {
        withGil = d;
      } else {
        others.add(d);
      }
    }
    if (kind == null && nogil != null) {
      // (Cython's error at the decorator; the def is read without it)
      in.report(nogil.pos(), "Python functions cannot be declared 'nogil'");
      List<Stmt.Decorator> kept = new ArrayList<>(f.decorators());
      kept.remove(nogil);
      return new Stmt.FuncDef(f.name(), f.params(), f.returnType(), f.docstring(), f.body(), List.copyOf(kept), f.cdef(), f.pos());
    }
    if (kind == null) return f; // (a def keeps all its decorators, these too)
    String name = cythonName(kind.expr());
    if (!allowed) {
      in.report(kind.pos(), name + " directive is not allowed here");
      return f;
    }
    // @cython.with_gil: callable without the GIL, the body run with it (as `cdef f() with gil:`).
    List<Stmt> body = withGil == null ? f.body()
        : List.of(new Stmt.With(List.of(new Stmt.WithItem(new Expr.Name("gil", withGil.pos()), null, withGil.pos())), f.body(), withGil.pos()));
    // (Cython places the function at its @cython.cfunc, where its warnings point)
    Stmt.CSignature sig = new Stmt.CSignature(inline, except, name.equals("ccall"), f.pos(), Stmt.Linkage.PRIVATE, kind.pos(),
        nogil != null || withGil != null);
    return new Stmt.FuncDef(f.name(), f.params(), returns, f.docstring(), body, List.copyOf(others), sig, kind.pos());
  }

  /** {@code x} of {@code cython.x} (the decorators this reads), else null. */
  private static String cythonName(Expr e) {
    return e instanceof Expr.Attribute a && a.obj() instanceof Expr.Name m && m.id().equals("cython") ? a.name() : null;
  }

  /** {@code @cython.exceptval(-1)}, {@code (-1, check=True)} ({@code except? -1}), {@code (check=True)} ({@code except *}), {@code (check=False)} (noexcept). */
  private static Stmt.ExceptSpec exceptval(Expr.Call c, TokenCursor in) {
    Expr value = null;
    Boolean check = null;
    for (Expr.Arg a : c.args()) {
      if (a.keyword() == null && value == null) value = a.value();
      else if ("check".equals(a.keyword()) && a.value() instanceof Expr.BoolLit b) check = b.value();
      else in.report(a.value().pos(), "this form of 'cython.exceptval' is not supported by pyxc");
    }
    if (value == null) {
      return new Stmt.ExceptSpec(Boolean.FALSE.equals(check) ? Stmt.ExceptSpec.Kind.NOEXCEPT : Stmt.ExceptSpec.Kind.STAR, null, c.pos());
    }
    return new Stmt.ExceptSpec(Boolean.TRUE.equals(check) ? Stmt.ExceptSpec.Kind.MAYBE_VALUE : Stmt.ExceptSpec.Kind.VALUE, value, c.pos());
  }
}
