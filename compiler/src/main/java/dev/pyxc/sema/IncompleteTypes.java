package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Diagnostics;
import dev.pyxc.diag.Pos;

/**
 * C types no variable, field or argument can have, as C and Cython refuse them: {@code void}, an
 * array without a length ({@code int []}), a struct or union declared without its members.
 */
final class IncompleteTypes {
  private IncompleteTypes() {}

  static boolean isIncomplete(CType t) {
    return t instanceof CType.Void || t instanceof CType.CArray a && a.isIncomplete()
        || t instanceof CType.Struct s && s.type().isOpaque();
  }

  /**
   * Cython's "Variable type 'T' is incomplete" for a variable or field declared by {@code d};
   * true when reported.
   */
  static boolean reportVariable(CType t, Stmt.Declarator d, Diagnostics diags) {
    return reportVariable(t, d, diags, false);
  }

  /**
   * The same for a module-level declaration, read in order with the file's types ({@code inOrder}):
   * a struct whose members come later in the file is still incomplete there, as in C.
   */
  static boolean reportVariable(CType t, Stmt.Declarator d, Diagnostics diags, boolean inOrder) {
    boolean later = inOrder && t instanceof CType.Struct s && s.type().incompleteAt(d.pos());
    if (!isIncomplete(t) && !later) return false;
    diags.error(declaratorPos(d), "Variable type '" + t.name() + "' is incomplete");
    return true;
  }

  /**
   * Cython's errors for a cdef function's argument of an incomplete type (an array without a
   * length is the pointer it decays to, not incomplete); true when reported.
   */
  static boolean reportArgument(CType t, Pos at, Diagnostics diags) {
    if (t instanceof CType.Void) {
      diags.error(at, "Use spam() rather than spam(void) to declare a function with no arguments.");
      diags.error(at, "Invalid use of 'void'");
      return true;
    }
    if (t instanceof CType.Struct st && st.type().isOpaque()) {
      diags.error(at, "Argument type '" + t.name() + "' is incomplete");
      return true;
    }
    return false;
  }

  /**
   * Where Cython places a declarator: its outermost pointer's star ({@code *p[]}), else its first
   * array bracket ({@code spam[]}), else its name.
   */
  static Pos declaratorPos(Stmt.Declarator d) {
    TypeRef t = d.type();
    if (t == null) return d.pos();
    TypeRef inner = t;
    while (inner instanceof TypeRef.Array a) inner = a.elem();
    if (inner instanceof TypeRef.Pointer p) return p.pos();
    return t instanceof TypeRef.Array a ? a.pos() : d.pos();
  }
}
