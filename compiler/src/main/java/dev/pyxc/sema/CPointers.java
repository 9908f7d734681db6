package dev.pyxc.sema;

import java.util.List;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.sema.CType.CArray;
import dev.pyxc.sema.CType.NullPtr;
import dev.pyxc.sema.CType.Pointer;

/**
 * Cython's rules for C pointers and arrays (its CPtrType and CArrayType): which values they take,
 * what pointer arithmetic gives, and how they meet Python objects. An array used as a value is a
 * pointer to its first element, as in C.
 */
public final class CPointers {
  private CPointers() {}

  /** Whether a value is C chars: a {@code char *} (of any 8-bit integer) or an array of them, which become bytes as objects. */
  public static boolean holdsChars(CType t) {
    return t instanceof Pointer p && p.isCharPtr() || t instanceof CArray a && a.elem() instanceof CType.CInt i && i.kind().bits == 8;
  }

  /**
   * The type an in-place {@code s += v} or {@code s -= v} of a {@code char *} target gives its
   * value: Cython steps the pointer, converting an object to Py_ssize_t rather than concatenating
   * strings; {@code valueType} itself otherwise.
   */
  public static CType inPlaceOperandType(CType target, dev.pyxc.ast.BinaryOp op, CType valueType) {
    boolean step = target instanceof Pointer p && p.isCharPtr() && (op == dev.pyxc.ast.BinaryOp.ADD || op == dev.pyxc.ast.BinaryOp.SUB);
    return step && valueType instanceof CType.PyObject ? CType.SSIZE_T : valueType;
  }

  /** Whether a type is C's pointer kind: a pointer, NULL, or an array read as a value. */
  public static boolean isPointerLike(CType t) {
    return t instanceof Pointer || t instanceof CArray || t instanceof NullPtr;
  }

  /** The type of a pointer to C function {@code f} (its address). */
  public static Pointer pointerTo(CFunction f) {
    List<String> names = f.paramNames().stream().allMatch(n -> n != null && !n.isEmpty()) ? f.paramNames() : null;
    return new Pointer(new CType.Function(f.returnType(), f.params(), f.propagation(), f.errorValue(), f.except(), f.nogil(), names));
  }

  /** The pointer an array decays to; any other type as it is. */
  static CType decay(CType t) {
    return t instanceof CArray a ? a.decayed() : t;
  }

  /**
   * Cython's error for storing a {@code from} value where a {@code to} is declared, or null when
   * it may be stored. Only pairs with a pointer, NULL or an array on some side are answered here.
   */
  static final String DISCARDS_CONST = "discards const qualifier";

  static String assignError(CType from, CType to) {
    if (to instanceof Pointer p) {
      if (from instanceof NullPtr) return null;
      CType f = decay(from);
      if (f instanceof Pointer fp && fp.constTarget() && !p.constTarget() && (p.isVoid() || sameTarget(fp, p))) {
        return "Assigning to '" + to.name() + "' from '" + f.name() + "' " + DISCARDS_CONST;
      }
      if (f instanceof Pointer fp && (p.isVoid() || sameTarget(fp, p))) return null;
      if (from instanceof CType.PyObject o && p.isCharPtr() && (o.builtin() == null || o.builtin().equals("bytes") || o.builtin().equals("bytearray"))) return null;
      if (from instanceof CType.PyObject) return "Cannot convert Python object to '" + to.name() + "'";
      return cannotAssign(from, to);
    }
    if (to instanceof CArray a) {
      if (from.equals(a) || from instanceof CArray f && f.elem().equals(a.elem())) return null; // lengths: see AssignmentChecks
      // (from a pointer, the array's length of elements is copied, as in Cython)
      if (from instanceof Pointer fp && !fp.isVoid() && fp.target().equals(a.elem())) return null;
      if (from instanceof CType.PyObject && convertsToPython(a)) return null;
      if (from instanceof CType.PyObject) return "Cannot convert Python object to '" + to.name() + "'";
      return cannotAssign(from, to);
    }
    if (to instanceof CType.PyObject) {
      if (from instanceof Pointer p && p.isCharPtr()) return null;
      if (from instanceof Pointer p && p.isFunction()) return "Cannot convert '" + from.name() + "' to Python object";
      if (from instanceof CArray a && convertsToPython(a)) return null;
      return "Cannot convert '" + from.name() + "' to Python object";
    }
    if (to instanceof CType.BInt) return null; // a pointer's truth value
    return cannotAssign(from, to);
  }

  private static String cannotAssign(CType from, CType to) {
    return "Cannot assign type '" + from.name() + "' to '" + to.name() + "'";
  }

  /** Same pointed-to type, where a const target may take a non-const one (pyxc keeps no const on scalars). */
  private static boolean sameTarget(Pointer from, Pointer to) {
    if (from.target() instanceof CType.Function f && to.target() instanceof CType.Function t) return assignable(f, t);
    // (two declarations of a header's struct, `PyTypeObject` of cpython.object and of the module's
    // own extern block, are the one C type, as in Cython)
    if (from.target() instanceof CType.Struct f && to.target() instanceof CType.Struct t && f.type().extern && t.type().extern
        && f.type().cName.equals(t.type().cName)) {
      return true;
    }
    return from.target().equals(to.target());
  }

  /**
   * Cython's error for a C function of type {@code f} (named {@code designator}, or null for a
   * pointer to it) stored as the function pointer {@code to}, or null when it may be: where only
   * the exception conventions differ it says so, with its suggestion for a noexcept target.
   */
  static String functionAssignError(CType.Function f, String designator, Pointer to) {
    CType.Function t = (CType.Function) to.target();
    if (assignable(f, t)) return null;
    String error = cannotAssign(designator != null ? f : new Pointer(f), to);
    if (!f.params().equals(t.params()) || !f.result().equals(t.result()) || t.nogil() && !f.nogil()) return error;
    error += ". Exception values are incompatible.";
    if (t.propagation() != CFunction.Propagation.NONE) return error;
    return error + " Suggest adding 'noexcept' to the type of " + (designator != null ? "'" + designator + "'." : "the value being assigned.");
  }

  /**
   * Whether a function of type {@code f} may be called through a pointer of type {@code t}: the same
   * parameters and result, and every exception {@code f} raises seen by a caller that checks as
   * {@code t} says (one that raises nothing fits any), callable without the GIL when {@code t} is.
   */
  private static boolean assignable(CType.Function f, CType.Function t) {
    if (!f.params().equals(t.params()) || !f.result().equals(t.result()) || t.nogil() && !f.nogil()) return false;
    return f.except().compatibleWith(t.except());
  }

  /** A list or tuple display stored as a pointer: its items in an array of the function's. */
  public static boolean isArrayDisplay(dev.pyxc.ast.Expr value, CType wanted) {
    return wanted instanceof Pointer p && !p.isVoid()
        && (value instanceof dev.pyxc.ast.Expr.ListExpr || value instanceof dev.pyxc.ast.Expr.TupleExpr)
        && dev.pyxc.ast.Exprs.elements(value).stream().noneMatch(x -> x instanceof dev.pyxc.ast.Expr.Starred);
  }

  /**
   * A list or tuple display stored into a C array's or pointer's elements one by one (no Python
   * object made): assigned to an array of its length, or to a slice of an array or pointer.
   */
  public static boolean isMadeInPlace(dev.pyxc.ast.Expr target, dev.pyxc.ast.Expr value, java.util.function.Function<dev.pyxc.ast.Expr, CType> typeOf) {
    if (!(value instanceof dev.pyxc.ast.Expr.ListExpr || value instanceof dev.pyxc.ast.Expr.TupleExpr)) return false;
    java.util.List<dev.pyxc.ast.Expr> items = dev.pyxc.ast.Exprs.elements(value);
    if (items.stream().anyMatch(x -> x instanceof dev.pyxc.ast.Expr.Starred)) return false;
    CType t = target instanceof dev.pyxc.ast.Expr.Subscript s && s.index() instanceof dev.pyxc.ast.Expr.Slice sl && sl.step() == null
        ? typeOf.apply(s.obj()) : target instanceof dev.pyxc.ast.Expr.Name ? typeOf.apply(target) : null;
    if (t instanceof CArray a && (a.elem() instanceof CArray || target instanceof dev.pyxc.ast.Expr.Name && (!a.sizeKnown() || a.size() != items.size()))) {
      return false;
    }
    return t instanceof CArray || target instanceof dev.pyxc.ast.Expr.Subscript && t instanceof Pointer p && !p.isVoid() && !p.isFunction();
  }

  /** Arrays whose elements have Python equivalents convert to lists, and lists of the right length to them. */
  static boolean convertsToPython(CArray a) {
    return Types.isCNumeric(a.scalar()) || a.scalar() instanceof CType.Struct s && s.type().convertsToPython();
  }

  /**
   * The result of {@code l op r} when a pointer takes part (Cython's AddNode/SubNode): a pointer
   * plus or minus an integer is that pointer, the difference of two pointers a {@code ptrdiff_t}. Null when the operands are invalid.
   */
  public static CType arithmeticType(BinaryOp op, CType l, CType r) {
    CType t = arithmetic(op, l, r);
    if (t == null) throw new IllegalArgumentException("no pointer arithmetic " + l + " " + op + " " + r);
    return t;
  }

  public static CType arithmetic(BinaryOp op, CType l, CType r) {
    CType a = decay(l);
    CType b = decay(r);
    if (a instanceof Pointer pa && pa.isFunction() || b instanceof Pointer pb && pb.isFunction()) return null;
    if (op == BinaryOp.ADD && a instanceof Pointer && Types.isInt(b) && !(b instanceof CType.BInt)) return a;
    if (op == BinaryOp.ADD && b instanceof Pointer && Types.isInt(a) && !(a instanceof CType.BInt)) return b;
    if (op == BinaryOp.SUB && a instanceof Pointer && Types.isInt(b) && !(b instanceof CType.BInt)) return a;
    if (op == BinaryOp.SUB && a instanceof Pointer pa && b instanceof Pointer pb && pa.target().equals(pb.target())) {
      return new CType.CInt(CType.IntKind.PTRDIFF_T);
    }
    return null;
  }

  /** Whether two pointer-like values may be compared: same target, void, or NULL on either side. */
  static boolean comparable(CType l, CType r) {
    CType a = decay(l);
    CType b = decay(r);
    if (a instanceof NullPtr || b instanceof NullPtr) return isPointerLike(a) && isPointerLike(b);
    return a instanceof Pointer pa && b instanceof Pointer pb
        && (pa.isVoid() || pb.isVoid() || pa.target().equals(pb.target()));
  }

  /** A slice of a C array or pointer with bounds known at compile time: its first index and length. */
  public record ConstantSlice(long start, long length) {}

  /**
   * {@code p[1:4]} or {@code a[:2]} (no step) with constant bounds, as Cython unpacks it element by
   * element ({@code x, y, z = p[1:4]}); null for anything else, a {@code char *} included (its
   * slice is bytes).
   */
  public static ConstantSlice constantSlice(dev.pyxc.ast.Expr value, java.util.function.Function<dev.pyxc.ast.Expr, CType> typeOf) {
    if (!(value instanceof dev.pyxc.ast.Expr.Subscript s && s.index() instanceof dev.pyxc.ast.Expr.Slice sl) || sl.step() != null) return null;
    CType base = sliceBase(s.obj(), typeOf);
    if (element(base) == null || holdsChars(base)) return null;
    java.math.BigInteger lo = sl.lo() == null ? java.math.BigInteger.ZERO : ConstantExpressions.intValue(sl.lo());
    java.math.BigInteger hi = sl.hi() != null ? ConstantExpressions.intValue(sl.hi())
        : base instanceof CArray a && a.sizeKnown() ? java.math.BigInteger.valueOf(a.size()) : null;
    if (lo == null || hi == null || lo.signum() < 0 || hi.compareTo(lo) < 0 || hi.bitLength() > 31) return null;
    return new ConstantSlice(lo.longValue(), hi.longValue() - lo.longValue());
  }

  /** A view's {@code shape} and {@code strides}: C arrays of {@code Py_ssize_t} (of the most axes a view has). */
  public static final CArray VIEW_SHAPE = new CArray(CType.SSIZE_T, 8);

  /** What a slice of {@code obj} slices: a view's shape or strides as the C array it is, else {@code obj}'s type. */
  public static CType sliceBase(dev.pyxc.ast.Expr obj, java.util.function.Function<dev.pyxc.ast.Expr, CType> typeOf) {
    return isViewShape(obj, typeOf) ? VIEW_SHAPE : typeOf.apply(obj);
  }

  /** {@code x.shape} or {@code x.strides} of a view {@code x}. */
  public static boolean isViewShape(dev.pyxc.ast.Expr e, java.util.function.Function<dev.pyxc.ast.Expr, CType> typeOf) {
    return e instanceof dev.pyxc.ast.Expr.Attribute at && (at.name().equals("shape") || at.name().equals("strides"))
        && typeOf.apply(at.obj()) instanceof CType.MemView;
  }

  /** The element type of {@code p[i]}; null for a pointer that cannot be indexed ({@code void *}). */
  public static CType element(CType t) {
    if (t instanceof CArray a) return a.elem();
    if (t instanceof Pointer p && !p.isVoid() && !p.isFunction()) return p.target();
    return null;
  }
}
