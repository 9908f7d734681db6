package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import dev.pyxc.sema.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Structs as the items of views ({@code Point[:]}): the runtime's descriptor of one
 * ({@code pyxc_dtype} of kind 's'), the buffer format it exports ({@code T{i:a:d:b:}}, each field
 * named, as Cython writes it),
 * and its numbers in memory order ({@code pyxc_leaf}), against which an exporter's format is
 * checked (pyxc_mv_struct_check). An item boxes to a dict of its fields and is set from a mapping,
 * by the struct's own conversions.
 */
public final class StructDtypes {
  private StructDtypes() {}

  /** The C name of the struct's descriptor. */
  public static String descriptor(StructType st) {
    return StructPrimitives.converter(st) + "_dtype";
  }

  /**
   * The format of one item, as a buffer of the struct exports it: a packed struct's fields each
   * marked unaligned ({@code T{^b:a:^i:b:}}, as Cython writes them); a struct inside one marks its
   * own fields aligned again, as the format's alignment mode lasts until changed.
   */
  public static String format(StructType st) {
    return fields(st, false);
  }

  private static String fields(StructType st, boolean afterPacked) {
    StringBuilder sb = new StringBuilder("T{");
    boolean unaligned = afterPacked; // (whether the mode may be '^' where this field starts)
    for (Map.Entry<String, CType> f : st.fields().entrySet()) {
      sb.append(st.packed ? "^" : unaligned ? "@" : "");
      unaligned = st.packed || innermost(f.getValue()) instanceof CType.Struct s && hasPacked(s.type());
      CType t = f.getValue();
      List<Integer> dims = new ArrayList<>();
      while (t instanceof CType.CArray a) {
        dims.add(a.size());
        t = a.elem();
      }
      if (!dims.isEmpty()) sb.append('(').append(String.join(",", dims.stream().map(String::valueOf).toList())).append(')');
      sb.append(t instanceof CType.Struct s ? fields(s.type(), st.packed) : code(t)).append(':').append(f.getKey()).append(':');
    }
    return sb.append('}').toString();
  }

  private static CType innermost(CType t) {
    while (t instanceof CType.CArray a) t = a.elem();
    return t;
  }

  private static boolean hasPacked(StructType st) {
    return st.packed || st.fields().values().stream().anyMatch(t -> innermost(t) instanceof CType.Struct s && hasPacked(s.type()));
  }

  /** The struct-module code of a C number ({@code Zd} for a double complex). */
  static String code(CType t) {
    if (t instanceof CType.CComplex c) return "Z" + code(c.real());
    if (t instanceof CType.CFloat f) return f.kind().format;
    return switch (((CType.CInt) t).kind()) {
      case CHAR -> "c";
      case SCHAR -> "b";
      case UCHAR -> "B";
      case SHORT -> "h";
      case USHORT -> "H";
      case INT -> "i";
      case UINT -> "I";
      case LONG -> "l";
      case ULONG -> "L";
      case LONGLONG -> "q";
      case ULONGLONG -> "Q";
      // (as the integer of their size, long on the platforms gcc builds CPython for: numpy does not read 'n')
      case SSIZE_T, HASH_T, PTRDIFF_T -> "l";
      case SIZE_T -> "L";
      case UCS4, UNICODE -> throw new IllegalArgumentException("not a view item: " + t.name());
    };
  }

  /** The descriptor's C: its leaves, the boxing of an item through the struct's conversions, the descriptor. */
  public static String definition(StructType st) {
    String f = StructPrimitives.converter(st);
    List<String> leaves = new ArrayList<>();
    leaves(st, st.cName, "", leaves);
    StringBuilder sb = new StringBuilder();
    sb.append("static const pyxc_leaf ").append(f).append("_leaves[] = {\n");
    for (String l : leaves) sb.append("    ").append(l).append(",\n");
    sb.append("};\n");
    sb.append("static PyObject *").append(f).append("_dtype_get(const char *item) {\n")
        .append("    return ").append(f).append("_to_py(*(const ").append(st.cName).append(" *)item);\n}\n");
    sb.append("static int ").append(f).append("_dtype_set(char *item, PyObject *value) {\n")
        .append("    ").append(st.cName).append(" v = ").append(f).append("_from_py(value);\n")
        .append("    if (PyErr_Occurred()) return -1;\n")
        .append("    *(").append(st.cName).append(" *)item = v;\n    return 0;\n}\n");
    sb.append("static const pyxc_dtype ").append(descriptor(st)).append(" = {").append(Primitives.cString(st.name)).append(", 's', sizeof(")
        .append(st.cName).append("), ").append(Primitives.cString(format(st))).append(", ").append(f).append("_dtype_get, ").append(f)
        .append("_dtype_set, ").append(f).append("_leaves, ").append(leaves.size()).append(", pyxc_mv_struct_check, NULL, NULL, NULL};\n");
    return sb.toString();
  }

  /** The numbers of {@code st} at {@code path} inside {@code outer} (its C type), in order; nested structs flattened. */
  private static void leaves(StructType st, String outer, String path, List<String> out) {
    for (Map.Entry<String, CType> e : st.fields().entrySet()) {
      String member = path + st.cField(e.getKey());
      CType t = e.getValue();
      List<Integer> dims = new ArrayList<>();
      while (t instanceof CType.CArray a) {
        dims.add(a.size());
        t = a.elem();
      }
      if (t instanceof CType.Struct s) {
        // Each element of an array of structs in turn, as its format repeats the struct's.
        int n = dims.stream().reduce(1, (a, b) -> a * b);
        for (int k = 0; k < n; k++) leaves(s.type(), outer, member + (dims.isEmpty() ? "" : index(k, dims)) + ".", out);
        continue;
      }
      String kind = t instanceof CType.CComplex ? "'c'" : t instanceof CType.CFloat ? "'f'"
          : ((CType.CInt) t).kind().signed ? "'i'" : "'u'";
      String dimList = dims.isEmpty() ? "{0}" : "{" + String.join(", ", dims.stream().map(String::valueOf).toList()) + "}";
      out.add("{" + Primitives.cString(t.name()) + ", " + Primitives.cString(st.name) + ", " + Primitives.cString(e.getKey()) + ", "
          + kind + ", sizeof(" + CSpelling.declare(t, "").strip() + "), offsetof(" + outer + ", " + member + "), " + dims.size()
          + ", " + dimList + "}");
    }
  }

  /** {@code [i][j]} of the k-th element, in C order, of an array of the given dimensions. */
  private static String index(int k, List<Integer> dims) {
    StringBuilder sb = new StringBuilder();
    for (int d = dims.size() - 1; d >= 0; d--) {
      sb.insert(0, "[" + (k % dims.get(d)) + "]");
      k /= dims.get(d);
    }
    return sb.toString();
  }
}
