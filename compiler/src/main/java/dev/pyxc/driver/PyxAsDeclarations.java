package dev.pyxc.driver;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code .pyx} read as the {@code .pxd} it has not got, as Cython's {@code cimport_from_pyx}
 * option reads it: what it declares at the C level, without the Python code around it.
 *
 * <p>For a module that cimports it: its cimports, C types ({@code ctypedef}, structs, unions,
 * enums), extern blocks, module-level {@code cdef} variables (without their values), cdef
 * functions as declarations (an {@code inline} one whole, as a {@code .pxd} defines it), and its
 * extension types (pure Python mode's {@code @cython.cclass} classes too) with their C attributes
 * and cdef methods declared. Defaults become {@code =*}: a call that leaves one out reads the
 * value the module exported.
 *
 * <p>For the module itself: only its cdef functions and variables, declared, so that it exports
 * them all through its capsule as Cython then does (its types and classes it defines itself).
 */
final class PyxAsDeclarations {
  private PyxAsDeclarations() {}

  static Module of(Module pyx, boolean own) {
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : pyx.body()) {
      if (s instanceof Stmt.FuncDef f && f.isCdef()) {
        if (f.cdef().inline()) {
          if (!own) out.add(f); // compiled by the cimporting module, as a .pxd's inline function is
        } else {
          out.add(declaration(f));
        }
      } else if (s instanceof Stmt.CDef cd) {
        out.add(withoutValues(cd));
      } else if (own) {
        continue;
      } else if (s instanceof Stmt.CImport || s instanceof Stmt.TypeDef || s instanceof Stmt.StructDef || s instanceof Stmt.EnumDef
          || s instanceof Stmt.CExtern || s instanceof Stmt.ClassForward) {
        out.add(s);
      } else if (s instanceof Stmt.ClassDef cd && (cd.extensionType() || Stmt.Decorator.makeExtensionType(cd.decorators()))) {
        out.add(classDeclaration(cd));
      }
    }
    return new Module(pyx.name(), null, List.copyOf(out), pyx.directives());
  }

  /** A cdef function's declaration: its signature, defaults as {@code =*}. */
  private static Stmt.FuncDecl declaration(Stmt.FuncDef f) {
    List<Stmt.Param> params = new ArrayList<>();
    for (Stmt.Param p : f.params()) {
      Expr dflt = p.defaultValue() == null ? null : new Expr.DeclaredDefault(p.defaultValue().pos());
      params.add(new Stmt.Param(p.name(), p.type(), dflt, p.notNone(), p.orNone(), p.pos(), p.kind()));
    }
    Stmt.FuncDef def = new Stmt.FuncDef(f.name(), List.copyOf(params), f.returnType(), null, List.of(), f.decorators(), f.cdef(), f.pos());
    return new Stmt.FuncDecl(def, f.cdef().declarator() != null ? f.cdef().declarator() : f.pos());
  }

  private static Stmt.CDef withoutValues(Stmt.CDef cd) {
    List<Stmt.Declarator> names = cd.names().stream().map(d -> new Stmt.Declarator(d.name(), null, d.pos(), d.type())).toList();
    return new Stmt.CDef(cd.type(), names, cd.visibility(), cd.linkage(), cd.pos());
  }

  /** An extension type with its C attributes and cdef methods declared; its def methods and class statements left out. */
  private static Stmt.ClassDef classDeclaration(Stmt.ClassDef cd) {
    List<Stmt> members = new ArrayList<>();
    for (Stmt m : cd.body()) {
      if (m instanceof Stmt.CDef attr) members.add(withoutValues(attr));
      else if (m instanceof Stmt.FuncDef f && f.isCdef() && !f.cdef().inline()) members.add(declaration(f));
      else if (m instanceof Stmt.FuncDef f && f.isCdef()) members.add(f);
    }
    if (members.isEmpty()) members.add(new Stmt.Pass(cd.pos()));
    return new Stmt.ClassDef(cd.name(), cd.arguments(), cd.extensionType(), null, List.copyOf(members), cd.decorators(), cd.cNames(),
        cd.pos(), cd.namePos());
  }
}
