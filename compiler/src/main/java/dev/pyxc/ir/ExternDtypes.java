package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Views of numbers declared through a header's typedef ({@code ctypedef int td_h_short} in a
 * {@code cdef extern from} block): the header's type may differ from what the declaration says,
 * so the descriptor of such an item (the runtime's {@code PYXC_EXT_INT_DTYPE}) takes its size and
 * signedness from C, as Cython's does. A descriptor's name carries the declared kind and the
 * typedef ({@code pyxc_dtype_exti_SHORT__td_h_short}), from which the module's code gets its
 * definition when it names it.
 */
public final class ExternDtypes {
  private ExternDtypes() {}

  private static final Pattern USE = Pattern.compile("pyxc_dtype_ext([if])_([A-Z]+(?:_[A-Z]+)*)__([A-Za-z_][A-Za-z0-9_]*)");

  /** The C name of the descriptor of items of type t, declared through the header typedef {@code typedef}. */
  static String descriptor(CType t, String typedef) {
    String kind = t instanceof CType.CFloat f ? f.kind().name() : ((CType.CInt) t).kind().name();
    return "pyxc_dtype_ext" + (t instanceof CType.CFloat ? "f_" : "i_") + kind + "__" + typedef;
  }

  /** The definitions of the descriptors {@code code} names, once each. */
  public static String definitions(String code) {
    Set<String> seen = new LinkedHashSet<>();
    StringBuilder sb = new StringBuilder();
    Matcher m = USE.matcher(code);
    while (m.find()) {
      if (!seen.add(m.group())) continue;
      String id = m.group(2) + "__" + m.group(3);
      if (m.group(1).equals("f")) {
        sb.append("PYXC_EXT_FLOAT_DTYPE(").append(id).append(", ").append(m.group(3)).append(")\n");
      } else {
        CType.CInt declared = new CType.CInt(CType.IntKind.valueOf(m.group(2)));
        sb.append("PYXC_EXT_INT_DTYPE(").append(id).append(", ").append(m.group(3)).append(", ").append(declared.kind().cName)
            .append(", \"").append(StructDtypes.code(declared)).append("\")\n");
      }
    }
    return sb.toString();
  }
}
