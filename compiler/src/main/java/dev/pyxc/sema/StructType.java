package dev.pyxc.sema;

import dev.pyxc.diag.Pos;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A C struct or union: its fields in declaration order, filled after every type name of the
 * module is known (so a struct may point to itself). Identity is the declaration: two structs
 * with the same fields are different types, as in C. {@code cName} is how C spells it
 * ({@code struct pyxc_s_Point} for the module's own, the header's spelling for an extern one);
 * {@code fields} is null for an opaque type only a header defines.
 */
public final class StructType {
  public final String name;
  public final String cName;
  public final boolean union;
  public final boolean packed;
  public final boolean extern;
  /** Declared {@code public} or {@code api}: C outside the module spells it and its fields by their own names. */
  public final boolean exported;
  public final Pos pos;
  /** The C names declared for fields ({@code int x "not_x"}). */
  private final Map<String, String> fieldCNames;
  Map<String, CType> fields;

  /** What kind of struct: one the source declares, a C tuple type ({@link #ctuple}), or a lock ({@link #PYMUTEX}). */
  enum Kind { DECLARED, CTUPLE, LOCK }

  private final Kind kind;

  StructType(String name, String cName, boolean union, boolean packed, boolean extern, boolean exported, Map<String, String> fieldCNames,
      Pos pos) {
    this(name, cName, union, packed, extern, exported, fieldCNames, pos, Kind.DECLARED);
  }

  private StructType(String name, String cName, boolean union, boolean packed, boolean extern, boolean exported,
      Map<String, String> fieldCNames, Pos pos, Kind kind) {
    this.kind = kind;
    this.name = name;
    this.cName = cName;
    this.union = union;
    this.packed = packed;
    this.extern = extern;
    this.exported = exported;
    this.fieldCNames = fieldCNames;
    this.pos = pos;
  }

  /** The fields in declaration order; empty for an opaque type. */
  public Map<String, CType> fields() {
    return fields == null ? Map.of() : java.util.Collections.unmodifiableMap(fields);
  }

  public boolean isOpaque() {
    return fields == null;
  }

  void define(LinkedHashMap<String, CType> fields) {
    this.fields = fields;
  }

  /** Where a struct declared first without its members was given them (null: with its declaration, or elsewhere). */
  private Pos completedAt;

  void define(LinkedHashMap<String, CType> fields, Pos at) {
    define(fields);
    if (!at.equals(pos)) completedAt = at;
  }

  /**
   * Whether a declaration at {@code at} of this file sees the struct still without its members:
   * it comes before the definition that completes a forward declaration, as in C.
   */
  public boolean incompleteAt(Pos at) {
    if (isOpaque()) return true;
    return completedAt != null && java.util.Objects.equals(completedAt.file(), at.file())
        && (completedAt.line() > at.line() || completedAt.line() == at.line() && completedAt.col() > at.col());
  }

  /**
   * How C spells a field: its declared C name, else the header's name for an extern struct and
   * the declared one for an exported one, a prefixed one for the module's own (no C keyword).
   */
  public String cField(String field) {
    String declared = fieldCNames.get(field);
    if (declared != null) return declared;
    return extern || exported ? field : "f_" + dev.pyxc.ir.CSymbols.ident(field);
  }

  /**
   * Whether values convert to and from Python dicts: every field is a number, a bint, a C string
   * ({@code char *}, bytes in Python), an array of them or such a struct. A header's struct declared without fields ({@code pass}) does not: its
   * fields are unknown (and C's jmp_buf, declared so, is not even a struct).
   */
  public boolean convertsToPython() {
    if (fields == null || extern && fields.isEmpty()) return false;
    for (CType t : fields.values()) {
      if (!(Types.isCArithmetic(t) || t instanceof CType.PyObject || t instanceof CType.Pointer p && p.isCharPtr()
          || t instanceof CType.CArray a && CPointers.convertsToPython(a)
          || t instanceof CType.Struct s && s.type().convertsToPython())) {
        return false;
      }
    }
    // A union whose C strings share it with other members (or with another kind of pointer)
    // does not convert: which member holds a string is unknown (Cython's rule).
    if (union && fields.values().stream().anyMatch(t -> t instanceof CType.Pointer)) {
      return fields.values().stream().allMatch(t -> t instanceof CType.Pointer) && new java.util.HashSet<>(fields.values()).size() == 1;
    }
    return true;
  }

  /**
   * A C tuple type {@code (int, double)}: a struct of fields {@code 0, 1, ...}. Unlike a declared
   * struct it is the same type wherever it is written with the same items (in any module, which
   * each define it under the same C name), and it converts to and from a Python tuple.
   */
  static StructType ctuple(java.util.List<CType> items) {
    String name = "(" + String.join(", ", items.stream().map(CType::name).toList()) + ")";
    StructType st = new StructType(name, "struct pyxc_ctuple_" + dev.pyxc.ir.CSymbols.ident(name), false, false, false, false, Map.of(), Pos.NONE,
        Kind.CTUPLE);
    LinkedHashMap<String, CType> fields = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) fields.put(Integer.toString(i), items.get(i));
    st.define(fields);
    return st;
  }

  public boolean isCTuple() {
    return kind == Kind.CTUPLE;
  }

  /**
   * Cython's lock types: the runtime's {@code pyxc_mutex} (one byte, unlocked when zeroed), used
   * through its address only: its methods, {@code with}, {@code &}. It is never copied (see Locks).
   */
  public static final StructType PYMUTEX = lock("cython.pymutex");
  public static final StructType PYTHREAD_LOCK = lock("cython.pythread_type_lock");

  private static StructType lock(String name) {
    StructType st = new StructType(name, "pyxc_mutex", false, false, true, false, Map.of(), Pos.NONE, Kind.LOCK);
    st.define(new LinkedHashMap<>());
    return st;
  }

  public boolean isLock() {
    return kind == Kind.LOCK;
  }

  /** A C tuple's items in order. */
  public java.util.List<CType> items() {
    return java.util.List.copyOf(fields().values());
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    return isCTuple() && o instanceof StructType s && s.isCTuple() && s.cName.equals(cName);
  }

  @Override
  public int hashCode() {
    return isCTuple() ? cName.hashCode() : System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return (union ? "union " : "struct ") + name;
  }
}
