package dev.pyxc.ir;

import dev.pyxc.sema.CType;

/** How C spells a type: in declarations of registers and fields, casts and {@code sizeof}. */
public final class CSpelling {
  private CSpelling() {}

  /**
   * The type as a C type name, ending in a space or a star so a name can follow ({@code int },
   * {@code double *}). An array is spelt as the pointer it decays to; {@link #declare} gives its
   * declaration.
   */
  public static String of(CType t) {
    if (t instanceof CType.PyObject) {
      return "PyObject *";
    } else if (t instanceof CType.CInt i) {
      // A header's typedef is spelt by its name: its size and signedness are the header's, not what Cython was told.
      if (i.typedefName() != null && i.cpdefEnum() == null) return i.typedefName() + " ";
      return (i.kind() == CType.IntKind.UNICODE ? "wchar_t" : i.kind().cName) + " ";
    } else if (t instanceof CType.CFloat f) {
      return f.kind().cName + " ";
    } else if (t instanceof CType.CComplex c) {
      return of(c.real()) + "_Complex ";
    } else if (t instanceof CType.BInt) {
      return "int ";
    } else if (t instanceof CType.Void) {
      return "void ";
    } else if (t instanceof CType.MemView) {
      return "pyxc_slice ";
    } else if (t instanceof CType.Pointer p && p.target() instanceof CType.Function f) {
      // A type a name can follow anywhere (a function's result, a cast): gcc's typeof of the abstract declarator.
      return "__typeof__(" + declare(t, "") + ") ";
    } else if (t instanceof CType.Pointer p && p.target() instanceof CType.CArray a) {
      return declare(a, "(*)").strip() + " ";
    } else if (t instanceof CType.Pointer p) {
      return (p.constTarget() ? "const " : "") + of(p.target()) + "*";
    } else if (t instanceof CType.Struct st) {
      return st.type().cName + " ";
    } else if (t instanceof CType.NullPtr) {
      return "void *";
    } else if (t instanceof CType.CArray a) {
      return of(a.elem() instanceof CType.CArray inner ? inner.decayed() : a.elem()) + "*";
    } else {
      throw new AssertionError(t);
    }
  }

  /** The type alone, without the trailing space ({@code (double)x}, {@code sizeof(int *)}). */
  public static String bare(CType t) {
    if (t instanceof CType.CArray a) return declare(a, "").strip();
    return of(t).strip();
  }

  /** A declaration of {@code name} with this type: {@code int v_a[3][4]} for an array, {@code int (*p)[5]} for a pointer to one. */
  public static String declare(CType t, String name) {
    if (t instanceof CType.Pointer p && p.target() instanceof CType.Function f) {
      String params = f.params().isEmpty() ? "void" : String.join(", ", f.params().stream().map(CSpelling::bare).toList());
      return declare(f.result(), "(*" + name + ")(" + params + ")");
    }
    if (t instanceof CType.Pointer p && p.target() instanceof CType.CArray a) return declare(a, "(*" + name + ")");
    if (t instanceof CType.CArray a) {
      StringBuilder dims = new StringBuilder();
      CType e = a;
      while (e instanceof CType.CArray x) {
        dims.append('[').append(x.length()).append(']');
        e = x.elem();
      }
      return of(e) + name + dims;
    }
    return of(t) + name;
  }
}
