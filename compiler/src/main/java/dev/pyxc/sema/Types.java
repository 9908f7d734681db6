package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.sema.CType.CFloat;
import dev.pyxc.sema.CType.CInt;
import dev.pyxc.sema.CType.IntKind;
import dev.pyxc.sema.CType.PyObject;
import java.util.Map;

/** Type names, arithmetic promotion and Cython's spanning-type rule for inference. */
public final class Types {
  private Types() {}

  /**
   * Cython's builtin {@code Py_buffer}, known without a cimport (Python.h's struct of the buffer
   * protocol): the one struct with an object field, {@code obj}, which holds a reference to the
   * exporter (a store into it gives up the old one, a read takes one: see StructPrimitives).
   */
  public static final StructType PY_BUFFER = pyBuffer();

  private static StructType pyBuffer() {
    StructType st = new StructType("Py_buffer", "Py_buffer", false, false, true, false, Map.of(), dev.pyxc.diag.Pos.NONE);
    java.util.LinkedHashMap<String, CType> fields = new java.util.LinkedHashMap<>();
    CType ssizePtr = new CType.Pointer(CType.SSIZE_T);
    CType voidPtr = new CType.Pointer(CType.VOID);
    fields.put("buf", voidPtr);
    fields.put("obj", CType.OBJECT);
    fields.put("len", CType.SSIZE_T);
    fields.put("itemsize", CType.SSIZE_T);
    fields.put("readonly", CType.BINT);
    fields.put("ndim", CType.INT);
    fields.put("format", new CType.Pointer(new CInt(IntKind.CHAR)));
    fields.put("shape", ssizePtr);
    fields.put("strides", ssizePtr);
    fields.put("suboffsets", ssizePtr);
    fields.put("internal", voidPtr);
    st.define(fields);
    return st;
  }

  private static final Map<String, CType> NAMED = Map.ofEntries(
      Map.entry("Py_buffer", new CType.Struct(PY_BUFFER)),
      Map.entry("char", new CInt(IntKind.CHAR)),
      Map.entry("signed char", new CInt(IntKind.SCHAR)),
      Map.entry("unsigned char", new CInt(IntKind.UCHAR)),
      Map.entry("short", new CInt(IntKind.SHORT)),
      Map.entry("signed short", new CInt(IntKind.SHORT)),
      Map.entry("unsigned short", new CInt(IntKind.USHORT)),
      Map.entry("int", new CInt(IntKind.INT)),
      Map.entry("signed int", new CInt(IntKind.INT)),
      Map.entry("signed", new CInt(IntKind.INT)),
      Map.entry("unsigned int", new CInt(IntKind.UINT)),
      Map.entry("unsigned", new CInt(IntKind.UINT)),
      Map.entry("long", new CInt(IntKind.LONG)),
      Map.entry("signed long", new CInt(IntKind.LONG)),
      Map.entry("unsigned long", new CInt(IntKind.ULONG)),
      Map.entry("long long", new CInt(IntKind.LONGLONG)),
      Map.entry("signed long long", new CInt(IntKind.LONGLONG)),
      Map.entry("unsigned long long", new CInt(IntKind.ULONGLONG)),
      // (C's longer spellings: `short int`, `unsigned long int`, `long long int`, ...)
      Map.entry("short int", new CInt(IntKind.SHORT)),
      Map.entry("signed short int", new CInt(IntKind.SHORT)),
      Map.entry("unsigned short int", new CInt(IntKind.USHORT)),
      Map.entry("long int", new CInt(IntKind.LONG)),
      Map.entry("signed long int", new CInt(IntKind.LONG)),
      Map.entry("unsigned long int", new CInt(IntKind.ULONG)),
      Map.entry("long long int", new CInt(IntKind.LONGLONG)),
      Map.entry("signed long long int", new CInt(IntKind.LONGLONG)),
      Map.entry("unsigned long long int", new CInt(IntKind.ULONGLONG)),
      Map.entry("Py_ssize_t", new CInt(IntKind.SSIZE_T)),
      Map.entry("size_t", new CInt(IntKind.SIZE_T)),
      Map.entry("Py_hash_t", new CInt(IntKind.HASH_T)),
      Map.entry("ptrdiff_t", new CInt(IntKind.PTRDIFF_T)),
      Map.entry("Py_UCS4", new CInt(IntKind.UCS4)),
      Map.entry("Py_UNICODE", new CInt(IntKind.UNICODE)),
      Map.entry("float", CType.FLOAT),
      Map.entry("double", CType.DOUBLE),
      Map.entry("long double", CType.LONGDOUBLE),
      // Cython 3 reads `complex` as a declared type as C's double complex.
      Map.entry("complex", CType.DOUBLE_COMPLEX),
      // (the cython module's spellings: cython.longdouble, cython.doublecomplex, ...)
      Map.entry("longdouble", CType.LONGDOUBLE),
      Map.entry("floatcomplex", new CType.CComplex(CType.FLOAT)),
      Map.entry("doublecomplex", CType.DOUBLE_COMPLEX),
      Map.entry("longdoublecomplex", new CType.CComplex(CType.LONGDOUBLE)),
      Map.entry("bint", CType.BINT),
      Map.entry("object", CType.OBJECT),
      Map.entry("list", CType.pyBuiltin("list")),
      Map.entry("tuple", CType.pyBuiltin("tuple")),
      Map.entry("dict", CType.pyBuiltin("dict")),
      // Python 3.15's frozendict, which Cython reads as dict before 3.15 (pyxc's output is for 3.11 to 3.14).
      Map.entry("frozendict", CType.pyBuiltin("dict")),
      Map.entry("str", CType.pyBuiltin("str")),
      // Cython 3 keeps Python 2's name as an alias of str.
      Map.entry("unicode", CType.pyBuiltin("str")),
      // Python 2's common base of str and unicode: str in Python 3, as Cython 3 types it.
      Map.entry("basestring", CType.pyBuiltin("str")),
      Map.entry("bytes", CType.pyBuiltin("bytes")),
      Map.entry("set", CType.pyBuiltin("set")),
      Map.entry("bytearray", CType.pyBuiltin("bytearray")),
      Map.entry("frozenset", CType.pyBuiltin("frozenset")),
      Map.entry("type", CType.pyBuiltin("type")),
      Map.entry("range", CType.pyBuiltin("range")),
      Map.entry("slice", CType.pyBuiltin("slice")),
      Map.entry("memoryview", CType.pyBuiltin("memoryview")),
      Map.entry("bool", CType.pyBuiltin("bool")));

  /** The buffer a variable of type {@code t} holds ({@code np.ndarray[double] a}), or null. */
  public static CType.Buffer bufferOf(CType t) {
    return t instanceof CType.PyObject p ? p.buffer() : null;
  }

  /**
   * Whether a buffer variable's subscript reads its buffer: a C integer on every axis, as Cython
   * decides ({@code typeOf} gives the indices' types); any other subscript is the object's item.
   */
  public static boolean isBufferElement(CType.Buffer buffer, dev.pyxc.ast.Expr.Subscript s,
      java.util.function.Function<dev.pyxc.ast.Expr, CType> typeOf) {
    java.util.List<dev.pyxc.ast.Expr> items = s.index() instanceof dev.pyxc.ast.Expr.TupleExpr tup ? tup.elts() : java.util.List.of(s.index());
    if (items.size() != buffer.ndim() || buffer.ndim() == 0) return false;
    for (dev.pyxc.ast.Expr x : items) {
      if (x instanceof dev.pyxc.ast.Expr.Slice || x instanceof dev.pyxc.ast.Expr.NoneLit || x instanceof dev.pyxc.ast.Expr.EllipsisLit
          || x instanceof dev.pyxc.ast.Expr.Starred) {
        return false;
      }
      if (!isInt(typeOf.apply(x))) return false;
    }
    return true;
  }

  /** The element types a memoryview may have (Cython's numeric buffer dtypes). */
  public static boolean isBufferDtype(CType t) {
    if (t instanceof CType.Fused f) return f.members().stream().allMatch(Types::isBufferDtype);
    return t instanceof CInt || t instanceof CFloat || t instanceof CType.CComplex c && c.real() instanceof CFloat;
  }

  /**
   * A struct a view can hold ({@code Point[:]}): its fields C numbers (no Py_UCS4), such structs,
   * or arrays of them of known lengths (up to 4 dimensions), as a buffer's format can describe.
   */
  public static boolean isStructDtype(CType t) {
    if (!(t instanceof CType.Struct s) || s.type().isOpaque() || s.type().union || s.type().isCTuple() || s.type().fields().isEmpty()) {
      return false;
    }
    for (CType f : s.type().fields().values()) {
      int dims = 0;
      while (f instanceof CType.CArray a) {
        if (!a.sizeKnown() || ++dims > 4) return false;
        f = a.elem();
      }
      if (f instanceof CInt i && (isUcs4(i) || i.cpdefEnum() != null)) return false;
      if (!isBufferDtype(f) && !isStructDtype(f)) return false;
    }
    return true;
  }

  /** Python objects as a view's items: any object ({@code object[:]}) or an extension type's ({@code Point[:]}); not a builtin type's. */
  public static boolean isObjectDtype(CType t) {
    return t instanceof CType.PyObject o && o.builtin() == null && o.buffer() == null;
  }

  /** Types Cython declares that pyxc does not: named as unsupported rather than unknown. */
  public static final java.util.Set<String> KNOWN_TO_CYTHON = java.util.Set.of("Py_complex");

  /** Resolves a base type spelling, or null when unknown. */
  public static CType named(String name) {
    if (name.endsWith(" complex")) {
      // `double complex`, `int complex`: a complex over any C number Cython allows.
      CType real = NAMED.get(name.substring(0, name.length() - " complex".length()));
      return real instanceof CInt i && i.cpdefEnum() == null && !isUcs4(i) || real instanceof CFloat
          ? new CType.CComplex(real) : null;
    }
    return NAMED.get(name);
  }

  public static boolean isComplex(CType t) {
    return t instanceof CType.CComplex;
  }

  /** Whether a C number is, or becomes by the usual conversions, a complex: real C numbers and complexes. */
  public static boolean isCArithmetic(CType t) {
    return isCNumeric(t) || t instanceof CType.CComplex;
  }

  /**
   * The C type a {@code U} or {@code LL} suffix makes a literal ({@code 1U} unsigned long,
   * {@code 1LL} long long, {@code 1ULL} unsigned long long), as Cython reads such a literal as C;
   * null for any other literal ({@code 1L} included), which Cython types by its value.
   */
  public static CType.CInt suffixedLiteralType(dev.pyxc.ast.Expr.IntLit lit) {
    String text = lit.text().toUpperCase(java.util.Locale.ROOT);
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == 'U' || text.charAt(end - 1) == 'L')) end--;
    String suffix = text.substring(end);
    boolean unsigned = suffix.contains("U");
    boolean longLong = suffix.contains("LL");
    if (!unsigned && !longLong) return null;
    return new CInt(longLong ? (unsigned ? CType.IntKind.ULONGLONG : CType.IntKind.LONGLONG)
        : unsigned ? CType.IntKind.ULONG : CType.IntKind.LONG);
  }

  /**
   * {@code s[i]} of a str, bytes or bytearray with a C integer index, which Cython reads in C (in
   * nogil code too): a str's code point as a Py_UCS4, a byte as an unsigned char; null for any other subscript.
   */
  public static CType itemInC(CType base, CType index) {
    boolean cIndex = index instanceof CType.CInt && !Types.isUcs4(index) || index instanceof CType.BInt;
    if (!cIndex || !(base instanceof CType.PyObject o) || o.builtin() == null) return null;
    return switch (o.builtin()) {
      case "str" -> new CType.CInt(CType.IntKind.UCS4);
      // (Cython's expression is a C int, so that -1 can signal an error, but what it infers and
      // stores is an unsigned char.)
      case "bytes", "bytearray" -> new CType.CInt(CType.IntKind.UCHAR);
      default -> null;
    };
  }

  public static boolean isInt(CType t) {
    return t instanceof CInt || t instanceof CType.BInt;
  }

  /** Whether {@code t} is Py_UCS4 (or Py_UNICODE): a C integer that is a one-character str to Python operators. */
  public static boolean isUcs4(CType t) {
    return t instanceof CInt i && (i.kind() == IntKind.UCS4 || i.kind() == IntKind.UNICODE);
  }

  public static boolean isCNumeric(CType t) {
    return t instanceof CInt || t instanceof CFloat || t instanceof CType.BInt;
  }

  /** Whether {@code t} is the soft complex of a C power (see {@link CType.CComplex}). */
  public static boolean isSoftComplex(CType t) {
    return t instanceof CType.CComplex c && c.soft();
  }

  /**
   * The C type of a binary arithmetic result on two C numeric types (Cython's
   * widest_numeric_type): floats win, then the larger int; at equal size the higher rank, and
   * unsigned over signed.
   */
  public static CType widest(CType a, CType b) {
    if (a instanceof CType.CComplex || b instanceof CType.CComplex) {
      // A complex over the widest of the real parts (int complex * float is float complex).
      CType ra = a instanceof CType.CComplex ca ? ca.real() : a;
      CType rb = b instanceof CType.CComplex cb ? cb.real() : b;
      // (soft with a C real stays soft; with a complex of its own it is that complex)
      boolean soft = !(a instanceof CType.CComplex ca && !ca.soft()) && !(b instanceof CType.CComplex cb && !cb.soft());
      return new CType.CComplex(widest(ra, rb), soft);
    }
    if (a instanceof CFloat fa && b instanceof CFloat fb) return fa.kind().compareTo(fb.kind()) >= 0 ? a : b;
    if (a instanceof CFloat) return a;
    if (b instanceof CFloat) return b;
    CInt ia = asInt(a);
    CInt ib = asInt(b);
    // C's usual arithmetic conversions promote anything narrower than int to int.
    ia = promote(ia);
    ib = promote(ib);
    if (ia.kind().bits != ib.kind().bits) return ia.kind().bits > ib.kind().bits ? ia : ib;
    if (ia.kind().rank != ib.kind().rank) return ia.kind().rank > ib.kind().rank ? ia : ib;
    return ia.kind().signed ? ib : ia;
  }

  private static CInt promote(CInt t) {
    return t.kind().bits < 32 ? new CInt(IntKind.INT) : t.plain();
  }

  private static CInt asInt(CType t) {
    return t instanceof CInt i ? i : new CInt(IntKind.INT);
  }

  /**
   * Cython's find_spanning_type: the type that can hold values of both, for inference and for
   * conditional expressions. Objects absorb everything.
   */
  public static CType spanning(CType a, CType b) {
    if (a.equals(b)) return a;
    if (a instanceof CType.NullPtr && CPointers.isPointerLike(b)) return CPointers.decay(b);
    if (b instanceof CType.NullPtr && CPointers.isPointerLike(a)) return CPointers.decay(a);
    if (CPointers.decay(a).equals(CPointers.decay(b))) return CPointers.decay(a);
    if (CPointers.decay(a) instanceof CType.Pointer pa && CPointers.decay(b) instanceof CType.Pointer pb) {
      // The pointer that takes the other as it is; for unrelated pointers, void * (Cython's rule).
      if (CPointers.assignError(pb, pa) == null) return pa;
      if (CPointers.assignError(pa, pb) == null) return pb;
      return new CType.Pointer(CType.VOID);
    }
    if (a instanceof CType.MemView || b instanceof CType.MemView) return CType.OBJECT;
    if (a instanceof PyObject pa && b instanceof PyObject pb) {
      return CType.OBJECT;
    }
    if (a instanceof PyObject || b instanceof PyObject) return CType.OBJECT;
    if (a instanceof CType.BInt && b instanceof CType.BInt) return a;
    if (isCArithmetic(a) && isCArithmetic(b) && (isComplex(a) || isComplex(b))) {
      return widest(a instanceof CType.BInt ? CType.INT : a, b instanceof CType.BInt ? CType.INT : b);
    }
    if (isCNumeric(a) && isCNumeric(b)) {
      if (a instanceof CType.BInt) return b instanceof CType.BInt ? a : widest(CType.INT, b);
      if (b instanceof CType.BInt) return widest(a, CType.INT);
      return widest(a, b);
    }
    return CType.OBJECT;
  }

  /**
   * Cython's independent_spanning_type, for {@code a or b} and {@code x if c else y}: a type
   * that can hold either value without changing what it is. A bint beside another number must
   * stay able to become a Python bool, so that pair is an object.
   */
  public static CType independentSpanning(CType a, CType b) {
    if (a.equals(b)) return a;
    if ((a instanceof CType.BInt || b instanceof CType.BInt) && isCNumeric(a) && isCNumeric(b)) return CType.OBJECT;
    // (a complex beside a real number, too: `z if c else 0.0` keeps each value what it is)
    if ((isComplex(a) || isComplex(b)) && isCArithmetic(a) && isCArithmetic(b)) return CType.OBJECT;
    return spanning(a, b);
  }

  /**
   * Whether a value of this type has a Python object form: numbers, objects, views, char
   * pointers, arrays of numbers and structs of such fields. Other pointers have none.
   */
  public static boolean convertsToPython(CType t) {
    if (t instanceof CType.Pointer p) return p.isCharPtr();
    if (t instanceof CType.CArray a) return CPointers.convertsToPython(a);
    if (t instanceof CType.Struct s) return s.type().convertsToPython();
    return !(t instanceof CType.NullPtr || t instanceof CType.Void || t instanceof CType.ErrorType);
  }

  /** The Python builtin an inferred C type stands for once it must become an object. */
  public static CType pythonEquivalent(CType t) {
    if (t instanceof CInt) return CType.pyBuiltin("int");
    if (t instanceof CFloat) return CType.pyBuiltin("float");
    if (t instanceof CType.CComplex) return CType.pyBuiltin("complex");
    if (t instanceof CType.BInt) return CType.pyBuiltin("bool");
    return CType.OBJECT;
  }
  /**
   * The view of {@code v is None}, {@code v is not None}, {@code v == None} or {@code v != None}
   * (either side), which Cython compiles as a test of the view alone; null for other comparisons.
   */
  public static Expr viewComparedWithNone(Expr.Compare c, java.util.function.Function<Expr, CType> types) {
    if (c.ops().size() != 1) return null;
    dev.pyxc.ast.CompareOp op = c.ops().get(0);
    if (op != dev.pyxc.ast.CompareOp.IS && op != dev.pyxc.ast.CompareOp.IS_NOT && op != dev.pyxc.ast.CompareOp.EQ && op != dev.pyxc.ast.CompareOp.NE) return null;
    Expr l = c.first(), r = c.rest().get(0);
    if (r instanceof Expr.NoneLit && types.apply(l) instanceof CType.MemView) return l;
    if (l instanceof Expr.NoneLit && types.apply(r) instanceof CType.MemView) return r;
    return null;
  }


  /** The header typedef a C number was declared as (its size is the header's), or null. */
  public static String headerTypedef(CType t) {
    return t instanceof CType.CInt i && i.cpdefEnum() == null ? i.typedefName() : t instanceof CType.CFloat f ? f.typedefName() : null;
  }
}
