package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * The contracts of C pointer and array operations. A pointer owns nothing: none of these steals
 * or returns a reference, except the conversions to and from Python objects, which say so.
 */
public final class PointerPrimitives {
  private PointerPrimitives() {}

  private static Primitive pure(String name, String template, CType result) {
    return new Primitive(name, template, result, false, Set.of(), ErrorKind.NEVER);
  }

  /** A C variable or constant a {@code cdef extern} block declares, read by its C name. */
  public static Primitive externRead(String cName, CType t) {
    return pure("extern_" + cName, "(" + cName + ")", t);
  }

  /** {@code name = v} of a C variable a {@code cdef extern} block declares. */
  public static Primitive externStore(String cName) {
    return pure("extern_store_" + cName, cName + " = %0", CType.VOID);
  }

  /** {@code &name} of a C variable a {@code cdef extern} block declares. */
  public static Primitive externAddress(String cName, CType.Pointer t) {
    return pure("extern_address_" + cName, "&" + cName, t);
  }

  /** {@code &x} of a C variable (its register is the C variable itself). */
  public static Primitive addressOf(CType.Pointer t) {
    return pure("address_of", "&%0", t);
  }

  /** {@code p[i]}: the element (of an array of arrays, the row: its address in a temp). */
  public static Primitive load(CType elem) {
    return pure("ptr_load", "%0[%1]", elem);
  }

  /** {@code p[i] = v}. */
  public static final Primitive STORE = pure("ptr_store", "%0[%1] = %2", CType.VOID);

  /** {@code &p[i]}, {@code p + i}: the address {@code i} elements on. */
  public static Primitive offset(CType.Pointer t) {
    return pure("ptr_offset", "(%0 + %1)", t);
  }

  /**
   * {@code <T[:n, :m]> p}: a new cython.view.array (a new reference, NULL on error) over the
   * memory {@code %0} points to, its lengths {@code %1...} (Py_ssize_t); it does not own that memory.
   */
  public static Primitive cythonArray(dev.pyxc.sema.CythonArrayCast cast, CType.PyObject array) {
    String dtype = ViewPrimitives.dtype(cast.dtype());
    StringBuilder lengths = new StringBuilder();
    for (int i = 1; i <= cast.ndim(); i++) lengths.append(", %").append(i);
    return new Primitive("cython_array_from_pointer", "pyxc_cvarray_from_pointer((void *)(%0), (" + dtype + ")->size, (" + dtype
        + ")->format, " + (cast.fortran() ? 1 : 0) + ", " + cast.ndim() + lengths + ")", array, false, Set.of(), ErrorKind.NULL);
  }

  /** {@code sizeof(T)}, as C computes it (a header's number typedef by its name: its size is the header's). */
  public static Primitive sizeOf(CType t) {
    String header = dev.pyxc.sema.Types.headerTypedef(t);
    String c = header != null ? header : CSpelling.bare(t);
    return pure("sizeof", "sizeof(" + c + ")", CType.SIZE_T);
  }

  /** {@code a[lo:hi] = v}: the slice's length (%1) must be v's (%0), else Cython's ValueError. */
  public static final Primitive SLICE_LENGTH_CHECK = new Primitive("slice_length_check", "pyxc_slice_length_check(%0, %1)", CType.INT,
      false, Set.of(), ErrorKind.NEG_ONE);

  /** Copies %2 elements from %1 to %0 (none when %2 is not positive). */
  public static final Primitive COPY_ELEMENTS = pure("copy_elements",
      "((%2) > 0 ? (void)memcpy(%0, %1, (size_t)(%2) * sizeof(*(%0))) : (void)0)", CType.VOID);

  /** {@code a = b} between arrays of one type: C copies arrays only with memcpy. */
  public static Primitive arrayCopy(CType.CArray t) {
    return pure("array_copy", "memcpy(%0, %1, sizeof(" + CSpelling.bare(t) + "))", CType.VOID);
  }

  /**
   * {@code <object>p} of a {@code void *}: the object it points to, borrowed (whoever stored the
   * pointer keeps the object alive, as in Cython); a place that keeps it takes its own reference.
   */
  public static final Primitive OBJECT_AT = new Primitive("object_at", "((PyObject *)%0)", CType.OBJECT, true, Set.of(),
      ErrorKind.NEVER);

  /** {@code <void*>obj}: the object's address, borrowed from the object (valid while it lives). */
  public static Primitive addressOfObject(CType.Pointer t) {
    return pure("object_address", "((" + CSpelling.bare(t) + ")%0)", t);
  }

  /** The C name of CPython's Py_CLEAR, a macro on the place written (called through its address). */
  public static final String CLEAR_MACRO = "Py_CLEAR";

  /** Py_CLEAR of the place whose address is given. */
  public static final Primitive CLEAR_AT = new Primitive("py_clear_at", "Py_CLEAR(*%0)", CType.VOID, false, Set.of(), ErrorKind.NEVER);

  /** A {@code char *} as a new bytes object, up to its terminating NUL. */
  public static final Primitive BYTES_FROM_CHARS = new Primitive("bytes_from_chars", "PyBytes_FromString((const char *)%0)",
      CType.pyBuiltin("bytes"), false, Set.of(), ErrorKind.NULL);

  /** The length of the C string a char pointer points to. */
  public static final Primitive STRLEN = pure("strlen", "(Py_ssize_t)strlen((const char *)%0)", CType.SSIZE_T);

  /** {@code p[lo:hi]} of a {@code char *}: a new bytes object of those bytes. */
  public static final Primitive BYTES_FROM_SLICE = new Primitive("bytes_from_slice",
      "pyxc_bytes_from_slice((const char *)%0, %1, %2)", CType.pyBuiltin("bytes"), false, Set.of(), ErrorKind.NULL);

  /**
   * The characters of a bytes object (or bytearray) as a {@code char *} into the object: valid while
   * the object lives, which sema makes sure of as Cython does (no pointer from a temporary). NULL
   * with TypeError for anything else.
   */
  public static Primitive charsOf(CType.Pointer t, String encoding) {
    if (encoding != null && (encoding.equals("utf-8") || encoding.equals("ascii"))) {
      return new Primitive("chars_of_str", "((" + CSpelling.bare(t) + ")pyxc_str_as_chars(%0, " + (encoding.equals("ascii") ? 1 : 0) + "))", t,
          false, Set.of(), ErrorKind.NULL);
    }
    return charsOf(t);
  }

  /** Which chars become an object: a C string up to its NUL, a char array's up to its first NUL, or {@code p[lo:hi]}. */
  public sealed interface Chars {
    record Terminated() implements Chars {}

    record InArray(String length) implements Chars {}

    record Slice() implements Chars {}
  }

  /**
   * Chars as the Python object {@code type} names ("bytes", "str" decoded with {@code encoding},
   * "bytearray"), as Cython's c_string_type and c_string_encoding convert them. Operands: the
   * chars, then for a slice its bounds.
   */
  public static Primitive charsToObject(Chars chars, String type, String encoding) {
    char code = switch (type) {
      case "str" -> 'u';
      case "bytearray" -> 'a';
      default -> 'b';
    };
    String span = chars instanceof Chars.InArray a ? "(const char *)%0, (Py_ssize_t)strnlen((const char *)%0, " + a.length() + ")"
        : chars instanceof Chars.Slice ? "(const char *)%0, %1, %2"
        : "(const char *)%0, (Py_ssize_t)strlen((const char *)%0)";
    String enc = encoding == null ? "utf-8" : encoding;
    String function = chars instanceof Chars.Slice ? "pyxc_chars_slice_to_object(" : "pyxc_chars_to_object(";
    return new Primitive("chars_to_" + type, function + span + ", '" + code + "', " + Primitives.cString(enc) + ")",
        CType.pyBuiltin(type), false, Set.of(), ErrorKind.NULL);
  }

  public static Primitive charsOf(CType.Pointer t) {
    return new Primitive("chars_of", "((" + CSpelling.bare(t) + ")pyxc_bytes_as_chars(%0))", t, false, Set.of(), ErrorKind.NULL);
  }

  /**
   * How the runtime's list conversions take an array's scalar: its kind, which they switch on,
   * or a struct's element conversions (which the module defines beside the struct's own).
   */
  static String element(CType scalar) {
    if (scalar instanceof CType.Struct s) {
      String f = StructPrimitives.converter(s.type());
      return "0, &(const pyxc_carray_elem){sizeof(" + s.type().cName + "), " + f + "_item_to_py, " + f + "_item_from_py}";
    }
    return kind(scalar) + ", NULL";
  }

  /** The runtime's code for an array's scalar kind. */
  static String kind(CType scalar) {
    if (scalar instanceof CType.CFloat f) return "PYXC_K_" + f.kind().name();
    if (scalar instanceof CType.BInt) return "PYXC_K_BINT";
    if (scalar instanceof CType.CInt i && Primitives.headerSized(i)) return "PYXC_K_OF(" + i.typedefName() + ")";
    if (scalar instanceof CType.CInt i) return "PYXC_K_" + Primitives.suffix(i.kind()).toUpperCase();
    throw new IllegalArgumentException("no list conversion for " + scalar);
  }

  private static String dims(CType.CArray a) {
    StringBuilder sb = new StringBuilder("(const Py_ssize_t[]){");
    CType e = a;
    int n = 0;
    while (e instanceof CType.CArray x) {
      sb.append(n++ == 0 ? "" : ", ").append(x.length());
      e = x.elem();
    }
    return sb.append("}, ").append(n).toString();
  }

  /** A char array filled from %2 chars at %1: as many as it holds, then NULs. */
  public static Primitive arrayFillChars(CType.CArray t) {
    String size = "sizeof(" + CSpelling.bare(t) + ")";
    return pure("array_fill_chars", "(memset(%0, 0, " + size + "), memcpy(%0, %1, (size_t)%2 < " + size + " ? (size_t)%2 : " + size + "))",
        CType.VOID);
  }

  /** An array's length as a value: what C makes of the name its size is written with (see CType.CArray). */
  public static Primitive arrayLength(CType.CArray a) {
    return pure("array_length", "((Py_ssize_t)" + a.length() + ")", CType.SSIZE_T);
  }

  /** A {@code char[n]} array as bytes: its characters up to the first NUL (all n without one). */
  public static Primitive bytesFromArray(String n) {
    return new Primitive("bytes_from_array", "PyBytes_FromStringAndSize((const char *)%0, (Py_ssize_t)strnlen((const char *)%0, " + n + "))",
        CType.pyBuiltin("bytes"), false, Set.of(), ErrorKind.NULL);
  }

  /** A C array as a new list (of lists, for each further dimension) of its converted elements. */
  public static Primitive arrayToList(CType.CArray a) {
    // (rows of chars are C strings: a list of bytes, as Cython makes them)
    String element = a.elem() instanceof CType.CArray && holdsString(a.scalar()) ? kind(a.scalar()) + " | PYXC_K_ROW_BYTES, NULL" : element(a.scalar());
    return new Primitive("array_to_list", "pyxc_carray_to_list(%0, " + dims(a) + ", " + element + ")", CType.pyBuiltin("list"),
        false, Set.of(), ErrorKind.NULL);
  }

  /** Whether an array of {@code elem} holds a C string: chars of any signedness, which convert to bytes. */
  public static boolean holdsString(CType elem) {
    return elem instanceof CType.CInt i && i.kind().bits == 8 && !dev.pyxc.sema.Types.isUcs4(elem);
  }

  /** An array as Python makes it when nothing asks for another type: bytes of a char array, else a list. */
  public static Primitive arrayToPython(CType.CArray a) {
    return holdsString(a.elem()) ? bytesFromArray(a.length()) : arrayToList(a);
  }

  /** The view of a C array's memory (an owned view: one new acquisition), NULL owner on error. */
  public static Primitive arrayToView(CType.CArray a, CType.MemView t) {
    return new Primitive("mv_from_carray", "pyxc_mv_from_carray(%0, " + ViewPrimitives.dtype(t.dtype()) + ", " + dims(a) + ", "
        + ViewPrimitives.mvFlags(t) + ")", t, false, Set.of(), ErrorKind.NULL);
  }

  /**
   * Fills a C array from a Python sequence of exactly its length (nested for each dimension), each
   * item converted as an assignment to the element type converts it; -1 with Cython's error otherwise.
   */
  public static Primitive arrayFromObject(CType.CArray a) {
    return new Primitive("array_from_object", "pyxc_carray_from_object(%1, %0, " + dims(a) + ", " + element(a.scalar()) + ")",
        CType.INT, false, Set.of(), ErrorKind.NEG_ONE);
  }
}
