package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cdef functions of a module: those its {@code .pxd} declares, matched with their definitions
 * in the {@code .pyx} (or a C function of its extern block) by Cython's rules, and those it defines.
 */
final class CFunctionDeclarations {
  private final Checker c;
  /** Functions a {@code .pxd} declares that the module has not defined yet. */
  private final Map<String, Stmt.FuncDecl> undefined = new LinkedHashMap<>();
  /** A {@code .pyx}'s own declarations without a body (an error in Cython 3), which its definitions must still match. */
  private final Map<String, Stmt.FuncDecl> forward = new LinkedHashMap<>();

  CFunctionDeclarations(Checker c) {
    this.c = c;
  }

  /** The functions declared and never defined. */
  Collection<Stmt.FuncDecl> undefined() {
    return undefined.values();
  }

  /** A def took the name of the declared function {@code name} (an error reported): it awaits no definition. */
  void overridden(String name) {
    undefined.remove(name);
  }

  /**
   * {@code cdef int f(int x)} without a body: in a {@code .pxd}, a function its module defines;
   * in a {@code .pyx}, Cython's error (its forward declarations are gone).
   */
  void declare(Stmt.FuncDecl d) {
    Stmt.FuncDef f = d.def();
    if (c.declaredModule == null && !c.ownDeclarations.contains(d)) {
      c.diags.error(d.declarator(), "Non-extern C function '" + f.name() + "' declared but not defined");
      forward.putIfAbsent(f.name(), d);
      return;
    }
    if (c.cfunctions.containsKey(f.name()) || c.variables.containsKey(f.name())) {
      c.diags.error(f.pos(), "'" + f.name() + "' redeclared ");
      return;
    }
    c.cfunctions.put(f.name(), c.signatureOf(f));
    // (not one whose types were in error)
    CFunction declared = c.cfunctions.get(f.name());
    if (CapiSignatures.spellable(declared)) c.capiSignatures.put(f.name(), CapiSignatures.of(f, declared, c.types));
    if (!f.cdef().inline()) {
      undefined.put(f.name(), d);
      c.exported.add(f.name());
    }
  }

  /** Records a cdef function's signature so that every function may call it (or itself). */
  void define(Stmt.FuncDef f) {
    if (undefined.containsKey(f.name())) {
      // The definition of what the module's .pxd declares: the same signature, as Cython requires.
      CFunction declared = c.cfunctions.get(f.name());
      CFunction defined = c.signatureOf(f);
      Stmt.ExceptSpec declaredExcept = undefined.remove(f.name()).def().cdef().except();
      // (Cython's words name the definition's kind)
      if (declared.cpdef() != defined.cpdef()) {
        c.diags.warning(f.pos(), "Function '" + f.name() + "' previously declared as '" + (defined.cpdef() ? "cpdef" : "cdef") + "'");
      }
      // A cpdef definition of what the .pxd declares cdef is allowed (Cython warns); the other way round is not.
      CFunction compared = declared.cpdef() || !defined.cpdef() ? defined
          : new CFunction(defined.name(), defined.params(), defined.returnType(), defined.propagation(), defined.errorValue(),
              defined.inline(), defined.owner(), defined.defaults(), false, defined.paramNames(), defined.extern());
      if (!sameSignature(declared, compared) || !CSignatures.compatibleExceptions(declaredExcept, f.cdef().except(), defined.returnType())) {
        c.diags.error(f.pos(), "Function signature does not match previous declaration");
      }
      c.cfunctions.put(f.name(), declared.definedBy(defined));
      return;
    }
    Stmt.FuncDecl before = forward.remove(f.name());
    if (before != null) {
      CFunction declared = c.signatureOf(before.def());
      CFunction defined = c.signatureOf(f);
      if (!sameSignature(declared, defined) || declared.nogil() != defined.nogil()
          || !CSignatures.compatibleExceptions(before.def().cdef().except(), f.cdef().except(), defined.returnType())) {
        c.diags.error(f.pos(), "Function signature does not match previous declaration");
      }
    }
    if (c.cfunctions.containsKey(f.name()) && c.cfunctions.get(f.name()).extern() != null) {
      // As Cython: a cdef function may not define a name an extern block declared, whatever its signature.
      c.diags.error(f.pos(), "Function signature does not match previous declaration");
      return;
    }
    dev.pyxc.diag.Pos def = c.defPositions.get(f.name());
    if (def != null && !c.cfunctions.containsKey(f.name())) {
      // A def and a cdef function of one name: Cython reports the second. A def first is a
      // declaration the cdef does not match; a def after redeclares the cdef (and Cython warns
      // of the overriding).
      boolean defFirst = def.line() < f.pos().line() || def.line() == f.pos().line() && def.col() < f.pos().col();
      if (defFirst) {
        c.diags.error(f.pos(), "Function signature does not match previous declaration");
        return;
      }
      c.diags.error(def, "'" + f.name() + "' redeclared ");
      c.diags.warning(def, "Overriding a c(p)def method with a def method. This can lead to different methods being called "
          + "depending on the call context. Consider using a cpdef method for both.");
      return;
    }
    if (c.cfunctions.containsKey(f.name()) || c.moduleNames.contains(f.name())) {
      c.diags.error(f.pos(), "'" + f.name() + "' redeclared ");
      return;
    }
    c.cfunctions.put(f.name(), c.signatureOf(f));
  }

  /** Whether the module's .pxd declares a function {@code name} it has not defined yet. */
  boolean awaitsDefinition(String name) {
    return undefined.containsKey(name);
  }

  /**
   * Whether {@code extern}, a function of the module's own extern block, is what its .pxd declares
   * as {@code name} (Cython lets a C function implement it); it is then that function.
   */
  boolean implementsDeclared(String name, CFunction extern, dev.pyxc.diag.Pos pos) {
    if (!undefined.containsKey(name)) return false;
    CFunction declared = c.cfunctions.get(name);
    // (`except *` declared is `except *` implemented: the header's function checks after every call)
    boolean bothStar = undefined.get(name).def().cdef().except().kind() == Stmt.ExceptSpec.Kind.STAR
        && extern.except().equals(new CType.ExceptClause(null, true));
    if (!sameSignature(declared, extern) || declared.propagation() != extern.propagation() && !bothStar) {
      c.diags.error(pos, "Function signature does not match previous declaration");
    }
    undefined.remove(name);
    c.cfunctions.put(name, extern);
    return true;
  }

  /** The same parameter and result types (the exception specifications are compared as written, by Cython's rules). */
  private static boolean sameSignature(CFunction a, CFunction b) {
    return a.params().equals(b.params()) && a.returnType().equals(b.returnType()) && a.cpdef() == b.cpdef();
  }
}
