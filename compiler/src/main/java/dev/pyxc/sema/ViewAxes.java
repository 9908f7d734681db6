package dev.pyxc.sema;

import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The axes of a written memoryview type, checked as Cython checks them. */
final class ViewAxes {
  private final Diagnostics diags;
  private final CythonNames cythonNames;

  ViewAxes(Diagnostics diags, CythonNames cythonNames) {
    this.diags = diags;
    this.cythonNames = cythonNames;
  }

  /** The names of {@code cython.view}'s axis specifiers pyxc can honour (direct access only). */
  private static final Set<String> VIEW_SPECS = Set.of("generic", "strided", "indirect", "contiguous", "indirect_contiguous");

  /**
   * What each axis of a written view type asks of the buffer, with Cython's checks and messages
   * (its MemoryView.get_axes_specs, for direct access): at most one {@code ::1}, on the first
   * axis (Fortran) or the last (C); a {@code view.contiguous} axis likewise first or last, and
   * only one direct contiguous axis in all. Null after an error.
   */
  List<CType.Packing> packing(TypeRef.MemoryView mv) {
    int n = mv.axes().size();
    if (n >= 8) {
      // Cython's own limit: 8 is refused too, though its runtime structs have room for 8.
      diags.error(mv.bracket(), "More dimensions than the maximum number of buffer dimensions were used.");
      return null;
    }
    List<CType.Packing> packing = new ArrayList<>();
    int cf = -1;
    for (TypeRef.Axis a : mv.axes()) {
      CType.Packing p = a.contiguous() ? CType.Packing.CONTIG : CType.Packing.STRIDED;
      if (a.spec() != null) {
        String spec = viewSpec(a);
        if (spec == null) return null;
        if (spec.equals("indirect") || spec.equals("indirect_contiguous")) {
          diags.error(a.specPos(), "indirect memoryview axes are not supported by pyxc");
          return null;
        }
        if (spec.equals("contiguous")) p = n == 1 ? CType.Packing.CONTIG : CType.Packing.UNIT;
      }
      if (a.contiguous()) {
        if (cf >= 0) {
          diags.error(mv.axes().get(n - 1).specPos(), "Cannot specify an array that is both C and Fortran contiguous.");
          return null;
        }
        cf = packing.size();
      }
      packing.add(p);
    }
    if (cf > 0 && cf < n - 1) {
      diags.error(mv.bracket(), "Fortran contiguous specifier must follow an indirect dimension");
      return null;
    }
    if (cf >= 0) {
      // The other axes of a C or Fortran contiguous view follow it and may not be contiguous.
      for (int i = 0; i < n; i++) {
        if (i != cf && packing.get(i) != CType.Packing.STRIDED) {
          diags.error(mv.bracket(), "Dimension may not be contiguous");
          return null;
        }
      }
    }
    int unit = -1;
    for (int i = 0; i < n; i++) {
      if (packing.get(i) != CType.Packing.UNIT) continue;
      if (unit >= 0) {
        diags.error(mv.bracket(), "Only one direct contiguous axis may be specified.");
        return null;
      }
      if (i != 0 && i != n - 1) {
        diags.error(mv.bracket(), "Only dimensions 0 and " + (n - 1) + " may be contiguous and direct");
        return null;
      }
      unit = i;
    }
    return List.copyOf(packing);
  }

  /** Resolves {@code ::view.NAME} to NAME, reporting Cython's message when it names nothing of cython.view. */
  private String viewSpec(TypeRef.Axis a) {
    String written = a.spec();
    int dot = written.indexOf('.');
    String path = cythonNames.qualify(written);
    if (path == null) {
      diags.error(a.specPos(), dot < 0 ? "Invalid axis specification." : "undeclared name not builtin: " + written.substring(0, dot));
      return null;
    }
    String name = path.substring(path.lastIndexOf('.') + 1);
    if (!path.equals("cython.view." + name)) {
      diags.error(a.specPos(), "Invalid axis specification.");
      return null;
    }
    if (!VIEW_SPECS.contains(name)) {
      diags.error(a.specPos(), "No such attribute '" + name + "'");
      return null;
    }
    return name;
  }
}
