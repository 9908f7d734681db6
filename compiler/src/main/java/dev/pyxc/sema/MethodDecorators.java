package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The decorators of a cdef class's def methods: property accessors ({@code @property},
 * {@code @NAME.getter}/{@code .setter}/{@code .deleter}) with Cython's errors, and any other
 * decorator, which makes the method a function object of the class body (ClassChecks routes it).
 */
final class MethodDecorators {
  private final Checker module;

  MethodDecorators(Checker module) {
    this.module = module;
  }

  /**
   * A def method with a decorator that is neither a compiler directive nor one a cdef class gives
   * meaning to ({@code @property}, {@code @staticmethod}, ...): as in Cython, its function object
   * is made where the def stands in the class body, passed to its decorators, and what they return
   * is bound in the type's dict.
   */
  boolean decoratedByPython(Stmt.FuncDef f) {
    for (Stmt.Decorator d : f.decorators()) {
      if (ClassInfo.isMethodDecorator(d, f)) continue;
      Expr root = d.expr() instanceof Expr.Call c ? c.func() : d.expr();
      String q = module.cythonNames.qualify(root);
      if (q == null || !q.startsWith("cython")) return true;
    }
    return false;
  }

  void madeInBody(ClassInfo info, Stmt.FuncDef f) {
    info.bodyStatements.add(selfTyped(info, f));
    info.madeInBody.add(f);
  }

  /**
   * A decorated method run with the class body: its {@code self} is the class's instance, as in
   * every method of a cdef class. Its function object is called with whatever its decorators pass,
   * so the first argument is checked as a typed argument is ({@code not None}): Cython 3.3 does not
   * check it and reads another object's memory as the class's fields.
   */
  private static Stmt.FuncDef selfTyped(ClassInfo info, Stmt.FuncDef f) {
    if (ClassInfo.methodKind(f) != null || f.params().isEmpty() || f.params().get(0).type() != null
        || !f.params().get(0).positional()) {
      return f;
    }
    List<Stmt.Param> params = new ArrayList<>(f.params());
    Stmt.Param self = params.get(0);
    params.set(0, new Stmt.Param(self.name(), new TypeRef.Named(info.def.name(), self.pos()), self.defaultValue(), true, false,
        self.pos(), self.kind()));
    return new Stmt.FuncDef(f.name(), List.copyOf(params), f.returnType(), f.docstring(), f.body(), f.decorators(), f.cdef(),
        f.pos());
  }

  /**
   * A def method decorated {@code @property}, {@code @NAME.getter}, {@code @NAME.setter} or
   * {@code @NAME.deleter} (the block form arrives from the parser as these): recorded as the
   * property's accessor, replacing an earlier one of its kind.
   */
  boolean accessor(ClassInfo info, Stmt.FuncDef f) {
    String kind = null;
    for (Stmt.Decorator d : f.decorators()) {
      if (d.expr() instanceof Expr.Attribute a && a.obj() instanceof Expr.Name n && !n.id().equals(f.name())
          && info.properties.containsKey(n.id()) && Set.of("getter", "setter", "deleter").contains(a.name())) {
        module.diags.error(d.pos(), "Mismatching property names, expected '" + n.id() + "', got '" + f.name() + "'");
        return true;
      }
      if (!ClassInfo.isMethodDecorator(d, f)) continue;
      if (d.expr() instanceof Expr.Name n && n.id().equals("property")) kind = "__get__";
      else if (d.expr() instanceof Expr.Attribute a) kind = switch (a.name()) {
        case "setter" -> "__set__";
        case "getter" -> "__get__";
        default -> "__del__";
      };
    }
    if (kind == null) return false;
    if (f.decorators().size() > 1) {
      Stmt.Decorator other = f.decorators().stream().filter(d -> !ClassInfo.isMethodDecorator(d, f)).findFirst()
          .orElse(f.decorators().get(1));
      module.diags.error(other.pos(), "Property methods with additional decorators are not supported");
      return true;
    }
    int expected = kind.equals("__set__") ? 2 : 1;
    if (f.params().size() != expected) {
      module.diags.error(f.pos(), "Method " + kind + " has wrong number of arguments (" + f.params().size() + " declared, "
          + expected + " expected)");
      return true;
    }
    // (a private attribute may share its name with a property: C code reads the one, Python the other)
    boolean visibleField = info.fields.containsKey(f.name()) && info.fields.get(f.name()).visibility() != Stmt.Visibility.PRIVATE;
    if (visibleField || info.defMethods.containsKey(f.name()) || info.cmethods.containsKey(f.name())) {
      module.diags.error(f.pos(), "'" + f.name() + "' redeclared ");
      return true;
    }
    ClassInfo.Property p = info.properties.computeIfAbsent(f.name(), ClassInfo.Property::new);
    Stmt.FuncDef replaced = switch (kind) {
      case "__get__" -> p.getter;
      case "__set__" -> p.setter;
      default -> p.deleter;
    };
    if (replaced != null) info.accessors.remove(replaced); // never called: not compiled
    switch (kind) {
      case "__get__" -> p.getter = f;
      case "__set__" -> p.setter = f;
      default -> p.deleter = f;
    }
    info.accessors.put(f, f.name() + "." + kind);
    return true;
  }
}
