package dev.pyxc.sema;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * C tuple types ({@code (int, double)}): structs of their items (see {@link StructType#ctuple}),
 * the same type wherever written with the same items. Nothing declares one, so the C of a module
 * defines those its code, signatures and declarations use ({@link #collect}).
 */
public final class CTuples {
  private CTuples() {}

  public static CType.Struct of(List<CType> items) {
    return new CType.Struct(StructType.ctuple(items));
  }

  public static boolean is(CType t) {
    return t instanceof CType.Struct s && s.type().isCTuple();
  }

  /** Adds the C tuple types {@code t} is or holds (through pointers, arrays, functions, struct fields) to {@code out}. */
  public static void collect(CType t, Set<StructType> out) {
    collect(t, out, new java.util.HashSet<>());
  }

  private static void collect(CType t, Set<StructType> out, Set<StructType> seen) {
    if (t instanceof CType.Pointer p) {
      collect(p.target(), out, seen);
    } else if (t instanceof CType.CArray a) {
      collect(a.elem(), out, seen);
    } else if (t instanceof CType.Function f) {
      collect(f.result(), out, seen);
      for (CType p : f.params()) collect(p, out, seen);
    } else if (t instanceof CType.Struct s && seen.add(s.type())) {
      for (CType field : s.type().fields().values()) collect(field, out, seen);
      if (s.type().isCTuple()) out.add(s.type());
    }
  }

  /** As above, for several types. */
  public static void collectAll(Collection<CType> types, Set<StructType> out) {
    for (CType t : types) collect(t, out);
  }
}
