package dev.pyxc.sema;

/**
 * The types sema works with: C scalars, Python objects, and typed memoryviews. {@link #name()}
 * is the spelling Cython uses in its messages ({@code 'double'}, {@code 'Python object'}).
 */
public sealed interface CType {
  String name();

  /** Whether values of this type carry a reference that the ownership IR must balance. */
  default boolean isRefcounted() {
    return false;
  }

  default boolean isNumeric() {
    return this instanceof CInt || this instanceof CFloat || this instanceof BInt;
  }

  /** C integer kinds with their C spelling, signedness and bit width on LP64. */
  enum IntKind {
    CHAR("char", true, 8, 0), SCHAR("signed char", true, 8, 0), UCHAR("unsigned char", false, 8, 0),
    SHORT("short", true, 16, 1), USHORT("unsigned short", false, 16, 1),
    INT("int", true, 32, 2), UINT("unsigned int", false, 32, 2),
    LONG("long", true, 64, 3), ULONG("unsigned long", false, 64, 3),
    LONGLONG("long long", true, 64, 4), ULONGLONG("unsigned long long", false, 64, 4),
    SSIZE_T("Py_ssize_t", true, 64, 5), SIZE_T("size_t", false, 64, 5), HASH_T("Py_hash_t", true, 64, 5),
    PTRDIFF_T("ptrdiff_t", true, 64, 5),
    /** A Unicode code point: a C integer in C arithmetic and comparisons, a one-character str as an object. */
    UCS4("Py_UCS4", false, 32, 2),
    /** Cython's deprecated Py_UNICODE: a Py_UCS4 in every rule, C's wchar_t in the generated code (CPython's own typedef is deprecated). */
    UNICODE("Py_UNICODE", false, 32, 2);

    public final String cName;
    public final boolean signed;
    public final int bits;
    /** Cython's rank for picking the wider of two types of equal size. */
    public final int rank;

    IntKind(String cName, boolean signed, int bits, int rank) {
      this.cName = cName;
      this.signed = signed;
      this.bits = bits;
      this.rank = rank;
    }
  }

  /**
   * A C integer; {@code cpdefEnum} names the {@code cpdef enum} whose values it holds (its Python
   * form is that enum's member), null for any other integer; {@code typedefName} the extern
   * typedef it was declared as ({@code npy_int8}, libc's {@code int64_t}), which Cython's
   * conversion errors name and {@code sizeof} measures (the header's may differ from what Cython
   * was told), null for a C type named as such. The typedef is not part of the type (equals
   * ignores it): a header's typedef of {@code long} is a {@code long} here.
   */
  record CInt(IntKind kind, String cpdefEnum, String typedefName) implements CType {
    public CInt(IntKind kind) {
      this(kind, null, null);
    }

    public CInt(IntKind kind, String cpdefEnum) {
      this(kind, cpdefEnum, null);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CInt i && kind == i.kind && java.util.Objects.equals(cpdefEnum, i.cpdefEnum);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, cpdefEnum);
    }

    @Override
    public String name() {
      return cpdefEnum != null ? cpdefEnum : kind.cName;
    }

    /** The plain integer type (arithmetic on enum values gives integers). */
    public CInt plain() {
      return cpdefEnum == null ? this : new CInt(kind);
    }
  }

  /** C floating kinds with their C spelling and their buffer format character. */
  enum FloatKind {
    FLOAT("float", "f"), DOUBLE("double", "d"), LONGDOUBLE("long double", "g");

    public final String cName;
    public final String format;

    FloatKind(String cName, String format) {
      this.cName = cName;
      this.format = format;
    }
  }

  /**
   * A C floating type; {@code typedefName} the extern typedef it was declared as, whose size is the
   * header's (a view of it reads items of that size), null otherwise; not part of the type.
   */
  record CFloat(FloatKind kind, String typedefName) implements CType {
    public CFloat(FloatKind kind) {
      this(kind, null);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CFloat f && kind == f.kind;
    }

    @Override
    public int hashCode() {
      return kind.hashCode();
    }

    @Override
    public String name() {
      return kind.cName;
    }
  }

  /**
   * A C complex number over {@code real} (a C float or, as Cython allows, a C integer): C99's
   * {@code _Complex} in the generated code, Python's {@code complex} as an object. A {@code soft} one is what Cython 3 makes of {@code a ** b} on C floats
   * that may be complex (a negative base, an exponent that may not be whole): a double complex
   * that converts to a C number when its imaginary part is zero (TypeError otherwise) and to a
   * Python float rather than a complex when it is.
   */
  record CComplex(CType real, boolean soft) implements CType {
    public CComplex(CType real) {
      this(real, false);
    }

    @Override
    public String name() {
      return (soft ? "soft " : "") + real.name() + " complex";
    }
  }

  record BInt() implements CType {
    @Override
    public String name() {
      return "bint";
    }
  }

  /**
   * A Python object. {@code builtin} names a known exact builtin type ({@code int}, {@code float},
   * {@code str}, ...) when sema knows it; {@code extType} names an extension type of the module
   * (an instance of it or of a subtype, or None); both null for any object. {@code buffer} is set
   * on the type of a variable declared with a buffer type ({@code np.ndarray[double, ndim=2] a}),
   * which holds its object's buffer acquired while it holds the object; not part of the type
   * (equals ignores it): such a variable is an object of its base type everywhere else.
   */
  record PyObject(String builtin, String extType, Buffer buffer) implements CType {
    public PyObject(String builtin) {
      this(builtin, null, null);
    }

    public PyObject(String builtin, String extType) {
      this(builtin, extType, null);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof PyObject p && java.util.Objects.equals(builtin, p.builtin) && java.util.Objects.equals(extType, p.extType);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(builtin, extType);
    }

    @Override
    public String name() {
      return extType != null ? extType : builtin == null ? "Python object" : builtin + " object";
    }

    /** Whether this is an extension type, whose fields and cdef methods compiled code reaches directly. */
    public boolean isExtType() {
      return extType != null;
    }

    /** The object type alone, as a value read from a buffer variable is typed anywhere else. */
    public PyObject withoutBuffer() {
      return buffer == null ? this : new PyObject(builtin, extType);
    }

    @Override
    public boolean isRefcounted() {
      return true;
    }
  }

  /**
   * What a buffer variable asks of its object's buffer: its item type (and the typedef it was
   * written as, for messages), its number of dimensions, its mode ({@code "full"}, {@code "strided"},
   * {@code "c"}, {@code "fortran"}) and whether negative indices count from the end.
   */
  /** {@code cast}: Cython's {@code cast=True}, the buffer's items read as the dtype whatever their format (of its size). */
  record Buffer(CType dtype, String dtypeName, int ndim, String mode, boolean negativeIndices, boolean cast) {
    /** The view the variable's buffer is indexed through: contiguous as the mode asks. */
    public MemView view() {
      java.util.List<Packing> packing = new java.util.ArrayList<>(java.util.Collections.nCopies(ndim, Packing.STRIDED));
      if (ndim > 0 && mode.equals("c")) packing.set(ndim - 1, Packing.CONTIG);
      if (ndim > 0 && mode.equals("fortran")) packing.set(0, Packing.CONTIG);
      return new MemView(dtype, ndim, java.util.List.copyOf(packing), false, dtypeName);
    }
  }

  /**
   * How one axis of a view type constrains the buffer: any stride ({@code :}), part of a C or
   * Fortran contiguous whole ({@code ::1} on the last or first axis), or unit stride on this axis
   * alone ({@code ::view.contiguous} in a view of more than one dimension); or an axis that may
   * hold pointers to what follows it ({@code ::view.generic}), that must ({@code ::view.indirect}),
   * and must with pointers side by side ({@code ::view.indirect_contiguous}).
   */
  enum Packing {
    STRIDED(":"), CONTIG("::1"), UNIT("::contiguous"), GENERIC("::generic"), INDIRECT("::indirect"),
    INDIRECT_CONTIG("::indirect_contiguous");

    public final String spelling;

    Packing(String spelling) {
      this.spelling = spelling;
    }

    /** Items reached by stride alone, never through a pointer (Cython's 'direct' access). */
    public boolean direct() {
      return this == STRIDED || this == CONTIG || this == UNIT;
    }

    /** Items always reached through a pointer (Cython's 'ptr' access). */
    public boolean indirect() {
      return this == INDIRECT || this == INDIRECT_CONTIG;
    }

    /** The same access with any stride: what an axis sliced with a step becomes. */
    public Packing strided() {
      return direct() ? STRIDED : indirect() ? INDIRECT : GENERIC;
    }
  }

  /**
   * A typed memoryview ({@code double[:]}, {@code const int[:, ::1]}): a slice struct that holds
   * one acquisition of a buffer. Refcounted like an object: copies acquire, deaths release.
   * {@code dtypeName} is the typedef the item type was written as ({@code float64_t}), which
   * Cython's buffer errors name, null when written as the C type; not part of the type (equals
   * ignores it): {@code float64_t[:]} is {@code double[:]}.
   */
  record MemView(CType dtype, int ndim, java.util.List<Packing> packing, boolean isConst, String dtypeName) implements CType {
    public MemView(CType dtype, int ndim, java.util.List<Packing> packing, boolean isConst) {
      this(dtype, ndim, packing, isConst, null);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MemView v && dtype.equals(v.dtype) && ndim == v.ndim && packing.equals(v.packing) && isConst == v.isConst;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(dtype, ndim, packing, isConst);
    }

    @Override
    public String name() {
      // (Cython names a view of objects 'object[:]')
      StringBuilder sb = new StringBuilder(isConst ? "const " : "").append(dtype instanceof PyObject o && o.extType() == null ? "object" : dtype.name())
          .append('[');
      for (int i = 0; i < ndim; i++) {
        if (i > 0) sb.append(", ");
        sb.append(packing.get(i).spelling);
      }
      return sb.append(']').toString();
    }

    @Override
    public boolean isRefcounted() {
      return true;
    }

    /** The same view type with {@code n} dimensions, all strided (what indexing and slicing give). */
    public MemView withNdim(int n) {
      return new MemView(dtype, n, java.util.Collections.nCopies(n, Packing.STRIDED), isConst, dtypeName);
    }

    /** The axes reversed ({@code x.T}): a C-contiguous view's transpose is Fortran-contiguous. */
    public MemView transposed() {
      java.util.List<Packing> reversed = new java.util.ArrayList<>(packing);
      java.util.Collections.reverse(reversed);
      return new MemView(dtype, ndim, java.util.List.copyOf(reversed), isConst, dtypeName);
    }

    /** C contiguous ({@code [:, ::1]}); a one-dimensional {@code [::1]} counts as C. */
    public boolean isCContiguous() {
      return packing.get(ndim - 1) == Packing.CONTIG && packing.subList(0, ndim - 1).stream().allMatch(p -> p == Packing.STRIDED);
    }

    public boolean isFContiguous() {
      return ndim > 1 && packing.get(0) == Packing.CONTIG && packing.subList(1, ndim).stream().allMatch(p -> p == Packing.STRIDED);
    }

    /** Whether some axis may hold pointers (its items are then reached through them). */
    public boolean mayBeIndirect() {
      return !packing.stream().allMatch(Packing::direct);
    }

    /**
     * Whether a value of type {@code from} may be stored here as it is (Cython's conformance of
     * view types): a const view accepts a mutable one; a generic axis any axis, a strided one a
     * direct one, an indirect one an indirect one; a unit-stride axis one that has unit stride
     * there, a contiguous axis only a contiguous one.
     */
    public boolean accepts(MemView from) {
      if (!dtype.equals(from.dtype) || ndim != from.ndim || (from.isConst && !isConst)) return false;
      if (packing.equals(from.packing)) return true;
      for (int i = 0; i < ndim; i++) {
        Packing have = from.packing.get(i);
        boolean ok = switch (packing.get(i)) {
          case GENERIC -> true;
          case STRIDED -> have.direct();
          case INDIRECT -> have.indirect();
          case INDIRECT_CONTIG -> have == Packing.INDIRECT_CONTIG;
          case CONTIG -> have == Packing.CONTIG;
          case UNIT -> have == Packing.UNIT || have == Packing.CONTIG;
        };
        if (!ok) return false;
      }
      return true;
    }
  }

  /**
   * A C pointer. Not refcounted: a pointer to an object or into a buffer owns nothing, so what it
   * points to must be kept alive by an owner the IR knows (Cython's rule, checked where Cython
   * checks it: pointers taken from temporaries are refused at compile time).
   */
  record Pointer(CType target, boolean constTarget) implements CType {
    public Pointer(CType target) {
      this(target, false);
    }

    @Override
    public String name() {
      if (target instanceof Function f) {
        return f.result().name() + (f.result() instanceof Pointer ? "(*)(" : " (*)(") + f.paramNames() + ")" + f.exceptName() + (f.nogil() ? " nogil" : "");
      }
      if (target instanceof CArray a) return a.display("(*)"); // a pointer to an array: `float (*)[42]`, as C declares it
      String t = (constTarget ? "const " : "") + target.name();
      return target instanceof Pointer ? t + "*" : t + " *";
    }

    /** The same pointer, its target writable: what a cast to a non-const pointer makes. */
    public Pointer withoutConst() {
      return new Pointer(target);
    }

    /** A pointer to a C function: called, compared, stored, but never indexed or moved. */
    public boolean isFunction() {
      return target instanceof Function;
    }

    public boolean isVoid() {
      return target instanceof Void;
    }

    /** {@code char *}, {@code const char *}, {@code unsigned char *}: converts to and from bytes. */
    public boolean isCharPtr() {
      return target instanceof CInt i && i.kind().bits == 8;
    }
  }

  /**
   * A C function's type, as a pointer to it is declared ({@code int (*)(int) except? -1}): what
   * calls through the pointer pass and how they learn of an exception.
   */
  /**
   * A C function's type. {@code argNames} are its parameters' names where it was declared with
   * them ({@code ctypedef int (*cmp_t)(int a, int b)}, a cdef function's address), which a call
   * through a pointer to it may give as keywords; null when unnamed. They are not part of the
   * type: equality and the name ignore them, as C's do.
   */
  record Function(CType result, java.util.List<CType> params, CFunction.Propagation propagation, String errorValue, ExceptClause except,
      boolean nogil, java.util.List<String> argNames) implements CType {
    public Function(CType result, java.util.List<CType> params, CFunction.Propagation propagation, String errorValue, ExceptClause except,
        boolean nogil) {
      this(result, params, propagation, errorValue, except, nogil, null);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Function f && result.equals(f.result) && params.equals(f.params) && propagation == f.propagation
          && java.util.Objects.equals(errorValue, f.errorValue) && except.equals(f.except) && nogil == f.nogil;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(result, params, propagation, errorValue, except, nogil);
    }

    @Override
    public String name() {
      return result.name() + (result instanceof Pointer ? "(" : " (") + paramNames() + ")" + exceptName() + (nogil ? " nogil" : "");
    }

    String paramNames() {
      return params.isEmpty() ? "void" : String.join(", ", params.stream().map(CType::name).toList());
    }

    /** Cython's spelling of the exception convention in a type's name (none for an object result). */
    String exceptName() {
      return result instanceof PyObject || result instanceof MemView ? "" : except.spelling();
    }
  }

  /**
   * Cython's exception clause of a C function type: its exception value (null: none) and whether
   * a caller also checks for a set exception ({@code except? v}, {@code except *}). It is what the
   * type's name shows and what decides whether one function may be stored as a pointer of another.
   */
  record ExceptClause(String value, boolean check) {
    public static final ExceptClause NOEXCEPT = new ExceptClause(null, false);

    String spelling() {
      if (value == null) return check ? " except *" : " noexcept";
      return check ? " except? " + value : " except " + value;
    }

    /**
     * Cython's rule for calling a function that raises as this clause says through a pointer
     * declared with {@code target}: a target that always checks takes anything; otherwise the
     * values must agree, and a check the target does not make may not be needed.
     */
    boolean compatibleWith(ExceptClause target) {
      if (target.check && target.value == null) return true;
      if (target.check && value == null && !check) return true;
      return java.util.Objects.equals(value, target.value) && (!check || target.check);
    }
  }

  /** A C struct or union value (a copy on assignment, as in C); see {@link StructType}. */
  record Struct(StructType type) implements CType {
    @Override
    public String name() {
      return type.name;
    }
  }

  /** {@code NULL}: assignable to every pointer, and nothing else; Cython's messages call it {@code void *}. */
  record NullPtr() implements CType {
    @Override
    public String name() {
      return "void *";
    }
  }

  /**
   * A C array of {@code size} elements: storage, not a value. Read as a value it is its first
   * element's address (C's decay); it converts to a Python list, and a list or tuple of exactly
   * {@code size} items converts to it.
   */
  /**
   * A C array: {@code size} elements, or, where its size is written as a name C knows
   * ({@code int a[N]} of an enum constant, a header's macro, {@code sizeof(int)}), {@code cSize},
   * that C expression, with {@code size} -1. Cython leaves such a size to C: pyxc does not count
   * on its value when compiling, and checks lengths against it at run time.
   */
  record CArray(CType elem, int size, String cSize) implements CType {
    public CArray(CType elem, int size) {
      this(elem, size, null);
    }

    /** An array whose length is not given ({@code int []}): a declaration of one is incomplete, as in C. */
    public static CArray incomplete(CType elem) {
      return new CArray(elem, -1, "");
    }

    public boolean isIncomplete() {
      return "".equals(cSize);
    }

    @Override
    public String name() {
      return display("");
    }

    /**
     * The type as C declares it around {@code entity} (Cython's display of a type): the lengths
     * outermost first ({@code double [3][4]}), a pointer item's star against them ({@code int *[3]}).
     */
    String display(String entity) {
      StringBuilder dims = new StringBuilder(entity);
      CType base = this;
      while (base instanceof CArray a) {
        dims.append('[').append(a.cSize != null ? a.cSize : Integer.toString(a.size)).append(']');
        base = a.elem;
      }
      return base instanceof Pointer && !(((Pointer) base).target() instanceof CArray) ? base.name() + dims : base.name() + " " + dims;
    }

    /** Whether the length is known when compiling ({@code size}); else only C knows it ({@code cSize}). */
    public boolean sizeKnown() {
      return cSize == null;
    }

    /** The length as C spells it. */
    public String length() {
      return cSize != null ? "(" + cSize + ")" : Integer.toString(size);
    }

    /** The same length of another element type. */
    public CArray withElem(CType e) {
      return new CArray(e, size, cSize);
    }

    /** The pointer this array decays to. */
    public Pointer decayed() {
      return new Pointer(elem);
    }

    /** The innermost element type ({@code double} of {@code double [3][4]}). */
    public CType scalar() {
      return elem instanceof CArray a ? a.scalar() : elem;
    }

    /** The view Cython takes of the array's memory: its scalar type, C-contiguous ({@code double[:, ::1]}). */
    public MemView asView() {
      int n = 1;
      for (CType t = elem; t instanceof CArray a; t = a.elem) n++;
      java.util.List<Packing> packing = new java.util.ArrayList<>(java.util.Collections.nCopies(n - 1, Packing.STRIDED));
      packing.add(Packing.CONTIG);
      return new MemView(scalar(), n, packing, false);
    }
  }

  /**
   * The type of an expression whose error has been reported (Cython's error_type): accepted
   * everywhere, so that one mistake gives one message. Never reaches the IR, which only a
   * module without errors gets to.
   */
  record ErrorType() implements CType {
    @Override
    public String name() {
      return "<error>";
    }
  }

  /** The type of an expression whose value is unused or absent (statement calls of C procedures). */
  record Void() implements CType {
    @Override
    public String name() {
      return "void";
    }
  }

  /**
   * A fused type ({@code ctypedef fused}, {@code cython.floating}): a function that takes one is
   * compiled once per member, each time with the member in its place (see {@link FusedTypes}).
   * No value has this type. {@code memberNames}: each member as written (a typedef by its own
   * name), which is how {@code __signatures__} names it.
   */
  record Fused(String name, java.util.List<CType> members, java.util.List<String> memberNames) implements CType {
    public Fused(String name, java.util.List<CType> members) {
      this(name, members, members.stream().map(CType::name).toList());
    }
  }

  CType OBJECT = new PyObject(null);
  CType DOUBLE = new CFloat(FloatKind.DOUBLE);
  CType FLOAT = new CFloat(FloatKind.FLOAT);
  CType LONGDOUBLE = new CFloat(FloatKind.LONGDOUBLE);
  CType DOUBLE_COMPLEX = new CComplex(DOUBLE);
  CType BINT = new BInt();
  CType LONG = new CInt(IntKind.LONG);
  CType INT = new CInt(IntKind.INT);
  CType SSIZE_T = new CInt(IntKind.SSIZE_T);
  CType VOID = new Void();
  CType NULL_PTR = new NullPtr();
  CType ERROR = new ErrorType();
  CType SIZE_T = new CInt(IntKind.SIZE_T);

  /**
   * Initializes CType before compiles run on several threads: its constants construct its
   * records, whose own initialization needs CType's, a cycle two threads starting at once could
   * deadlock on (one in CType's, one in CInt's).
   */
  static void initializeOnThisThread() {
    java.util.Objects.requireNonNull(OBJECT);
  }

  static CType pyBuiltin(String name) {
    return new PyObject(name);
  }

  static PyObject extType(String className) {
    return new PyObject(null, className);
  }
}
