package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.ir.CSpelling;
import java.util.ArrayList;
import java.util.List;

/**
 * The signature a capsule of {@code __pyx_capi__} is named by, spelled as Cython spells it, so
 * that modules built by pyxc and by Cython cimport each other's functions (statsmodels calls
 * scipy's BLAS through {@code scipy.linalg.cython_blas}, which Cython built): a C type as C writes
 * it ({@code PY_LONG_LONG} for long long), a {@code .pxd}'s own ctypedef by the C typedef Cython
 * makes of it ({@code __pyx_t_5scipy_6linalg_11cython_blas_s}), a header's typedef by its C name,
 * a complex number by Cython's typedef of it ({@code __pyx_t_double_complex}).
 */
public final class CapiSignatures {
  private CapiSignatures() {}

  /** {@code int (int, double *)}: a function's, from its declaration as written and its types as resolved. */
  static String of(Stmt.FuncDef def, CFunction f, TypeDeclarations types) {
    List<String> params = new ArrayList<>();
    for (int i = 0; i < f.params().size(); i++) {
      TypeRef written = i < def.params().size() ? def.params().get(i).type() : null;
      params.add(spell(written, f.params().get(i), types).strip());
    }
    return spell(def.returnType(), f.returnType(), types) + "(" + (params.isEmpty() ? "void" : String.join(", ", params)) + ")";
  }

  /** A function's from its resolved types alone (a typedef then by what it stands for). */
  public static String of(CFunction f) {
    List<String> params = f.params().stream().map(t -> spell(t).strip()).toList();
    return spell(f.returnType()) + "(" + (params.isEmpty() ? "void" : String.join(", ", params)) + ")";
  }

  /** Whether every type of {@code f} has a C spelling (none fused, none in error). */
  static boolean spellable(CFunction f) {
    return spellable(f.returnType()) && f.params().stream().allMatch(CapiSignatures::spellable);
  }

  static boolean spellable(CType t) {
    if (t instanceof CType.Fused || t instanceof CType.ErrorType) return false;
    if (t instanceof CType.Pointer p) return spellable(p.target());
    if (t instanceof CType.CArray a) return spellable(a.elem());
    if (t instanceof CType.Function fn) return spellable(fn.result()) && fn.params().stream().allMatch(CapiSignatures::spellable);
    return true;
  }

  /** A variable's: its type. */
  public static String of(CType variable) {
    return spell(variable).strip();
  }

  /** The C typedef Cython makes of ctypedef {@code name} of module {@code module}: {@code __pyx_t_3pkg_3mod_name}. */
  static String typedefName(String module, String name) {
    StringBuilder sb = new StringBuilder("__pyx_t_");
    for (String part : module.split("\\.")) sb.append(part.length()).append(part).append('_');
    return sb.append(name).toString();
  }

  private static String spell(TypeRef written, CType t, TypeDeclarations types) {
    if (written instanceof TypeRef.Named n && types != null && types.cythonSpellings.containsKey(n.name())) {
      return types.cythonSpellings.get(n.name()) + " ";
    }
    // (a pointer to a ctypedef'd function type is that typedef's pointer: `cselect1 *`)
    if (written instanceof TypeRef.Pointer p && t instanceof CType.Pointer pt && !(pt.target() instanceof CType.CArray)
        && (!pt.isFunction() || p.target() instanceof TypeRef.Named n && types != null && types.cythonSpellings.containsKey(n.name()))) {
      return spell(p.target(), pt.target(), types) + "*";
    }
    if (written instanceof TypeRef.Array a && t instanceof CType.Pointer pt && !pt.isFunction()) {
      return spell(a.elem(), pt.target(), types) + "*";
    }
    return spell(t);
  }

  /** As C writes it, a base type followed by a space ({@code int }, {@code char *}). */
  private static String spell(CType t) {
    if (t instanceof CType.Struct s) return (s.type().union ? "union " : "struct ") + s.type().name + " ";
    if (t instanceof CType.Pointer p && p.isFunction()) return CSpelling.declare(t, "") + " ";
    if (t instanceof CType.Pointer p && !(p.target() instanceof CType.CArray)) return spell(p.target()) + "*";
    if (t instanceof CType.CComplex z) return "__pyx_t_" + CSpelling.of(z.real()).strip().replace(" ", "__") + "_complex ";
    if (t instanceof CType.CInt i && i.kind().cName.endsWith("long long")) return i.kind().cName.replace("long long", "PY_LONG_LONG") + " ";
    return CSpelling.of(t);
  }
}
