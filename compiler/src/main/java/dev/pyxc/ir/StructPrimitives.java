package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import dev.pyxc.sema.StructType;
import java.util.List;
import java.util.Set;

/**
 * The contracts of struct and union operations. A struct value is C data: reading a field, storing
 * one and copying a struct own nothing, except for an object field (only the builtin {@code
 * Py_buffer}'s {@code obj} is one): that field owns its reference, so a read takes one of its own
 * and a store gives up the old one. The conversions to and from Python dicts make or read objects,
 * and say so. {@code place} templates name a field's storage (see StructLowering).
 */
public final class StructPrimitives {
  private StructPrimitives() {}

  private static Primitive pure(String name, String template, CType result) {
    return new Primitive(name, template, result, false, Set.of(), ErrorKind.NEVER);
  }

  /**
   * The value at a place ({@code %0.f_x}, {@code (%0)->f_next}); an object field's as a new
   * reference (None while the field is NULL, as a Py_buffer's {@code obj} may be).
   */
  public static Primitive load(String place, CType t) {
    if (t instanceof CType.PyObject) {
      return new Primitive("field_load_object", "Py_NewRef((" + place + ") ? (" + place + ") : Py_None)", t, false, Set.of(),
          ErrorKind.NEVER);
    }
    return pure("field_load", place, t);
  }

  /** Stores the last argument at a place with {@code n} arguments of its own (an object stolen, the old one released). */
  public static Primitive store(String place, int n, CType t) {
    if (t instanceof CType.PyObject) {
      return new Primitive("field_store_object", "pyxc_field_set(&(" + place + "), %" + n + ")", CType.VOID, false, Set.of(n),
          ErrorKind.NEVER);
    }
    return pure("field_store", place + " = %" + n, CType.VOID);
  }

  /** The address of a place. */
  public static Primitive address(String place, CType.Pointer t) {
    return pure("field_address", "&(" + place + ")", t);
  }

  /** {@code Point(1, y=2)}, {@code {'x': 1}}: a compound literal; fields not given are zero. */
  public static Primitive literal(StructType st, List<String> fields) {
    StringBuilder sb = new StringBuilder("((" + st.cName + "){");
    for (int i = 0; i < fields.size(); i++) sb.append(i > 0 ? ", " : "").append('.').append(st.cField(fields.get(i))).append(" = %").append(i);
    return pure("struct_literal", sb.append("})").toString(), new CType.Struct(st));
  }

  /** The C function that converts a struct to a dict ({@code prefix_to_py}) and back ({@code prefix_from_py}). */
  public static String converter(StructType st) {
    return "pyxc_" + (st.extern ? "x" : "s") + (st.union ? "u_" : "_") + CSymbols.ident(st.name);
  }

  /** A struct as a new dict of its fields (a union's: of every member); a C tuple as a tuple of its items. */
  public static Primitive toPy(StructType st) {
    return new Primitive("struct_to_py", converter(st) + "_to_py(%0)", CType.pyBuiltin(st.isCTuple() ? "tuple" : "dict"), false, Set.of(),
        ErrorKind.NULL);
  }

  /** A mapping as a struct, each field converted as an assignment converts; errors as Cython raises them. */
  public static Primitive fromPy(StructType st) {
    return new Primitive("struct_from_py", converter(st) + "_from_py(%0)", new CType.Struct(st), false, Set.of(), ErrorKind.ERR_OCCURRED);
  }

  /** An enum constant: its value, or the header's name for it. */
  public static Primitive enumConstant(String c, CType t) {
    return pure("enum_constant", c, t);
  }
}
