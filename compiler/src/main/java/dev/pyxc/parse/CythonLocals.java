package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code @cython.locals(x=double, n=cython.int)} on a def or cdef function (Cython's pure Python
 * mode): each name a parameter of the function types that parameter, any other is a {@code cdef}
 * local declared at the top of the body. Read as the declarations it stands for, so the function
 * is checked and compiled as if it had been written with them.
 */
final class CythonLocals {
  private CythonLocals() {}

  static Stmt.FuncDef apply(Stmt.FuncDef f, TokenCursor in) {
    Map<String, TypeRef> types = new LinkedHashMap<>();
    List<Stmt.Decorator> others = new ArrayList<>();
    for (Stmt.Decorator d : f.decorators()) {
      if (!(d.expr() instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.name().equals("locals")
          && a.obj() instanceof Expr.Name m && m.id().equals("cython"))) {
        others.add(d);
        continue;
      }
      for (Expr.Arg arg : c.args()) {
        TypeRef t = arg.keyword() == null || arg.stars() != 0 ? null : typeOf(arg.value());
        if (t == null) {
          in.report(arg.value().pos(), "'cython.locals' of anything but name=type (a C type or class name, or cython.T) is not supported by pyxc");
          continue;
        }
        types.put(arg.keyword(), t);
      }
    }
    if (others.size() == f.decorators().size()) return f;
    List<Stmt.Param> params = new ArrayList<>();
    for (Stmt.Param p : f.params()) {
      TypeRef t = types.remove(p.name());
      params.add(t == null || p.type() != null ? p : new Stmt.Param(p.name(), t, p.defaultValue(), p.notNone(), p.orNone(), p.pos(), p.kind()));
    }
    List<Stmt> body = new ArrayList<>();
    types.forEach((name, t) -> body.add(new Stmt.CDef(t, List.of(new Stmt.Declarator(name, null, t.pos())), t.pos())));
    body.addAll(f.body());
    return new Stmt.FuncDef(f.name(), List.copyOf(params), f.returnType(), f.docstring(), List.copyOf(body), List.copyOf(others), f.cdef(),
        f.pos());
  }

  /** A type written as a value: a C type or class name, a string naming one, or {@code cython.T}; else null. */
  static TypeRef typeOf(Expr e) {
    if (e instanceof Expr.Name n) return new TypeRef.Named(n.id(), n.pos());
    if (e instanceof Expr.StrLit s) return new TypeRef.Named(s.value().strip(), s.pos());
    if (e instanceof Expr.TupleExpr t && !t.elts().isEmpty()) {
      // `a=(int, cython.double)`: a C tuple of those types.
      java.util.List<TypeRef> items = new java.util.ArrayList<>();
      for (Expr item : t.elts()) {
        TypeRef it = typeOf(item);
        if (it == null) return null;
        items.add(it);
      }
      return new TypeRef.CTuple(java.util.List.copyOf(items), t.pos());
    }
    Annotations.Typed typed = e instanceof Expr.Attribute ? Annotations.of(e) : null;
    return typed == null ? null : typed.type();
  }

  /**
   * {@code cython.declare(x=T, y=U)} as a statement: a declaration of each name; null for any other
   * expression.
   */
  static List<Stmt.CDef> declareByKeyword(Expr e) {
    if (!(e instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.name().equals("declare")
        && a.obj() instanceof Expr.Name m && m.id().equals("cython")) || c.args().isEmpty()) {
      return null;
    }
    List<Stmt.CDef> out = new ArrayList<>();
    for (Expr.Arg arg : c.args()) {
      TypeRef t = arg.keyword() == null || arg.stars() != 0 ? null : typeOf(arg.value());
      if (t == null) return null;
      out.add(new Stmt.CDef(t, List.of(new Stmt.Declarator(arg.keyword(), null, arg.pos(), null)), arg.pos()));
    }
    return out;
  }

  /**
   * {@code x = cython.declare(T, v)} (or {@code cython.declare(T)}): the declaration of {@code x} as
   * a {@code T} it stands for, with {@code v} as its value; null for any other assignment.
   */
  static Stmt.CDef declare(Expr target, Expr value) {
    if (!(target instanceof Expr.Name n && value instanceof Expr.Call c && c.func() instanceof Expr.Attribute a
        && a.name().equals("declare") && a.obj() instanceof Expr.Name m && m.id().equals("cython"))) {
      return null;
    }
    List<Expr.Arg> args = c.args();
    if (args.isEmpty() || args.size() > 2 || args.stream().anyMatch(x -> x.keyword() != null || x.stars() != 0)) return null;
    TypeRef t = typeOf(args.get(0).value());
    if (t == null) return null;
    Expr init = args.size() == 2 ? args.get(1).value() : null;
    return new Stmt.CDef(t, List.of(new Stmt.Declarator(n.id(), init, n.pos(), null)), n.pos());
  }
}
