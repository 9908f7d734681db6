package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.Stmts;
import dev.pyxc.diag.Diagnostics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cython's "cdef variable 'x' declared after it is used": in each scope (the module, each
 * function), a {@code cdef} declaration of a name the scope's code has already named, read or
 * assigned, above it. Decided on the code as written, in order, as Cython's declaration pass
 * does: a function's decorators and defaults name things in the scope around it; a lambda's or a
 * comprehension's names stay in its own scope; an extension type's attributes and a header's
 * declarations are not such variables.
 */
final class DeclaredAfterUse {
  private final Diagnostics diags;

  private DeclaredAfterUse(Diagnostics diags) {
    this.diags = diags;
  }

  static void check(List<Stmt> moduleBody, Diagnostics diags) {
    new DeclaredAfterUse(diags).block(moduleBody, new HashSet<>(), false);
  }

  private void block(List<Stmt> body, Set<String> seen, boolean extensionTypeBody) {
    for (Stmt s : body) stmt(s, seen, extensionTypeBody);
  }

  private void stmt(Stmt s, Set<String> seen, boolean extensionTypeBody) {
    if (s instanceof Stmt.FuncDef f) {
      f.decorators().forEach(d -> expr(d.expr(), seen));
      f.params().forEach(p -> expr(p.defaultValue(), seen));
      block(f.body(), new HashSet<>(), false);
      return;
    }
    if (s instanceof Stmt.ClassDef c) {
      c.arguments().forEach(a -> expr(a.value(), seen));
      c.decorators().forEach(d -> expr(d.expr(), seen));
      block(c.body(), seen, c.extensionType());
      return;
    }
    if (s instanceof Stmt.CDef c) {
      for (Stmt.Declarator d : c.names()) {
        if (!extensionTypeBody && seen.contains(d.name())) diags.error(d.pos(), "cdef variable '" + d.name() + "' declared after it is used");
        expr(d.init(), seen);
      }
      return;
    }
    for (Expr e : Stmts.ownExpressions(s)) expr(e, seen);
    // (a target's subscripts and attributes were read with the statement's expressions)
    if (s instanceof Stmt.Assign a) a.targets().forEach(t -> ModuleGlobals.targets(t, seen));
    if (s instanceof Stmt.For f) ModuleGlobals.targets(f.target(), seen);
    if (s instanceof Stmt.Del d) d.targets().forEach(t -> expr(t, seen));
    if (s instanceof Stmt.With w) w.items().forEach(i -> expr(i.target(), seen));
    if (s instanceof Stmt.Import i) i.names().forEach(a -> seen.add(i.bound(a)));
    if (s instanceof Stmt.Try t) {
      block(t.body(), seen, extensionTypeBody);
      for (Stmt.Handler h : t.handlers()) {
        expr(h.type(), seen);
        if (h.name() != null) seen.add(h.name());
        block(h.body(), seen, extensionTypeBody);
      }
      block(t.orElse(), seen, extensionTypeBody);
      block(t.finalBody(), seen, extensionTypeBody);
      return;
    }
    for (List<Stmt> inner : Stmts.blocks(s)) block(inner, seen, extensionTypeBody);
  }

  private static void expr(Expr e, Set<String> seen) {
    if (e == null || e instanceof Expr.Lambda || e instanceof Expr.Comprehension) return; // (a scope of its own)
    if (e instanceof Expr.Name n) seen.add(n.id());
    if (e instanceof Expr.NamedExpr ne) seen.add(ne.target().id());
    for (Expr c : Exprs.children(e)) expr(c, seen);
  }
}
