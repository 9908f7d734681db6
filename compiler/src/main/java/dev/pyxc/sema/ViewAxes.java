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

  /** The names of {@code cython.view}'s axis specifiers. */
  private static final Set<String> VIEW_SPECS = Set.of("generic", "strided", "indirect", "contiguous", "indirect_contiguous");

  /** How an axis's items are reached: by stride, through a pointer, or either (Cython's direct, ptr, full). */
  private enum Access { DIRECT, PTR, FULL }

  /** How an axis's stride is constrained (Cython's packings; CF: a written ::1, before it is placed). */
  private enum Stride { STRIDED, CONTIG, FOLLOW, CF }

  private record Spec(Access access, Stride stride) {}

  /**
   * What each axis of a written view type asks of the buffer, with Cython's checks and messages
   * (its MemoryView.get_axes_specs and validate_axes_specs): at most one {@code ::1}, on the
   * last axis (C) or first or after an indirect one (Fortran), the axes it governs direct and not
   * contiguous; one direct contiguous axis in all, first or last of the axes after the last
   * indirect one. Null after an error.
   */
  List<CType.Packing> packing(TypeRef.MemoryView mv) {
    int n = mv.axes().size();
    if (n >= 8) {
      // Cython's own limit: 8 is refused too, though its runtime structs have room for 8.
      diags.error(mv.bracket(), "More dimensions than the maximum number of buffer dimensions were used.");
      return null;
    }
    List<Spec> specs = new ArrayList<>();
    for (TypeRef.Axis a : mv.axes()) {
      if (a.contiguous()) {
        specs.add(new Spec(Access.DIRECT, Stride.CF));
      } else if (a.spec() == null) {
        specs.add(new Spec(Access.DIRECT, Stride.STRIDED));
      } else {
        String spec = viewSpec(a);
        if (spec == null) return null;
        specs.add(switch (spec) {
          case "generic" -> new Spec(Access.FULL, Stride.STRIDED);
          case "indirect" -> new Spec(Access.PTR, Stride.STRIDED);
          case "contiguous" -> new Spec(Access.DIRECT, Stride.CONTIG);
          case "indirect_contiguous" -> new Spec(Access.PTR, Stride.CONTIG);
          default -> new Spec(Access.DIRECT, Stride.STRIDED);
        });
      }
    }
    int cf = -1;
    for (int i = 0; i < n; i++) {
      if (specs.get(i).stride() != Stride.CF) continue;
      if (cf >= 0) {
        diags.error(mv.axes().get(n - 1).specPos(), "Cannot specify an array that is both C and Fortran contiguous.");
        return null;
      }
      cf = i;
      specs.set(i, new Spec(Access.DIRECT, Stride.CONTIG));
    }
    boolean cContig = cf >= 0 && cf == n - 1;
    boolean fContig = cf >= 0 && !cContig;
    if (cf >= 0) {
      if (fContig && cf > 0 && specs.get(cf - 1).access() == Access.DIRECT) {
        diags.error(mv.bracket(), "Fortran contiguous specifier must follow an indirect dimension");
        return null;
      }
      int from = cf;
      if (cContig) {
        from = -1;
        for (int i = 0; i < n; i++) if (specs.get(i).access() != Access.DIRECT) from = i;
      }
      // The axes after the ::1 (Fortran) or after the last indirect one (C) follow it.
      for (int i = from + 1; i < n - (cContig ? 1 : 0); i++) {
        Spec sp = specs.get(i);
        if (sp.access() != Access.DIRECT) {
          diags.error(mv.bracket(), "Indirect dimension may not follow Fortran contiguous dimension");
          return null;
        }
        if (sp.stride() == Stride.CONTIG) {
          diags.error(mv.bracket(), "Dimension may not be contiguous");
          return null;
        }
        specs.set(i, new Spec(sp.access(), Stride.FOLLOW));
      }
    }
    if (!valid(mv, specs, cContig || fContig)) return null;
    List<CType.Packing> packing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Spec sp = specs.get(i);
      packing.add(switch (sp.access()) {
        case FULL -> CType.Packing.GENERIC;
        case PTR -> sp.stride() == Stride.CONTIG ? CType.Packing.INDIRECT_CONTIG : CType.Packing.INDIRECT;
        case DIRECT -> sp.stride() != Stride.CONTIG ? CType.Packing.STRIDED
            : i == cf || n == 1 ? CType.Packing.CONTIG : CType.Packing.UNIT;
      });
    }
    return List.copyOf(packing);
  }

  /** Cython's checks of the placed specs: one direct contiguous axis, where it may be; follow only in a C/Fortran view. */
  private boolean valid(TypeRef.MemoryView mv, List<Spec> specs, boolean cfContig) {
    int n = specs.size();
    int lastIndirect = -1;
    for (int i = 0; i < n; i++) if (specs.get(i).access() == Access.PTR) lastIndirect = i;
    boolean hasContig = false;
    boolean hasStrided = false;
    for (int i = 0; i < n; i++) {
      Spec sp = specs.get(i);
      switch (sp.stride()) {
        case STRIDED -> hasStrided = true;
        case CONTIG -> {
          if (hasContig) {
            diags.error(mv.bracket(), "Only one direct contiguous axis may be specified.");
            return false;
          }
          if (i != lastIndirect + 1 && i != n - 1 && sp.access() != Access.PTR) {
            diags.error(mv.bracket(), lastIndirect + 1 != n - 1
                ? "Only dimensions " + (lastIndirect + 1) + " and " + (n - 1) + " may be contiguous and direct"
                : "Only dimension " + (n - 1) + " may be contiguous and direct");
            return false;
          }
          hasContig = sp.access() != Access.PTR;
        }
        case FOLLOW -> {
          if (hasStrided) {
            diags.error(mv.bracket(), "A memoryview cannot have both follow and strided axis specifiers.");
            return false;
          }
          if (!cfContig) {
            diags.error(mv.bracket(), "Invalid use of the follow specifier.");
            return false;
          }
        }
        case CF -> throw new IllegalStateException("a ::1 axis is placed before the checks");
      }
      if (sp.access() != Access.DIRECT) hasStrided = false;
    }
    return true;
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
