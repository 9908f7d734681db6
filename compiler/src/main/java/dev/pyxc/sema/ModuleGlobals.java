package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.Stmts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a module binds as globals: whatever its top-level statements assign or import, and
 * what functions assign after a {@code global} declaration. Functions read them from the module
 * dict, so they must be known before any function body is checked.
 */
public final class ModuleGlobals {
  private ModuleGlobals() {}

  /** Adds the names bound by top-level statements (not defs) to {@code out}. */
  static void topLevel(List<Stmt> body, Set<String> out) {
    for (Stmt s : body) {
      if (s instanceof Stmt.FuncDef || s instanceof Stmt.CImport) continue;
      bound(s, out);
      defsWithin(s, out);
    }
  }

  /** The names of the defs inside a top-level compound statement ({@code if}, {@code try}, a loop): globals too. */
  private static void defsWithin(Stmt s, Set<String> out) {
    for (List<Stmt> block : Stmts.blocks(s)) {
      for (Stmt x : block) {
        if (x instanceof Stmt.FuncDef f && !f.isCdef()) out.add(f.name());
        defsWithin(x, out);
      }
    }
  }

  /**
   * Names the module's code assigns other than by a def (assignment, loop target, import, del):
   * a def of such a name is bound where its statement stands, so that the order is Python's.
   */
  static Set<String> reboundAtTopLevel(List<Stmt> body) {
    Set<String> out = new java.util.HashSet<>();
    for (Stmt s : body) {
      List<dev.pyxc.ast.Expr> targets = new ArrayList<>();
      if (s instanceof Stmt.Assign a) targets.addAll(a.targets());
      else if (s instanceof Stmt.AugAssign a) targets.add(a.target());
      else if (s instanceof Stmt.For f) targets.add(f.target());
      else if (s instanceof Stmt.Del d) targets.addAll(d.targets());
      else if (s instanceof Stmt.Import i) i.names().forEach(a -> out.add(i.bound(a)));
      for (dev.pyxc.ast.Expr t : targets) {
        List<dev.pyxc.ast.Expr> parts = dev.pyxc.ast.Exprs.elements(t) != null ? dev.pyxc.ast.Exprs.elements(t) : List.of(t);
        for (dev.pyxc.ast.Expr p : parts) if (p instanceof dev.pyxc.ast.Expr.Name n) out.add(n.id());
      }
      for (List<Stmt> block : dev.pyxc.ast.Stmts.blocks(s)) out.addAll(reboundAtTopLevel(block));
    }
    return out;
  }

  /** Every name a body binds: assignment, loop, import, except and walrus targets, and del. */
  public static Set<String> boundBy(List<Stmt> body) {
    Set<String> out = new java.util.HashSet<>();
    for (Stmt s : body) bound(s, out);
    return out;
  }

  /** Adds the names a function declares {@code global}. */
  static void declaredGlobal(List<Stmt> body, Set<String> out) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Global g) out.addAll(g.names());
      for (List<Stmt> inner : Stmts.blocks(s)) declaredGlobal(inner, out);
    }
  }

  /** Adds the names any function in {@code body} declares {@code global}, nested functions' and methods' too. */
  static void declaredGlobalAnywhere(List<Stmt> body, Set<String> out) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Global g) out.addAll(g.names());
      if (s instanceof Stmt.FuncDef f) declaredGlobalAnywhere(f.body(), out);
      if (s instanceof Stmt.ClassDef c) declaredGlobalAnywhere(c.body(), out);
      for (List<Stmt> inner : Stmts.blocks(s)) declaredGlobalAnywhere(inner, out);
    }
  }

  private static void bound(Stmt s, Set<String> out) {
    if (s instanceof Stmt.ClassDef c && !c.extensionType()) out.add(c.name());
    if (s instanceof Stmt.Del d) {
      for (Expr t : d.targets()) if (t instanceof Expr.Name n) out.add(n.id());
    } else if (s instanceof Stmt.Assign a) {
      a.targets().forEach(t -> targets(t, out));
      walrus(a.value(), out);
    } else if (s instanceof Stmt.AugAssign a) {
      targets(a.target(), out);
      walrus(a.value(), out);
    } else if (s instanceof Stmt.For f) {
      targets(f.target(), out);
      walrus(f.iter(), out);
    } else if (s instanceof Stmt.If i) {
      i.branches().forEach(b -> walrus(b.cond(), out));
    } else if (s instanceof Stmt.While w) {
      walrus(w.cond(), out);
    } else if (s instanceof Stmt.Import i) {
      for (Stmt.Alias a : i.names()) {
        out.add(i.bound(a));
      }
    } else if (s instanceof Stmt.ExprStmt e) {
      walrus(e.expr(), out);
    } else if (s instanceof Stmt.Try t) {
      for (Stmt.Handler h : t.handlers()) if (h.name() != null) out.add(h.name());
    } else if (s instanceof Stmt.With w) {
      for (Stmt.WithItem it : w.items()) {
        walrus(it.context(), out);
        if (it.target() != null) targets(it.target(), out);
      }
    }
    for (List<Stmt> inner : Stmts.blocks(s)) for (Stmt x : inner) bound(x, out);
  }

  /** Adds the names an assignment target binds (a starred one's, each item's of a tuple or list). */
  static void targets(Expr t, Set<String> out) {
    if (t instanceof Expr.Name n) out.add(n.id());
    if (t instanceof Expr.Starred s) targets(s.value(), out);
    List<Expr> items = Exprs.elements(t);
    if (items != null) items.forEach(x -> targets(x, out));
  }

  private static void walrus(Expr e, Set<String> out) {
    if (e instanceof Expr.NamedExpr ne) out.add(ne.target().id());
    for (Expr c : Exprs.children(e)) walrus(c, out);
  }
}
