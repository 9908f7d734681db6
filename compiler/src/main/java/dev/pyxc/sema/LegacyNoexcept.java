package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;

/**
 * The {@code legacy_implicit_noexcept} directive: a cdef function (or function pointer type)
 * returning a C value that says nothing of exceptions is noexcept, as in Cython 0.29, with
 * Cython 3's deprecation warning at its declarator.
 */
final class LegacyNoexcept {
  private LegacyNoexcept() {}

  static final String WARNING = "Implicit noexcept declaration is deprecated. Function declaration should contain 'noexcept' keyword.";

  /** {@code f} made noexcept when the directive applies to it; otherwise {@code f} as it is. */
  static Stmt.FuncDef apply(Checker c, Stmt.FuncDef f) {
    Stmt.CSignature sig = f.cdef();
    if (!c.directives.get("legacy_implicit_noexcept") || sig == null || sig.except().kind() != Stmt.ExceptSpec.Kind.DEFAULT) return f;
    if (returnsObject(c, f.returnType())) return f;
    c.diags.warning(sig.declarator() != null ? sig.declarator() : f.pos(), WARNING);
    Stmt.CSignature noexcept = new Stmt.CSignature(sig.inline(), new Stmt.ExceptSpec(Stmt.ExceptSpec.Kind.NOEXCEPT, null, sig.except().pos()),
        sig.cpdef(), sig.suite(), sig.linkage(), sig.declarator(), sig.nogil(), sig.varargs());
    return new Stmt.FuncDef(f.name(), f.params(), f.returnType(), f.docstring(), f.body(), f.decorators(), noexcept, f.pos());
  }

  /** Whether a written result type is a Python object (nothing written is one), read without reporting anything. */
  static boolean returnsObject(Checker c, TypeRef t) {
    if (t == null) return true;
    if (!(t instanceof TypeRef.Named n)) return false;
    CType named = n.name().equals("void") ? CType.VOID : c.typeNamedQuietly(n.name());
    return named instanceof CType.PyObject || named instanceof CType.MemView;
  }
}
