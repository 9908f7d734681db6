package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.PointerPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import java.math.BigInteger;
import java.util.List;

/**
 * C pointers and arrays: addresses, element reads and writes through a pointer or in an array,
 * slices of pointers as Python objects, {@code sizeof}, array copies and the conversions between
 * arrays and Python sequences. None of it owns a reference: a pointer is a C value, and an array
 * variable is storage its register names.
 */
final class PointerLowering {
  private final FunctionBuilder fb;

  PointerLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** {@code &x}, {@code &p[i]}, {@code &m[i, j]}. */
  Register addressOf(Expr.AddressOf a) {
    return address(a.operand(), (CType.Pointer) fb.typeOf(a), a.pos());
  }

  /** The address of a place (of type {@code t}), as {@code &x} takes it. */
  Register address(Expr x, CType.Pointer t, Pos pos) {
    if (x instanceof Expr.Subscript s && fb.typeOf(s.obj()) instanceof CType.MemView mv) {
      return fb.views.elementAddress(s, mv);
    }
    if (x instanceof Expr.Subscript s && s.obj() instanceof Expr.Attribute at && (at.name().equals("shape") || at.name().equals("strides"))
        && fb.typeOf(at.obj()) instanceof CType.MemView) {
      return fb.views.shapeItemAddress(s, at);
    }
    if (x instanceof Expr.Subscript s) {
      Register base = fb.expr(s.obj());
      return fb.call(PointerPrimitives.offset(t), pos, base, index(s.index()));
    }
    if (x instanceof Expr.Attribute at && fb.structs.isField(at)) return fb.structs.address(at, t);
    if (x instanceof Expr.Attribute at) return fb.classes.fieldAddress(at, fb.classes.fieldOwner(at), t);
    Expr.Name n = (Expr.Name) x;
    if (fb.closures.handles(n.id())) return fb.closures.address(n.id(), t, pos);
    if (!fb.vars.containsKey(n.id()) && t.isFunction() && fb.outer.info.cfunctions().containsKey(n.id())) return fb.expr(x);
    if (!fb.vars.containsKey(n.id()) && fb.outer.info.externVariables().containsKey(n.id())) {
      return fb.call(PointerPrimitives.externAddress(fb.outer.info.externVariables().get(n.id()).cName(), t), pos);
    }
    if (!fb.vars.containsKey(n.id())) {
      return fb.call(dev.pyxc.ir.ModuleVariablePrimitives.address(fb.outer.info.variables().get(n.id()), t), pos);
    }
    return fb.call(PointerPrimitives.addressOf(t), pos, fb.vars.get(n.id()));
  }

  /** An index into a pointer: a C integer as it is, an object converted to {@code Py_ssize_t}. */
  private Register index(Expr e) {
    CType t = fb.typeOf(e);
    return t instanceof CType.CInt ? fb.expr(e) : fb.exprAs(e, CType.SSIZE_T);
  }

  /** {@code p[i]}, or {@code p[lo:hi]} as bytes ({@code char *}) or a list. */
  Register subscript(Expr.Subscript s) {
    if (s.index() instanceof Expr.Slice && fb.typeOf(s) instanceof CType.CArray) return fb.expr(s.obj()); // `a[:]`: the array itself
    Register base = fb.expr(s.obj());
    if (s.index() instanceof Expr.Slice sl) return slice(s, sl, base);
    CType elem = dev.pyxc.sema.CPointers.element(fb.typeOf(s.obj()));
    return fb.call(PointerPrimitives.load(elem), s.pos(), base, index(s.index()));
  }

  /** The elements of a slice with constant bounds ({@code p[1:4]}), each read into its own register. */
  List<Register> sliceElements(Expr.Subscript s, dev.pyxc.sema.CPointers.ConstantSlice slice) {
    Register base = s.obj() instanceof Expr.Attribute a && dev.pyxc.sema.CPointers.isViewShape(a, fb::typeOf)
        ? fb.call(a.name().equals("shape") ? dev.pyxc.ir.ViewPrimitives.MV_SHAPE_ARRAY : dev.pyxc.ir.ViewPrimitives.MV_STRIDES_ARRAY, a.pos(), fb.views.viewForAttribute(a))
        : fb.expr(s.obj());
    CType elem = dev.pyxc.sema.CPointers.element(dev.pyxc.sema.CPointers.sliceBase(s.obj(), fb::typeOf));
    List<Register> items = new java.util.ArrayList<>();
    for (long i = 0; i < slice.length(); i++) {
      items.add(fb.call(PointerPrimitives.load(elem), s.pos(), base, fb.cConst(BigInteger.valueOf(slice.start() + i), CType.SSIZE_T)));
    }
    return items;
  }

  private Register slice(Expr.Subscript s, Expr.Slice sl, Register base) {
    Register[] bounds = sliceBounds(s, sl, base);
    Register lo = bounds[0];
    Register hi = bounds[1];
    // (Only a char pointer's slice is a value; sema refuses any other outside a C loop, as Cython does.)
    return charsToObject(base, new PointerPrimitives.Chars.Slice(), fb.directives.stringType(), s.pos(), lo, hi);
  }

  /** {@code p[lo:hi]}'s bounds: 0 and the array's size, or the C string's length, where absent. */
  private Register[] sliceBounds(Expr.Subscript s, Expr.Slice sl, Register base) {
    Register lo = absent(sl.lo()) ? fb.cConst(BigInteger.ZERO, CType.SSIZE_T) : fb.exprAs(sl.lo(), CType.SSIZE_T);
    Register hi = !absent(sl.hi()) ? fb.exprAs(sl.hi(), CType.SSIZE_T)
        : fb.typeOf(s.obj()) instanceof CType.CArray a ? length(a, s.pos())
        : fb.call(PointerPrimitives.STRLEN, s.pos(), base);
    return new Register[] {lo, hi};
  }

  /** An array's length as a register: its size, or what C makes of the name of it. */
  Register length(CType.CArray a, Pos pos) {
    return a.sizeKnown() ? fb.cConst(BigInteger.valueOf(a.size()), CType.SSIZE_T) : fb.call(PointerPrimitives.arrayLength(a), pos);
  }

  /** A slice bound left out, or None. */
  private static boolean absent(Expr bound) {
    return bound == null || bound instanceof Expr.NoneLit;
  }

  /** {@code p[i] = v}; {@code a[:] = v} of an array stores into all of it. */
  void store(Expr.Subscript s, Register value, Pos pos) {
    if (s.index() instanceof Expr.Slice && fb.typeOf(s.obj()) instanceof CType.CArray a) {
      storeArray(fb.expr(s.obj()), a, value, pos);
      return;
    }
    CType elem = dev.pyxc.sema.CPointers.element(fb.typeOf(s.obj()));
    Register base = fb.expr(s.obj());
    Register i = index(s.index());
    if (elem instanceof CType.CArray a) {
      // `p[0] = y` of a pointer to an array: the array it points to is filled, as C copies an array's elements.
      storeArray(fb.call(PointerPrimitives.load(elem), s.pos(), base, i), a, value, pos);
      return;
    }
    fb.call(PointerPrimitives.STORE, s.pos(), base, i, fb.coerce(value, elem, pos));
  }

  /** {@code a[lo:hi]} of a C array or pointer as an assignment's target, other than a whole array's {@code a[:]}. */
  boolean isPartOfArray(Expr target) {
    return target instanceof Expr.Subscript s && s.index() instanceof Expr.Slice sl && dev.pyxc.sema.CPointers.isPointerLike(fb.typeOf(s.obj()))
        && !(fb.typeOf(s.obj()) instanceof CType.CArray && absent(sl.lo()) && absent(sl.hi()));
  }

  /**
   * {@code a[lo:hi] = v} of a C array or pointer (Cython's slice assignment): the value first, then
   * the bounds (lo 0, hi the array's length, or for a pointer the value's); a display or array of
   * n elements needs a slice of n (ValueError otherwise), a pointer gives the slice's length of
   * its elements.
   */
  void storePart(Expr.Subscript s, Expr value) {
    Expr.Slice sl = (Expr.Slice) s.index();
    CType baseType = fb.typeOf(s.obj());
    CType elem = dev.pyxc.sema.CPointers.element(baseType);
    List<Expr> items = value instanceof Expr.ListExpr l ? l.elts() : value instanceof Expr.TupleExpr t ? t.elts() : null;
    List<Register> converted = new java.util.ArrayList<>();
    Register v = null;
    if (items != null) {
      List<Register> values = fb.expressions.evalAll(items, elem);
      for (int i = 0; i < values.size(); i++) converted.add(fb.coerce(values.get(i), elem, items.get(i).pos()));
    } else {
      v = fb.expr(value);
    }
    Register p = fb.coerce(fb.expr(s.obj()), new CType.Pointer(elem), s.pos());
    Register lo = absent(sl.lo()) ? fb.cConst(BigInteger.ZERO, CType.SSIZE_T) : fb.exprAs(sl.lo(), CType.SSIZE_T);
    Register known = items != null ? fb.cConst(BigInteger.valueOf(items.size()), CType.SSIZE_T)
        : v.type() instanceof CType.CArray b ? length(b, s.pos()) : null;
    Register hi = !absent(sl.hi()) ? fb.exprAs(sl.hi(), CType.SSIZE_T) : baseType instanceof CType.CArray a ? length(a, s.pos()) : null;
    Register at = fb.temp(p.type());
    fb.add(new dev.pyxc.ir.Op.CBinary(at, "+", p, lo));
    Register length;
    if (hi == null) {
      length = known; // (sema: a pointer's slice without a stop takes a known length)
    } else {
      length = fb.temp(CType.SSIZE_T);
      fb.add(new dev.pyxc.ir.Op.CBinary(length, "-", hi, lo));
      if (known != null) fb.call(PointerPrimitives.SLICE_LENGTH_CHECK, s.pos(), known, length);
    }
    if (items != null) {
      for (int i = 0; i < converted.size(); i++) {
        fb.call(PointerPrimitives.STORE, s.pos(), at, fb.cConst(BigInteger.valueOf(i), CType.SSIZE_T), converted.get(i));
      }
    } else {
      fb.call(PointerPrimitives.COPY_ELEMENTS, s.pos(), at, fb.coerce(v, new CType.Pointer(elem), s.pos()), length);
    }
  }

  /** {@code p[i] += v}: the pointer and index evaluated once. */
  void augAssign(Stmt.AugAssign a, Expr.Subscript s) {
    CType elem = dev.pyxc.sema.CPointers.element(fb.typeOf(s.obj()));
    Register base = fb.expr(s.obj());
    Register i = index(s.index());
    Register old = fb.call(PointerPrimitives.load(elem), s.pos(), base, i);
    Register result = fb.operators.binary(a.op(), old, fb.expr(a.value()), a.pos(), true);
    fb.call(PointerPrimitives.STORE, s.pos(), base, i, fb.coerce(result, elem, a.value().pos()));
  }

  /** {@code sizeof(T)} / {@code sizeof(x)}: C's size of the type; the operand is not evaluated. */
  Register sizeOf(Expr.SizeOf so) {
    return fb.call(PointerPrimitives.sizeOf(fb.fi.sizeofType(so)), so.pos());
  }

  /**
   * Stores a value into an array (a local's storage or a module variable's, {@code array} its
   * first element's address): a list or tuple display element by element (no Python object
   * made), another array of the type by copying, any other object by converting its items.
   */
  void storeArray(Register array, CType.CArray t, Expr value, Pos pos) {
    if (t.elem() instanceof CType.CInt c && c.kind().bits == 8 && (value instanceof Expr.BytesLit || value instanceof Expr.StrLit s
        && s.value().chars().allMatch(ch -> ch < 128))) {
      // A string literal fills a char array as Cython copies it (memcpy of the array's size): here
      // its bytes cut or padded with NULs to that size, so the copy never reads past the literal.
      String bytes = value instanceof Expr.BytesLit b ? b.value() : ((Expr.StrLit) value).value();
      if (!t.sizeKnown()) {
        // (its size only C knows: cut or padded when it runs)
        fb.call(PointerPrimitives.arrayFillChars(t), pos, array, fb.constant(new dev.pyxc.ir.Const.CString(bytes), new CType.Pointer(t.elem())),
            fb.cConst(BigInteger.valueOf(bytes.length()), CType.SSIZE_T));
        return;
      }
      bytes = bytes.length() >= t.size() ? bytes.substring(0, t.size()) : bytes + "\0".repeat(t.size() - bytes.length());
      fb.call(PointerPrimitives.arrayCopy(t), pos, array, fb.constant(new dev.pyxc.ir.Const.CString(bytes), new CType.Pointer(t.elem())));
      return;
    }
    List<Expr> items = value instanceof Expr.ListExpr l ? l.elts() : value instanceof Expr.TupleExpr tu ? tu.elts() : null;
    if (items != null && (!t.sizeKnown() || items.size() == t.size()) && !(t.elem() instanceof CType.CArray)
        && items.stream().noneMatch(e -> e instanceof Expr.Starred)) {
      List<Register> values = fb.expressions.evalAll(items, t.elem());
      List<Register> converted = new java.util.ArrayList<>();
      for (int i = 0; i < values.size(); i++) converted.add(fb.coerce(values.get(i), t.elem(), items.get(i).pos()));
      // (an array whose size only C knows: the lengths compared when it runs, as Cython compares them)
      if (!t.sizeKnown()) fb.call(PointerPrimitives.SLICE_LENGTH_CHECK, pos, fb.cConst(BigInteger.valueOf(items.size()), CType.SSIZE_T), length(t, pos));
      // Every item converted before the first store: a failing conversion leaves the array as it was.
      for (int i = 0; i < converted.size(); i++) {
        fb.call(PointerPrimitives.STORE, pos, array, fb.cConst(BigInteger.valueOf(i), CType.SSIZE_T), converted.get(i));
      }
      return;
    }
    storeArray(array, t, fb.expr(value), pos);
  }

  /** The same for a value already computed. */
  void storeArray(Register array, CType.CArray t, Register value, Pos pos) {
    if (value.type() instanceof CType.CArray || value.type() instanceof CType.Pointer) {
      // Arrays whose lengths only C knows (one or both) are checked when run, as Cython checks them.
      if (value.type() instanceof CType.CArray from && (!from.sizeKnown() || !t.sizeKnown())) {
        fb.call(PointerPrimitives.SLICE_LENGTH_CHECK, pos, length(from, pos), length(t, pos));
      }
      fb.call(PointerPrimitives.arrayCopy(t), pos, array, value);
      return;
    }
    fb.call(PointerPrimitives.arrayFromObject(t), pos, array, fb.coerce(value, CType.OBJECT, pos));
  }

  /**
   * Conversions with pointers on one side: between pointer types (and from NULL or an array) a C
   * cast; a {@code char *} to and from bytes; an array to a list.
   */
  Register coerce(Register v, CType to, Pos pos) {
    CType from = v.type();
    if (from instanceof CType.CArray a && to instanceof CType.MemView mv) return fb.call(PointerPrimitives.arrayToView(a, mv), pos, v);
    if (to instanceof CType.PyObject) {
      if (from instanceof CType.CArray a) return arrayToObject(v, a, "tuple".equals(((CType.PyObject) to).builtin()), pos);
      if (!(from instanceof CType.Pointer p && p.isCharPtr())) throw new AssertionError("sema let " + from + " become an object");
      return charsToObject(v, new PointerPrimitives.Chars.Terminated(), fb.directives.stringType(), pos);
    }
    if (from instanceof CType.PyObject) return fb.call(PointerPrimitives.charsOf((CType.Pointer) to, fb.directives.stringEncoding()), pos, v);
    Register r = fb.temp(to);
    fb.add(new dev.pyxc.ir.Op.Cast(r, v));
    return r;
  }

  /**
   * An array as a Python object: a list of its elements (nested lists for more dimensions), or a
   * tuple of them where a tuple is wanted (`<tuple>a`, a tuple-typed place), as Cython makes it.
   */
  Register arrayToObject(Register array, CType.CArray a, boolean tuple, Pos pos) {
    // A char array holds a C string: bytes up to its first NUL, as in Cython.
    if (PointerPrimitives.holdsString(a.elem())) {
      return charsToObject(array, new PointerPrimitives.Chars.InArray(a.length()), fb.directives.stringType(), pos);
    }
    Register list = fb.call(PointerPrimitives.arrayToList(a), pos, array);
    return tuple ? fb.call(dev.pyxc.ir.CallPrimitives.LIST_AS_TUPLE, pos, list) : list;
  }

  /**
   * Chars as a Python object of {@code type} ("bytes", "str", "bytearray"): what the
   * c_string_type directive makes of a {@code char *} (bytes by default), or what a cast names.
   */
  Register charsToObject(Register chars, PointerPrimitives.Chars which, String type, Pos pos, Register... bounds) {
    if (type.equals("bytes")) {
      if (which instanceof PointerPrimitives.Chars.InArray a) return fb.call(PointerPrimitives.bytesFromArray(a.length()), pos, chars);
      if (which instanceof PointerPrimitives.Chars.Slice) return fb.call(PointerPrimitives.BYTES_FROM_SLICE, pos, chars, bounds[0], bounds[1]);
      return fb.call(PointerPrimitives.BYTES_FROM_CHARS, pos, chars);
    }
    Register[] args = new Register[1 + bounds.length];
    args[0] = chars;
    System.arraycopy(bounds, 0, args, 1, bounds.length);
    return fb.call(PointerPrimitives.charsToObject(which, type, fb.directives.stringEncoding()), pos, args);
  }

  /**
   * {@code <bytes>p}, {@code <str>p}, {@code <bytearray>p} of a {@code char *}, a char array or a
   * slice of one: converted straight to that type, or null for any other cast.
   */
  Register charsCast(Expr.Cast c, CType.PyObject to) {
    String type = "unicode".equals(to.builtin()) ? "str" : to.builtin();
    if (type == null || !java.util.Set.of("bytes", "str", "bytearray").contains(type)) return null;
    return charsAs(c.operand(), type, c.pos());
  }

  /**
   * A char pointer or array, or a slice of one, made straight into a {@code type} object ("bytes",
   * "str", "bytearray"), as Cython makes it where that type is named or wanted; null for any
   * other expression.
   */
  Register charsAs(Expr x, String type, Pos pos) {
    if (x instanceof Expr.Subscript s && s.index() instanceof Expr.Slice sl && dev.pyxc.sema.CPointers.holdsChars(fb.typeOf(s.obj()))) {
      Register base = fb.expr(s.obj());
      return charsToObject(base, new PointerPrimitives.Chars.Slice(), type, pos, sliceBounds(s, sl, base));
    }
    CType from = fb.typeOf(x);
    if (!dev.pyxc.sema.CPointers.holdsChars(from)) return null;
    PointerPrimitives.Chars which = from instanceof CType.CArray a ? new PointerPrimitives.Chars.InArray(a.length())
        : new PointerPrimitives.Chars.Terminated();
    return charsToObject(fb.expr(x), which, type, pos);
  }

  /** {@code <T*>x}: a C cast between pointers and integers, a char pointer from bytes, an object's address. */
  Register cast(Expr.Cast c, CType.Pointer to) {
    CType from = fb.typeOf(c.operand());
    if (from instanceof CType.PyObject && !to.isCharPtr()) {
      return fb.call(PointerPrimitives.addressOfObject(to), c.pos(), fb.expr(c.operand()));
    }
    return fb.exprAs(c.operand(), to);
  }

  /** {@code <object>p} of a non-char pointer: the object it points to. */
  Register objectAt(Expr.Cast c) {
    return fb.call(PointerPrimitives.OBJECT_AT, c.pos(), fb.expr(c.operand()));
  }

  /** NULL wanted as a pointer. */
  Register nullPointer(CType want) {
    return fb.constant(new Const.CInt(BigInteger.ZERO), want instanceof CType.Pointer ? want : CType.NULL_PTR);
  }
}
