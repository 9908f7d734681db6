package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @staticmethod cdef T m(...)} in an extension type: a C function of the class's, with no
 * instance, called as {@code Cls.m(...)} (and through a subclass that does not define its own,
 * as Cython finds it). It is compiled as a module-level cdef function named {@code Cls.m}: taken
 * out of the class (its .pxd declaration too), so everything a cdef function has it has, and
 * no vtable slot (a subclass's {@code m} is another function, which may return another type).
 */
final class StaticMethods {
  private StaticMethods() {}

  /**
   * The module's statements with every extension type's static cdef methods (and its buffer
   * methods, {@link BufferMethods}) moved after their class; what was one of the module's own .pxd declarations ({@code own}) stays one.
   */
  static List<Stmt> hoisted(List<Stmt> body, java.util.Set<Stmt> own, dev.pyxc.diag.Diagnostics diags) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : body) {
      if (!(s instanceof Stmt.ClassDef cd) || !cd.extensionType()) {
        out.add(s);
        continue;
      }
      List<Stmt> kept = new ArrayList<>();
      List<Stmt> moved = new ArrayList<>();
      for (Stmt m : cd.body()) {
        Stmt.FuncDef buffer = m instanceof Stmt.FuncDef d ? BufferMethods.asCFunction(cd, d, diags) : null;
        if (buffer != null) {
          moved.add(buffer);
          continue;
        }
        Stmt.FuncDef f = m instanceof Stmt.FuncDef d ? d : m instanceof Stmt.FuncDecl d ? d.def() : null;
        if (f == null || !f.isCdef() || !isStatic(f)) {
          kept.add(m);
          continue;
        }
        List<Stmt.Decorator> others = f.decorators().stream().filter(d -> !isStaticDecorator(d)).toList();
        Stmt.FuncDef function = new Stmt.FuncDef(qualified(cd.name(), f.name()), f.params(), f.returnType(), f.docstring(), f.body(),
            others, f.cdef(), f.pos());
        Stmt hoisted = m instanceof Stmt.FuncDecl d ? new Stmt.FuncDecl(function, d.declarator()) : function;
        if (own.contains(m)) own.add(hoisted);
        moved.add(hoisted);
      }
      if (moved.isEmpty()) {
        out.add(s);
        continue;
      }
      Stmt.ClassDef without = new Stmt.ClassDef(cd.name(), cd.arguments(), true, cd.docstring(), List.copyOf(kept), cd.decorators(),
          cd.cNames(), cd.pos(), cd.namePos());
      if (own.contains(cd)) own.add(without);
      out.add(without);
      out.addAll(moved);
    }
    return out;
  }

  /** The module-level name of class {@code cls}'s static method {@code m}. */
  static String qualified(String cls, String m) {
    return cls + "." + m;
  }

  static boolean isStatic(Stmt.FuncDef f) {
    return f.decorators().stream().anyMatch(StaticMethods::isStaticDecorator);
  }

  private static boolean isStaticDecorator(Stmt.Decorator d) {
    return d.expr() instanceof Expr.Name n && n.id().equals("staticmethod");
  }

  /**
   * {@code Cls.m(...)} of a static cdef method of extension type {@code cls} or a base of it: the
   * same call of the function by its module-level name, else null.
   */
  static Expr.Call call(Expr.Call c, ClassInfo cls, java.util.Map<String, CFunction> cfunctions) {
    if (!(c.func() instanceof Expr.Attribute a)) return null;
    for (ClassInfo k = cls; k != null; k = k.base) {
      String name = qualified(k.name(), a.name());
      if (cfunctions.containsKey(name)) return new Expr.Call(new Expr.Name(name, a.pos()), c.args(), c.pos());
    }
    return null;
  }
}
