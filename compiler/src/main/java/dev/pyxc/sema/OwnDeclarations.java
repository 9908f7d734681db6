package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A module's own {@code .pxd} read before its {@code .pyx}, as Cython reads it: its statements
 * first, each class it declares and the module defines merged into one class.
 */
final class OwnDeclarations {
  private OwnDeclarations() {}

  /** The module's statements after those of its own {@code .pxd} (beside its {@code .pyx}), if it has one. */
  static List<Stmt> merged(Checker c, List<Stmt> body) {
    DeclarationFiles.Found own = c.files.own();
    if (own == null) return body;
    own.errors().forEach(c.diags::add);
    if (own.module() == null) return body;
    Map<String, Stmt.ClassDef> defined = new java.util.HashMap<>();
    for (Stmt s : body) if (s instanceof Stmt.ClassDef cd && cd.extensionType()) defined.putIfAbsent(cd.name(), cd);
    Map<String, Stmt.ClassDef> declared = new java.util.HashMap<>();
    List<Stmt> all = new ArrayList<>();
    for (Stmt s : own.module().body()) {
      c.ownDeclarations.add(s);
      // A .pxd declares a class with its body; a bare one there is Cython's error.
      if (s instanceof Stmt.ClassForward f) c.diags.error(f.pos(), "C class '" + f.name() + "' is declared but not defined");
      if (s instanceof Stmt.ClassDef cd && cd.extensionType()) {
        c.ownDeclarations.addAll(cd.body());
        c.ownClasses.add(cd.name());
        // Defined in the .pyx: one class, its declarations first; else the .pxd's body is all of it.
        if (defined.containsKey(cd.name())) {
          declared.put(cd.name(), cd);
          continue;
        }
      }
      all.add(s);
    }
    for (Stmt s : body) {
      Stmt.ClassDef decl = s instanceof Stmt.ClassDef cd && cd.extensionType() && defined.get(cd.name()) == cd
          ? declared.get(cd.name()) : null;
      all.add(decl == null ? s : mergedClass(c, decl, (Stmt.ClassDef) s));
    }
    return all;
  }

  /**
   * A class its {@code .pxd} declares (attributes, cdef method signatures, base) and its
   * {@code .pyx} defines: one class whose body holds the declarations first. The {@code .pyx} may
   * leave out the base; naming another is Cython's error.
   */
  private static Stmt.ClassDef mergedClass(Checker c, Stmt.ClassDef decl, Stmt.ClassDef def) {
    List<dev.pyxc.ast.Expr.Arg> arguments = def.arguments();
    if (arguments.isEmpty()) {
      arguments = decl.arguments();
    } else if (!arguments.stream().map(a -> dev.pyxc.ast.Exprs.dottedName(a.value())).toList()
        .equals(decl.arguments().stream().map(a -> dev.pyxc.ast.Exprs.dottedName(a.value())).toList())) {
      c.diags.error(def.pos(), "Base type does not match previous declaration");
    }
    List<Stmt> members = new ArrayList<>(decl.body());
    members.addAll(def.body());
    List<Stmt.Decorator> decorators = new ArrayList<>(decl.decorators());
    decorators.addAll(def.decorators());
    // (the C names and linkage, `public api class C[object C_obj, type C_type]`, are the declaration's unless the definition says them)
    return new Stmt.ClassDef(def.name(), arguments, true, def.docstring() != null ? def.docstring() : decl.docstring(),
        List.copyOf(members), List.copyOf(decorators), saysNames(def.cNames()) || !saysNames(decl.cNames()) ? def.cNames() : decl.cNames(),
        def.pos(), def.namePos());
  }

  /** Whether a class statement says its linkage or C names. */
  private static boolean saysNames(Stmt.ExtNames n) {
    return n != null && (n.linkage().exported() || n.objectStruct() != null || n.typeObject() != null);
  }
}
