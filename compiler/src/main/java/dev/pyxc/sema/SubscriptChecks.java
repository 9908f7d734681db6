package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Pos;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.UnaryOperator;
import java.util.List;

/**
 * Subscripts: memoryview indexing and slicing (axes selected, kept, added), a view's shape and
 * strides indexed as C arrays, objects' items and slices, and the wraparound=False warning for
 * negative constant indices.
 */
final class SubscriptChecks {
  private final FunctionChecker fn;

  SubscriptChecks(FunctionChecker fn) {
    this.fn = fn;
  }

  /** A subscript: a view's shape or strides as a C array, a view's index, or an object's item. */
  CType subscript(Expr.Subscript s) {
    // A subscript of a string literal by constants is folded at compile time in Cython: no warning.
    boolean folded = (s.obj() instanceof Expr.StrLit || s.obj() instanceof Expr.BytesLit) && Exprs.children(s.index()).stream()
        .allMatch(p -> p == null || negativeLiteral(p) != null || p instanceof Expr.IntLit);
    if (fn.recording && !fn.current.get("wraparound") && !folded) warnNegativeIndices(s.index());
    if (s.obj() instanceof Expr.Attribute a && s.index() instanceof Expr.Slice && isViewShape(a)) {
      return pointerIndex(CPointers.VIEW_SHAPE, s); // the C array it is in Cython: `n, m = x.shape[:2]`
    }
    if (s.obj() instanceof Expr.Attribute a && isViewShape(a)) {
      CType it = fn.type(s.index());
      if (it != null && !Types.isInt(it)) fn.report(s.index().pos(), "Invalid index type '" + it.name() + "'");
      return CType.SSIZE_T;
    }
    CType specialization = specialization(s);
    if (specialization == null) specialization = fn.methodPointerChecks.subscript(s);
    if (specialization != null) return specialization;
    CType t = fn.type(s.obj());
    if (t == null && !fn.recording) return null;
    CType.Buffer buffer = bufferOf(s.obj());
    if (buffer != null && isBufferElement(buffer, s)) return buffer.dtype();
    if (t instanceof CType.MemView mv) return viewIndex(mv, s);
    if (CPointers.isPointerLike(t)) return pointerIndex(t, s);
    if (s.index() instanceof Expr.Slice sl) {
      slice(sl);
    } else if (s.index() instanceof Expr.TupleExpr tup) {
      for (Expr x : tup.elts()) {
        if (x instanceof Expr.Slice sl) slice(sl);
        else fn.type(x);
      }
      if (fn.recording) fn.types.put(s.index(), CType.pyBuiltin("tuple"));
    } else if (CTuples.is(t)) {
      return ctupleItem((CType.Struct) t, s);
    } else {
      CType it = fn.type(s.index());
      CType item = Types.itemInC(t, it);
      if (item != null) return item;
      if (t instanceof CType.PyObject && CPointers.isPointerLike(it)) fn.toPython(s.index()); // (an object's key is an object)
    }
    // (A Py_UCS4 is indexed as its one-character str, as in Cython 3.)
    // (a value whose type is already an error reported is not reported again)
    if (t != null && !(t instanceof CType.PyObject) && !Types.isUcs4(t) && !(t instanceof CType.ErrorType)) {
      fn.report(s.pos(), "Attempting to index non-array type '" + t.name() + "'");
    }
    return CType.OBJECT;
  }

  /**
   * {@code f[double]} of a cdef fused function, named as a value: its specialization's address,
   * read as the specialization's own name (recorded for the IR builder); null for any other subscript.
   */
  private CType specialization(Expr.Subscript s) {
    if (!(s.obj() instanceof Expr.Name n) || fn.symbols.containsKey(n.id())) return null;
    FusedFunctions.Group g = fn.module.fused.group(n.id());
    if (g == null || !g.def().isCdef() || g.def().cdef().cpdef() || fn.module.fused.ownerOf(g) != null) return null;
    CFunction f = fn.calls.fused.specializationNamed(s, g);
    return f == null ? CType.ERROR : fn.calls.fused.standFor(s, f);
  }

  /**
   * {@code t[i]} of a C tuple: with a constant index (negative from the end), that item, read and
   * stored as the struct field it is; with any other, an item of the Python tuple it converts to.
   */
  private CType ctupleItem(CType.Struct t, Expr.Subscript s) {
    fn.type(s.index());
    java.math.BigInteger index = s.index() instanceof Expr.IntLit i ? i.value()
        : s.index() instanceof Expr.UnaryOp u && u.op() == dev.pyxc.ast.UnaryOperator.NEG && u.operand() instanceof Expr.IntLit i
        ? i.value().negate() : null;
    if (index == null) return CType.OBJECT;
    List<CType> items = t.type().items();
    int n = items.size();
    if (index.compareTo(java.math.BigInteger.valueOf(-n)) < 0 || index.compareTo(java.math.BigInteger.valueOf(n)) >= 0) {
      fn.report(s.pos(), "Index " + index + " out of bounds for '" + t.name() + "'");
      return CType.ERROR;
    }
    int i = index.signum() < 0 ? index.intValue() + n : index.intValue();
    Expr.Attribute field = new Expr.Attribute(s.obj(), Integer.toString(i), s.pos());
    if (fn.recording) fn.cythonCalls.put(s, field);
    fn.type(field);
    return items.get(i);
  }

  /** The buffer of a buffer variable ({@code np.ndarray[double] a}) of this function, or null. */
  Symbol bufferVariable(Expr e) {
    Symbol s = e instanceof Expr.Name n ? fn.symbols.get(n.id()) : null;
    return s != null && s.kind() != Symbol.Kind.FREE && Types.bufferOf(s.type()) != null ? s : null;
  }

  private CType.Buffer bufferOf(Expr e) {
    Symbol s = bufferVariable(e);
    return s == null ? null : Types.bufferOf(s.type());
  }

  /**
   * Whether a buffer variable's subscript reads its buffer: a C integer on every axis, as Cython
   * decides; any other subscript is the object's item.
   */
  private boolean isBufferElement(CType.Buffer buffer, Expr.Subscript s) {
    if (!Types.isBufferElement(buffer, s, fn::type)) return false;
    if (fn.recording && s.index() instanceof Expr.TupleExpr) fn.types.put(s.index(), CType.OBJECT);
    return true;
  }

  /**
   * {@code p[i]} of a pointer or array: the element, with a C integer index (no bounds check, as in
   * C); {@code p[a:b]} is a Python object of the elements (bytes for {@code char *}, else a list)
   * and needs its stop, since a pointer knows no length.
   */
  private CType pointerIndex(CType t, Expr.Subscript s) {
    CType elem = CPointers.element(t);
    if (elem == null && t instanceof CType.Pointer vp && vp.isVoid() && !(s.index() instanceof Expr.Slice)) {
      // Cython types p[i] of a void * as void, which nothing accepts.
      fn.type(s.index());
      return CType.VOID;
    }
    if (elem == null) {
      if (s.index() instanceof Expr.Slice sl) Exprs.children(sl).forEach(fn::type);
      else fn.type(s.index());
      fn.report(s.pos(), "Attempting to index non-array type '" + t.name() + "'");
      return CType.OBJECT;
    }
    if (s.index() instanceof Expr.Slice sl) {
      for (Expr part : Exprs.children(sl)) if (!(part instanceof Expr.NoneLit)) intIndex(part);
      boolean charPointer = elem instanceof CType.CInt ci && ci.kind() == CType.IntKind.CHAR;
      boolean stepped = !CIteration.absent(sl.step());
      if (t instanceof CType.CArray && sl.lo() == null && sl.hi() == null && sl.step() == null && !charPointer && !fn.loopIterables.contains(s)) {
        // `a[:]` of a C array is the array, as in Cython (`y[:] = x[:]` copies it).
        if (fn.recording) fn.types.put(sl, CType.OBJECT);
        return t;
      }
      if (fn.recording) fn.types.put(sl, CType.OBJECT);
      // A loop (or an `in` test) takes a slice as a C loop over its elements, as in Cython; a
      // char pointer's slice without a step is its bytes there too.
      if (fn.loopIterables.contains(s) && (stepped || !charPointer)) {
        CIteration.Problem problem = CIteration.check(s, sl, charPointer);
        if (problem != null) fn.report(problem.pos(), problem.message());
        return CPointers.decay(t);
      }
      if (stepped) fn.report(sl.step().pos(), "a step in a slice of a C pointer is not supported by pyxc");
      // A char pointer's slice without a stop ends at its NUL; no other pointer knows its length.
      // (a signed or unsigned char pointer's slice is bytes too, as in Cython)
      boolean bytePointer = elem instanceof CType.CInt ci && ci.kind().bits == 8;
      if (CIteration.absent(sl.hi()) && !bytePointer && !(t instanceof CType.CArray)) {
        fn.report(s.pos(), "Cannot convert '" + t.name() + "' to Python object");
      }
      if (bytePointer) return CType.pyBuiltin("bytes");
      fn.report(s.pos(), "Cannot convert '" + CPointers.decay(t).name() + "' to Python object");
      return CType.OBJECT;
    }
    if (s.index() instanceof Expr.TupleExpr tup) {
      tup.elts().forEach(fn::type);
      fn.report(s.index().pos(), "Invalid index type 'tuple object'");
      return elem;
    }
    intIndex(s);
    return elem;
  }

  /** An index into a pointer: any integer, or an object converted to {@code Py_ssize_t}; Cython's error at the subscript. */
  private void intIndex(Expr.Subscript s) {
    intIndex(s.index(), s.pos());
  }

  /** A bound of a pointer's slice, its error at the bound. */
  private void intIndex(Expr x) {
    intIndex(x, x.pos());
  }

  private void intIndex(Expr x, Pos at) {
    CType it = fn.type(x);
    if (it != null && !Types.isInt(it) && !(it instanceof CType.PyObject)) fn.report(at, "Invalid index type '" + it.name() + "'");
  }

  /** {@code x.shape} / {@code x.strides} of a memoryview, indexed as a C array. */
  private boolean isViewShape(Expr.Attribute a) {
    if (!a.name().equals("shape") && !a.name().equals("strides")) return false;
    CType t = fn.type(a.obj());
    if (fn.recording && t instanceof CType.MemView) fn.types.put(a, CType.OBJECT);
    return t instanceof CType.MemView;
  }

  /**
   * Indexing a memoryview: integers select (and drop) axes, slices keep them, {@code None} adds
   * one and an ellipsis stands for the axes the other items leave (a later one for none, as in
   * Cython). Integers on every axis is an element; anything else is a view.
   */
  private CType viewIndex(CType.MemView mv, Expr.Subscript s) {
    List<Expr> items = s.index() instanceof Expr.TupleExpr tup ? tup.elts() : List.of(s.index());
    long explicit = items.stream().filter(x -> !(x instanceof Expr.NoneLit) && !(x instanceof Expr.EllipsisLit)).count();
    // The kept axes as Cython types them: an axis sliced without a step (or left whole) keeps its
    // packing and access, one sliced with a step keeps its access only, a new axis is strided.
    List<CType.Packing> kept = new java.util.ArrayList<>();
    int axis = 0;
    boolean expanded = false;
    for (Expr x : items) {
      if (x instanceof Expr.NoneLit || x instanceof Expr.EllipsisLit) {
        if (fn.recording) fn.types.put(x, CType.OBJECT);
        if (x instanceof Expr.NoneLit) {
          kept.add(CType.Packing.STRIDED);
        } else if (!expanded) {
          expanded = true;
          for (long n = mv.ndim() - explicit; n > 0; n--) kept.add(mv.packing().get(axis++));
        }
      } else if (axis == mv.ndim()) {
        fn.report(x.pos(), "Too many indices specified for type " + mv.name());
        return CType.OBJECT;
      } else {
        CType.Packing p = mv.packing().get(axis++);
        if (x instanceof Expr.Slice sl) {
          kept.add(sl.step() == null ? p : p.strided());
          for (Expr part : Exprs.children(sl)) checkViewIndex(part);
          if (fn.recording) fn.types.put(sl, CType.OBJECT);
        } else {
          checkViewIndex(x);
          // (behind a kept axis, the pointers of an indirect one cannot be followed to one item)
          if (!p.direct() && !kept.isEmpty()) fn.report(x.pos(), "All preceding dimensions must be indexed and not sliced");
        }
      }
    }
    while (axis < mv.ndim()) kept.add(mv.packing().get(axis++));
    if (fn.recording && s.index() instanceof Expr.TupleExpr) fn.types.put(s.index(), CType.OBJECT);
    if (kept.isEmpty()) return mv.dtype();
    // (a contiguous axis that is no longer first or last is contiguous alone)
    for (int i = 1; i < kept.size() - 1; i++) if (kept.get(i) == CType.Packing.CONTIG) kept.set(i, CType.Packing.UNIT);
    return new CType.MemView(mv.dtype(), kept.size(), List.copyOf(kept), mv.isConst(), mv.dtypeName());
  }

  /** Cython's warning for a constant negative index (or slice start/stop) where wraparound is off. */
  private void warnNegativeIndices(Expr index) {
    List<Expr> parts = index instanceof Expr.Slice sl ? java.util.Arrays.asList(sl.lo(), sl.hi()) : List.of(index);
    for (Expr part : parts) {
      Expr literal = negativeLiteral(part);
      if (literal != null) {
        fn.diags.warning(literal.pos(), "the result of using negative indices inside of code sections marked as 'wraparound=False' is undefined");
      }
    }
  }

  /** The literal of a constant like {@code -1} or {@code -(2.0)}, when its value is negative. */
  private static Expr negativeLiteral(Expr e) {
    boolean negative = false;
    while (e instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.NEG || u.op() == UnaryOperator.POS)) {
      if (u.op() == UnaryOperator.NEG) negative = !negative;
      e = u.operand();
    }
    if (e instanceof Expr.IntLit i) return negative != (i.value().signum() < 0) && i.value().signum() != 0 ? e : null;
    if (e instanceof Expr.FloatLit f) return negative != (f.value() < 0) && f.value() != 0 ? e : null;
    return null;
  }

  private void checkViewIndex(Expr x) {
    CType t = fn.type(x);
    if (t != null && !Types.isInt(t) && !(t instanceof CType.PyObject)) {
      fn.report(x.pos(), "Invalid index for memoryview specified, type " + t.name());
    }
  }

  /** A slice of a Python object: its bounds are objects (an integer converted, a pointer refused). */
  private void slice(Expr.Slice s) {
    for (Expr x : Exprs.children(s)) {
      CType t = fn.type(x);
      if (t instanceof CType.Pointer && !CPointers.holdsChars(t)) fn.toPython(t, x.pos());
    }
    if (fn.recording) fn.types.put(s, CType.OBJECT);
  }
}
