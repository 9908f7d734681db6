package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import dev.pyxc.sema.Types;
import java.util.List;
import java.util.Set;

/**
 * The contracts of typed memoryview operations: acquiring a buffer (a new acquisition, the view's
 * reference), indexing, element loads and stores, subviews that share their source's owner,
 * copies, and the view's shape and strides as C values. Split from {@link Primitives}, whose
 * table of object operations they extend.
 */
public final class ViewPrimitives {
  private ViewPrimitives() {}

  private static Primitive pure(String name, String template, CType result) {
    return new Primitive(name, template, result, false, Set.of(), ErrorKind.NEVER);
  }

  private static Primitive status(String name, String template) {
    return new Primitive(name, template, CType.INT, false, Set.of(), ErrorKind.NEG_ONE);
  }

  private static Primitive newRef(String name, String template) {
    return new Primitive(name, template, CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  }


  /** The runtime's dtype descriptor for a memoryview element type ({@code &pyxc_dtype_double}). */
  public static String dtype(CType t) {
    String header = headerTypedef(t);
    if (header != null) return "&" + ExternDtypes.descriptor(t, header);
    if (t instanceof CType.Struct s) return "&" + StructDtypes.descriptor(s.type());
    if (t instanceof CType.PyObject) return "&pyxc_dtype_object";
    if (t instanceof CType.CComplex c) return dtype(c.real()) + "_complex";
    String suffix = t instanceof CType.CFloat f ? f.kind().cName.replace(" ", "")
        : Primitives.suffix(((CType.CInt) t).kind()).replace("hash_t", "ssize_t").replace("ptrdiff_t", "ssize_t");
    return "&pyxc_dtype_" + suffix;
  }

  /** Acquires a buffer from an object: an owned view (one new acquisition), NULL owner on error. */
  public static Primitive mvFromObject(CType.MemView t) {
    String expected = t.dtypeName() == null ? "NULL" : "\"" + t.dtypeName() + "\"";
    return new Primitive("mv_from_object", "pyxc_mv_from_object(%0, " + dtype(t.dtype()) + ", " + t.ndim() + ", " + mvFlags(t) + ", "
        + expected + ")",
        t, false, Set.of(), ErrorKind.NULL);
  }

  /**
   * Acquires the buffer of a buffer variable's new object (a None one has no elements), writable
   * only when the function writes through that variable, as in Cython.
   */
  public static Primitive bufferAcquire(CType.Buffer b, boolean writable) {
    CType.MemView t = b.view();
    String expected = t.dtypeName() == null ? "NULL" : "\"" + t.dtypeName() + "\"";
    String flags = mvFlags(t);
    flags = (flags.equals("0") ? "" : flags + " | ") + "PYXC_MV_BUFFER" + (writable ? "" : " | PYXC_MV_READ_ONLY")
        + (b.cast() ? " | PYXC_MV_CAST" : "");
    return new Primitive("buffer_acquire", "pyxc_mv_from_object(%0, " + dtype(t.dtype()) + ", " + t.ndim() + ", " + flags + ", "
        + expected + ")", t, false, Set.of(), ErrorKind.NULL);
  }

  /** What a view of type t asks of the buffer it acquires (constness, contiguity). */
  static String mvFlags(CType.MemView t) {
    List<String> flags = new java.util.ArrayList<>();
    if (t.isConst()) flags.add("PYXC_MV_CONST");
    if (t.isCContiguous()) flags.add("PYXC_MV_C_CONTIG");
    else if (t.isFContiguous()) flags.add("PYXC_MV_F_CONTIG");
    boolean alone = !t.isCContiguous() && !t.isFContiguous(); // (a ::1 beside indirect axes is checked on its own)
    for (int i = 0; i < t.ndim(); i++) {
      CType.Packing p = t.packing().get(i);
      if (p == CType.Packing.UNIT || p == CType.Packing.INDIRECT_CONTIG || (p == CType.Packing.CONTIG && alone)) {
        flags.add("PYXC_MV_UNIT_STRIDE(" + i + ")");
      }
      if (p.indirect()) flags.add("PYXC_MV_INDIRECT(" + i + ")");
      if (p == CType.Packing.GENERIC) flags.add("PYXC_MV_GENERIC(" + i + ")");
    }
    return flags.isEmpty() ? "0" : String.join(" | ", flags);
  }

  /** The Python object for a view: a new reference holding its own acquisition (None for a None view). */
  public static Primitive mvToObject(CType.MemView t) {
    return newRef("mv_to_object", "pyxc_mv_to_object(&%0, " + t.ndim() + ", " + dtype(t.dtype()) + ", " + (t.isConst() ? 1 : 0) + ")");
  }

  /** nonecheck: -1 with {@code excType} and Cython's message when the view is None. */
  public static Primitive mvNotNone(String excType, String message) {
    return status("mv_not_none", "pyxc_mv_not_none(&%0, PyExc_" + excType + ", \"" + message + "\")");
  }

  /** Checks (and wraps) an index into one axis; -1 with IndexError when out of bounds. */
  public static Primitive mvIndex(int axis, boolean wraparound, boolean boundscheck, boolean element) {
    return new Primitive("mv_index_" + axis, (element ? "pyxc_mv_index" : "pyxc_mv_subindex") + "(&%0, " + axis + ", %1, " + (wraparound ? 1 : 0) + ", "
        + (boundscheck ? 1 : 0) + ")", CType.SSIZE_T, false, Set.of(), boundscheck ? ErrorKind.NEG_ONE : ErrorKind.NEVER);
  }

  /**
   * Checks the {@code ndim} indices of one element access together (wrapping negative ones
   * first when {@code wrap}): one failure branch for the whole access; 0, or -1 with IndexError
   * for the highest axis out of bounds, as Cython reports it. The indices are then wrapped by
   * {@link #mvIndex} without a check of their own.
   */
  public static Primitive mvCheckElement(int ndim, boolean wrap) {
    StringBuilder idx = new StringBuilder();
    for (int i = 1; i <= ndim; i++) idx.append(i > 1 ? ", " : "").append('%').append(i);
    return status("mv_check_element", "pyxc_mv_check_element(&%0, (const Py_ssize_t[]){" + idx + "}, " + ndim + ", "
        + (wrap ? 1 : 0) + ")");
  }

  /**
   * The element at indices {@code %1..%n}. An axis declared contiguous ({@code ::1}) has the
   * item size as its stride (checked when the buffer is acquired), so it indexes the element
   * pointer directly instead of multiplying by the stored stride: the loop over it is a plain
   * array walk gcc can vectorise. A view whose axes may hold pointers is walked axis by axis,
   * through the pointer of each indirect one (of a generic one, when its suboffset says so).
   */
  private static String element(CType.MemView t, int n) {
    String type = cType(t.dtype());
    if (t.mayBeIndirect()) return indirectElement(t, n, type);
    int unit = -1;
    for (int i = n - 1; i >= 0 && unit < 0; i--) if (t.packing().get(i) != CType.Packing.STRIDED) unit = i;
    StringBuilder base = new StringBuilder("%0.data");
    for (int i = 0; i < n; i++) {
      if (i != unit) base.append(" + %").append(i + 1).append(" * %0.strides[").append(i).append(']');
    }
    if (unit < 0) return "(*(" + type + " *)(" + base + "))";
    String pointer = base.toString().equals("%0.data") ? "(" + type + " *)%0.data" : "(" + type + " *)(" + base + ")";
    return "(" + pointer + ")[%" + (unit + 1) + "]";
  }

  private static String indirectElement(CType.MemView t, int n, String type) {
    String p = "%0.data";
    for (int i = 0; i < n; i++) {
      CType.Packing axis = t.packing().get(i);
      if (i == n - 1 && (axis == CType.Packing.CONTIG || axis == CType.Packing.UNIT)) return "((" + type + " *)" + p + ")[%" + n + "]";
      String at = p + " + %" + (i + 1) + " * %0.strides[" + i + "]";
      if (axis.indirect()) p = "(*(char **)(" + at + ") + %0.suboffsets[" + i + "])";
      else if (axis == CType.Packing.GENERIC) p = "pyxc_mv_step(" + p + ", &%0, " + i + ", %" + (i + 1) + ")";
      else p = "(" + at + ")";
    }
    return "(*(" + type + " *)" + p + ")";
  }

  /** The C spelling of a memoryview element type (a header's typedef by its own name: its size is the header's). */
  public static String cType(CType t) {
    String header = headerTypedef(t);
    return header != null ? header : CSpelling.bare(t);
  }

  /**
   * The header typedef a view's number items were declared as (ExternDtypes makes its descriptor),
   * or null: a C number named as such, or a typedef spelled other than as an identifier.
   */
  public static String headerTypedef(CType t) {
    String name = Types.headerTypedef(t);
    return name != null && CSymbols.ident(name).equals(name) ? name : null;
  }

  /**
   * Reads one element at checked indices (the view is only read, not owned). An object element is
   * a place that owns its reference, as a field does: read as a new reference (None where NULL),
   * an object of any type (an extension type's view tests it: ViewLowering.load).
   */
  public static Primitive mvLoad(CType.MemView t) {
    if (t.dtype() instanceof CType.PyObject) {
      return new Primitive("mv_load_object", "pyxc_mv_object_get(&" + element(t, t.ndim()) + ")", CType.OBJECT, false, Set.of(),
          ErrorKind.NEVER);
    }
    return pure("mv_load", element(t, t.ndim()), t.dtype());
  }

  /** The address of one element at checked indices. */
  public static Primitive mvAddress(CType.MemView t) {
    return pure("mv_address", "&" + element(t, t.ndim()), new CType.Pointer(t.dtype()));
  }

  /** Writes one element at checked indices; the last argument is the value (an object's stolen, the old one released). */
  public static Primitive mvStore(CType.MemView t) {
    int value = t.ndim() + 1;
    if (t.dtype() instanceof CType.PyObject) {
      return new Primitive("mv_store_object", "pyxc_mv_object_set(&" + element(t, t.ndim()) + ", %" + value + ")", CType.VOID, false,
          Set.of(value), ErrorKind.NEVER);
    }
    return pure("mv_store", element(t, t.ndim()) + " = %" + value, CType.VOID);
  }

  /** {@code x[...] = v}: every element of the (sub)view gets the C value v (an object: a reference each, v borrowed). */
  public static Primitive mvFill(CType.MemView t) {
    if (t.dtype() instanceof CType.PyObject) return pure("mv_fill_objects", "pyxc_mv_fill_objects(&%0, " + t.ndim() + ", %1)", CType.VOID);
    // (a header typedef's value is made one of its own type first: its size may differ from the declared type's)
    String value = headerTypedef(t.dtype()) != null ? "&(" + cType(t.dtype()) + "){%1}" : "&%1";
    return pure("mv_fill", "pyxc_mv_fill(&%0, " + t.ndim() + ", " + value + ", sizeof(" + cType(t.dtype()) + "))", CType.VOID);
  }

  /** {@code x[...] = y}: element copy into a view of type t from one of type from, broadcast; -1 with ValueError. */
  public static Primitive mvCopy(CType.MemView t, CType.MemView from) {
    if (t.dtype() instanceof CType.PyObject) {
      return status("mv_copy_objects", "pyxc_mv_copy_objects(&%0, " + t.ndim() + ", &%1, " + from.ndim() + ")");
    }
    return status("mv_copy", "pyxc_mv_copy(&%0, " + t.ndim() + ", &%1, " + from.ndim() + ", sizeof(" + cType(t.dtype()) + "))");
  }

  /** {@code x.T}: axes reversed, sharing the buffer (its own acquisition). */
  public static Primitive mvTranspose(CType.MemView t) {
    return new Primitive("mv_transpose", "pyxc_mv_transpose(&%0, " + t.ndim() + ")", t.transposed(), false, Set.of(),
        ErrorKind.NEVER, true);
  }

  /** {@code x.copy()} / {@code x.copy_fortran()}: a new contiguous buffer; owned, NULL owner on error. */
  public static Primitive mvCopyNew(CType.MemView src, CType.MemView result, boolean fortran) {
    return new Primitive(fortran ? "mv_copy_fortran" : "mv_copy_new", "pyxc_mv_copy_new(&%0, " + src.ndim() + ", "
        + dtype(src.dtype()) + ", " + (fortran ? 1 : 0) + ")", result, false, Set.of(), ErrorKind.NULL);
  }

  /** {@code x.is_c_contig()} / {@code x.is_f_contig()}: whether the view's items lie in that order without gaps. */
  public static Primitive mvIsContig(CType.MemView v, boolean fortran) {
    return pure(fortran ? "mv_is_f_contig" : "mv_is_c_contig", "pyxc_mv_is_contig(&%0, " + v.ndim() + ", sizeof(" + CSpelling.bare(v.dtype())
        + "), " + (fortran ? 1 : 0) + ")", CType.BINT);
  }

  /** {@code x is None} (or {@code x == None}) of a view. */
  public static final Primitive MV_IS_NONE = pure("mv_is_none", "(%0.owner == PYXC_MV_NONE)", CType.BINT);

  /** The extent of one axis, {@code x.shape[k]} (no check on k, as in Cython). */
  public static final Primitive MV_SHAPE = pure("mv_shape", "%0.shape[%1]", CType.SSIZE_T);
  public static final Primitive MV_STRIDES = pure("mv_strides", "%0.strides[%1]", CType.SSIZE_T);
  public static final Primitive MV_SHAPE_ARRAY = pure("mv_shape_array", "%0.shape", new CType.Pointer(CType.SSIZE_T));
  public static final Primitive MV_STRIDES_ARRAY = pure("mv_strides_array", "%0.strides", new CType.Pointer(CType.SSIZE_T));
  public static final Primitive MV_SHAPE_ADDRESS = pure("mv_shape_address", "&%0.shape[%1]", new CType.Pointer(CType.SSIZE_T));
  public static final Primitive MV_STRIDES_ADDRESS = pure("mv_strides_address", "&%0.strides[%1]", new CType.Pointer(CType.SSIZE_T));
  /** {@code x.shape} as an object: like Cython, a list of all 8 entries of the C array. */
  public static final Primitive MV_SHAPE_LIST = newRef("mv_shape_list", "pyxc_mv_array_list(%0.shape)");
  public static final Primitive MV_STRIDES_LIST = newRef("mv_strides_list", "pyxc_mv_array_list(%0.strides)");

  /**
   * A view of part of another: {@code items} describe the subscript item by item; its arguments
   * are the source, then per item the index or the present slice parts, in order. Owned result
   * (its own acquisition); NULL owner on error.
   */
  public static Primitive mvSubview(CType.MemView src, CType.MemView result, java.util.List<ViewIndex> items) {
    StringBuilder sb = new StringBuilder("pyxc_mv_subview(&%0, " + src.ndim() + ", (const pyxc_mvindex[]){");
    int arg = 1;
    for (int i = 0; i < items.size(); i++) {
      ViewIndex it = items.get(i);
      if (i > 0) sb.append(", ");
      switch (it.kind()) {
        case AT -> sb.append("{PYXC_MV_AT, %").append(arg++).append(", 0, 0, 0, 0, 0, 0}");
        case NEWAXIS -> sb.append("{PYXC_MV_NEWAXIS, 0, 0, 0, 0, 0, 0, 0}");
        case SLICE -> {
          boolean[] has = {it.hasStart(), it.hasStop(), it.hasStep()};
          sb.append("{PYXC_MV_SLICE, 0");
          for (boolean h : has) sb.append(", ").append(h ? "%" + arg++ : "0");
          for (boolean h : has) sb.append(", ").append(h ? 1 : 0);
          sb.append('}');
        }
      }
    }
    sb.append("}, ").append(items.size()).append(", ").append(src.mayBeIndirect() ? 1 : 0).append(')');
    return new Primitive("mv_subview", sb.toString(), result, false, Set.of(), ErrorKind.NULL, true);
  }

  /**
   * The same view as {@code p} (a {@code derivesView} primitive) without its own acquisition: a
   * borrowed result, valid while the first argument's buffer stays acquired. The runtime names
   * each such function {@code pyxc_..._borrowed}.
   */
  public static Primitive borrowedView(Primitive p) {
    if (!p.derivesView() || p.borrowedResult()) throw new IllegalArgumentException("not an owned view primitive: " + p.name());
    String fn = p.template().substring(0, p.template().indexOf('('));
    return new Primitive(p.name() + "_borrowed", fn + "_borrowed" + p.template().substring(fn.length()), p.result(), true,
        p.steals(), p.error(), true);
  }
}
