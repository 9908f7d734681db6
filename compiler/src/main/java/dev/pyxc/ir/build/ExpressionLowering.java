package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expressions: the dispatch over every expression kind, literals made in the type they are
 * wanted in, left-to-right evaluation of operand lists, variable reads, object subscripts, and
 * coercions between C values, objects and views.
 */
final class ExpressionLowering {
  private final FunctionBuilder fb;

  ExpressionLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  Register exprAs(Expr e, CType want) {
    Register literal = literal(e, want);
    if (literal != null) return literal;
    // As in Cython, a value-producing `and`/`or`/conditional wanted as an object converts
    // whichever operand decides it on its own (`0 and 0.5` is the int 0, not 0.0).
    if (want instanceof CType.PyObject && e instanceof Expr.BoolOp b) return fb.conditions.boolOp(b, want);
    if (want instanceof CType.PyObject && e instanceof Expr.IfExp i) return fb.conditions.ifExp(i, want);
    // (a view of one of two C arrays: each branch is made a view, as no C variable holds an array)
    if (want instanceof CType.MemView && e instanceof Expr.IfExp i) return fb.conditions.ifExp(i, want);
    if (want instanceof CType.PyObject o && "bytearray".equals(o.builtin())) {
      // A C string (or its slice) wanted as a bytearray is made one, as Cython coerces it.
      Register chars = fb.pointers.charsAs(e, "bytearray", e.pos());
      if (chars != null) return fb.call(Primitives.retype(o), e.pos(), chars);
    }
    return coerce(expr(e), want, e.pos());
  }

  /** {@code s[i]} of a str, bytes or bytearray with a C integer index, read or stored in C (Types.itemInC). */
  boolean isItemInC(Expr.Subscript s) {
    return !(s.index() instanceof Expr.Slice) && !(s.index() instanceof Expr.TupleExpr)
        && Types.itemInC(fb.typeOf(s.obj()), fb.typeOf(s.index())) != null;
  }

  /** Literals are made directly in the type they are wanted in (no boxing at run time). */
  Register literal(Expr e, CType want) {
    dev.pyxc.sema.ConstantExpressions.Folded folded = e instanceof Expr.BinOp || e instanceof Expr.UnaryOp
        ? dev.pyxc.sema.ConstantExpressions.fold(e) : null;
    // Arithmetic of literals is the literal of its value, as Cython folds it.
    if (folded != null) e = new Expr.IntLit(folded.value().toString(), folded.value(), e.pos());
    boolean obj = want instanceof CType.PyObject;
    if (want instanceof CType.Pointer p && dev.pyxc.sema.CPointers.isArrayDisplay(e, want)) {
      // `cdef int *p = [1, 2]`: as in Cython, the items in an array of the function's, p its address.
      List<Expr> items = Exprs.elements(e);
      Register array = fb.hiddenVar(new CType.CArray(p.target(), items.size()), "items");
      fb.pointers.storeArray(array, (CType.CArray) array.type(), e, e.pos());
      return coerce(array, want, e.pos());
    }
    if (want instanceof CType.Struct st && dev.pyxc.sema.StructChecks.isStructDict(e, want)) return fb.structs.display(e, st.type());
    if (want instanceof CType.Pointer p && (p.isCharPtr() || p.isVoid()) && (e instanceof Expr.BytesLit || e instanceof Expr.StrLit)) {
      // A string literal wanted as a char (or void) pointer is a C string literal, as in Cython.
      String bytes = e instanceof Expr.BytesLit b ? b.value() : ((Expr.StrLit) e).value();
      return fb.constant(new Const.CString(bytes), want);
    }
    if (e instanceof Expr.IntLit i) {
      if (obj) return fb.constant(new Const.PyInt(i.value()), want);
      if (want instanceof CType.CFloat) return fb.constant(new Const.CFloat(i.value().doubleValue(), i.value() + ".0"), want);
      if (want instanceof CType.CInt ci && Types.suffixedLiteralType(i) != null) {
        // A C literal converts as C converts it: 0xFFFFFFFFFFFFFFFFLL into a long long is -1.
        return fb.cConst(wrapped(i.value(), ci), want);
      }
      if (want instanceof CType.CInt || want instanceof CType.BInt) return fitsC(i.value(), want) ? fb.cConst(i.value(), want) : null;
      return null;
    } else if (e instanceof Expr.ImagLit i) {
      String text = i.text().substring(0, i.text().length() - 1).replace("_", "");
      if (obj) return fb.constant(new Const.PyComplex(Double.parseDouble(text)), want);
      if (want instanceof CType.CComplex) return fb.constant(new Const.CImag(Double.parseDouble(text), text), want);
      return null;
    } else if (e instanceof Expr.FloatLit f) {
      if (obj) return fb.constant(new Const.PyFloat(f.value()), want);
      if (want instanceof CType.CFloat) return fb.constant(new Const.CFloat(f.value(), f.text()), want);
      return null;
    } else if (e instanceof Expr.StrLit s) {
      if (obj) return fb.constant(new Const.PyStr(s.value()), want);
      return charLiteral(e, want);
    } else if (e instanceof Expr.BytesLit b) {
      if (obj) return fb.constant(new Const.PyBytes(b.value()), want);
      return charLiteral(e, want);
    } else if (e instanceof Expr.NoneLit n) {
      return obj ? fb.constant(new Const.PyNone(), want) : null;
    } else if (e instanceof Expr.CharLit c) {
      BigInteger v = BigInteger.valueOf((byte) c.value());
      if (obj) return fb.constant(new Const.PyInt(BigInteger.valueOf(c.value())), want);
      if (want instanceof CType.CFloat) return fb.constant(new Const.CFloat(v.doubleValue(), v + ".0"), want);
      return fb.cConst(v, want instanceof CType.CInt || want instanceof CType.BInt ? want : new CType.CInt(CType.IntKind.CHAR));
    } else if (e instanceof Expr.NullLit n) {
      return fb.pointers.nullPointer(want);
    } else if (e instanceof Expr.EllipsisLit n) {
      return obj ? fb.constant(new Const.PyEllipsis(), want) : null;
    } else if (e instanceof Expr.BoolLit b) {
      return obj ? fb.constant(new Const.PyBool(b.value()), want)
          : (Types.isCNumeric(want) ? fb.cConst(b.value() ? BigInteger.ONE : BigInteger.ZERO, want) : null);
    } else {
      return null;
    }
  }

  /** A tuple display whose items are all literals (nested such tuples too) as one constant, else null. */
  static Const constantTuple(Expr.TupleExpr t) {
    List<Const> items = new java.util.ArrayList<>(t.elts().size());
    for (Expr e : t.elts()) {
      Const c = e instanceof Expr.IntLit i ? new Const.PyInt(i.value())
          : e instanceof Expr.FloatLit f ? new Const.PyFloat(f.value())
          : e instanceof Expr.StrLit s ? new Const.PyStr(s.value())
          : e instanceof Expr.BytesLit b ? new Const.PyBytes(b.value())
          : e instanceof Expr.NoneLit ? new Const.PyNone()
          : e instanceof Expr.BoolLit b ? new Const.PyBool(b.value())
          : e instanceof Expr.EllipsisLit ? new Const.PyEllipsis()
          : e instanceof Expr.TupleExpr inner ? constantTuple(inner) : null;
      if (c == null) return null;
      items.add(c);
    }
    return new Const.PyTuple(List.copyOf(items));
  }

  /**
   * A one-character string wanted as a C integer is that character's code, as in Cython
   * ({@code c == 'x'} with {@code c} a {@code char}): a bytes literal's byte, or an ASCII
   * character of a str literal. Null when {@code e} is no such literal.
   */
  static Integer charCode(Expr e) {
    if (e instanceof Expr.BytesLit b && b.value().length() == 1) return (int) b.value().charAt(0);
    if (e instanceof Expr.StrLit s && s.value().length() == 1 && s.value().charAt(0) < 128) return (int) s.value().charAt(0);
    return null;
  }

  private Register charLiteral(Expr e, CType want) {
    if (Types.isUcs4(want) && e instanceof Expr.StrLit s
        && s.value().codePointCount(0, s.value().length()) == 1) {
      return fb.cConst(BigInteger.valueOf(s.value().codePointAt(0)), want); // any code point, as Cython's Py_UCS4 literal
    }
    Integer code = charCode(e);
    if (code == null || !(want instanceof CType.CInt)) return null;
    BigInteger v = BigInteger.valueOf(code);
    return fitsC(v, want) ? fb.cConst(v, want) : null;
  }

  /** {@code v} reduced modulo 2^bits into the range of {@code t}. */
  private static BigInteger wrapped(BigInteger v, CType.CInt t) {
    BigInteger m = v.mod(BigInteger.ONE.shiftLeft(t.kind().bits));
    return t.kind().signed && m.testBit(t.kind().bits - 1) ? m.subtract(BigInteger.ONE.shiftLeft(t.kind().bits)) : m;
  }

  private static boolean fitsC(BigInteger v, CType t) {
    if (t instanceof CType.BInt) return true;
    CType.CInt i = (CType.CInt) t;
    BigInteger min = i.kind().signed ? BigInteger.ONE.shiftLeft(i.kind().bits - 1).negate() : BigInteger.ZERO;
    BigInteger max = i.kind().signed ? BigInteger.ONE.shiftLeft(i.kind().bits - 1).subtract(BigInteger.ONE)
        : BigInteger.ONE.shiftLeft(i.kind().bits).subtract(BigInteger.ONE);
    return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
  }

  Register expr(Expr e) {
    int outerLine = fb.line;
    if (e.pos().line() > 0) fb.line = e.pos().line();
    try {
      return lowerExpr(e);
    } finally {
      fb.line = outerLine;
    }
  }

  private Register lowerExpr(Expr e) {
    CType type = fb.typeOf(e);
    Register lit = literal(e, type);
    if (lit != null) return lit;
    if (fb.fi.cfunctionObjects().containsKey(e)) {
      return cfunctionObject(e);
    } else if (e instanceof Expr.Name n && fb.fi.cythonCalls().get(n) != null) {
      // A cdef fused function where a function pointer is wanted (that specialization's address);
      // a name imported from cython (`compiled`, `NULL`): what Cython makes of it.
      return fb.expr(fb.fi.cythonCalls().get(n));
    } else if (e instanceof Expr.Name n) {
      return readVar(n.id(), n.pos());
    } else if (e instanceof Expr.IntLit i) {
      return fb.constant(new Const.PyInt(i.value()), CType.OBJECT);
    } else if (e instanceof Expr.ImagLit i) {
      return literal(i, CType.OBJECT);
    } else if (e instanceof Expr.BinOp b) {
      return fb.operators.binOp(b);
    } else if (e instanceof Expr.UnaryOp u) {
      return fb.operators.unary(u);
    } else if (e instanceof Expr.BoolOp b) {
      return fb.conditions.boolOp(b, type);
    } else if (e instanceof Expr.Not n) {
      return fb.conditions.notValue(n);
    } else if (e instanceof Expr.Compare c && fb.fi.cythonCalls().get(c) instanceof Expr.BoolLit decided) {
      return fb.expr(decided); // a type test of a fused function, decided in its specialization
    } else if (e instanceof Expr.Compare c) {
      return fb.operators.compare(c, type);
    } else if (e instanceof Expr.IfExp i) {
      return fb.conditions.ifExp(i, type);
    } else if (e instanceof Expr.Call c) {
      return fb.calls.callExpr(c, type);
    } else if (fb.fi.methodPointers().containsKey(e)) {
      return fb.classes.methodPointer(e, fb.fi.methodPointers().get(e));
    } else if (e instanceof Expr.Subscript s && fb.fi.cythonCalls().get(s) instanceof Expr.Name specialization) {
      return fb.expr(specialization); // `f[double]` of a cdef fused function: that specialization's address
    } else if (e instanceof Expr.Subscript s && fb.fi.cythonCalls().get(s) instanceof Expr.Attribute field) {
      return fb.expr(field); // an item of a C tuple: its field
    } else if (e instanceof Expr.Attribute a && fb.fi.cythonCalls().containsKey(a)) {
      // `cython.set`, `cython.__version__`: what Cython makes of the name.
      return fb.expr(fb.fi.cythonCalls().get(a));
    } else if (e instanceof Expr.Attribute a && fb.fi.propertyCalls().containsKey(a)) {
      return fb.expr(fb.fi.propertyCalls().get(a));
    } else if (e instanceof Expr.Attribute a && fb.fi.enumMembers().containsKey(a)) {
      return enumConstant(fb.fi.enumMembers().get(a), a.pos());
    } else if (e instanceof Expr.Attribute a && fb.typeOf(a.obj()) instanceof CType.CComplex z
        && (a.name().equals("real") || a.name().equals("imag"))) {
      return fb.call(dev.pyxc.ir.ComplexPrimitives.part(z, a.name().equals("imag")), a.pos(), fb.expr(a.obj()));
    } else if (e instanceof Expr.Attribute a && fb.typeOf(a.obj()) instanceof CType.MemView mv && a.name().equals("T")) {
      return fb.views.transpose(a, mv);
    } else if (e instanceof Expr.Attribute a && fb.typeOf(a.obj()) instanceof CType.MemView mv
        && (type instanceof CType.CInt || a.name().equals("_data"))) {
      return fb.views.viewAttribute(a, mv);
    } else if (e instanceof Expr.Subscript s && s.obj() instanceof Expr.Attribute a && (a.name().equals("shape") || a.name().equals("strides"))
        && fb.typeOf(a.obj()) instanceof CType.MemView && type instanceof CType.CInt) {
      return fb.views.shapeItem(s, a);
    } else if (e instanceof Expr.Subscript s && fb.buffers.isElement(s)) {
      return fb.buffers.element(s);
    } else if (e instanceof Expr.Subscript s && fb.typeOf(s.obj()) instanceof CType.MemView mv) {
      return fb.views.viewSubscript(s, mv, type);
    } else if (e instanceof Expr.Subscript s && dev.pyxc.sema.CPointers.isPointerLike(fb.typeOf(s.obj()))) {
      return fb.pointers.subscript(s);
    } else if (e instanceof Expr.AddressOf a) {
      return fb.pointers.addressOf(a);
    } else if (e instanceof Expr.SizeOf so) {
      return fb.pointers.sizeOf(so);
    } else if (e instanceof Expr.ThreadId) {
      return fb.call(dev.pyxc.ir.ParallelPrimitives.THREAD_ID, null);
    } else if (e instanceof Expr.Attribute a && fb.typeOf(a.obj()) instanceof CType.MemView
        && (a.name().equals("shape") || a.name().equals("strides"))) {
      return fb.views.shapeList(a);
    } else if (e instanceof Expr.Attribute a && fb.structs.isField(a)) {
      return fb.structs.load(a);
    } else if (e instanceof Expr.Attribute a && fb.classes.fieldOwner(a) != null) {
      return fb.classes.readField(a, fb.classes.fieldOwner(a));
    } else if (e instanceof Expr.Attribute a) {
      Register obj = exprAs(a.obj(), CType.OBJECT);
      Register name = fb.constant(new Const.PyStr(python3Name(a)), CType.OBJECT);
      return fb.call(Primitives.GETATTR, a.pos(), obj, name);
    } else if (e instanceof Expr.Subscript s && isItemInC(s) && fb.typeOf(s.obj()) instanceof CType.PyObject o) {
      // A str's code point or a byte, read in C (sema typed only those subscripts so).
      Register obj = expr(s.obj());
      Register idx = exprAs(s.index(), CType.SSIZE_T);
      Register item = fb.call(Primitives.itemInC(o.builtin(), fb.directives.get("wraparound"), fb.directives.get("boundscheck")), s.pos(), obj, idx);
      return coerce(item, type, s.pos());
    } else if (e instanceof Expr.Subscript s) {
      Register obj = exprAs(s.obj(), CType.OBJECT);
      Register idx = index(s.index());
      return fb.call(Primitives.GETITEM, s.pos(), obj, idx);
    } else if (e instanceof Expr.TupleExpr t && Exprs.hasStarred(t.elts())) {
      return fb.call(dev.pyxc.ir.CallPrimitives.LIST_AS_TUPLE, t.pos(), spliced(t.elts(), t.pos()));
    } else if (e instanceof Expr.ListExpr l && Exprs.hasStarred(l.elts())) {
      return spliced(l.elts(), l.pos());
    } else if (e instanceof Expr.SetExpr s && Exprs.hasStarred(s.elts())) {
      return fb.call(Primitives.SET_FROM_LIST, s.pos(), spliced(s.elts(), s.pos()));
    } else if (e instanceof Expr.TupleExpr t && constantTuple(t) instanceof Const.PyTuple k) {
      return fb.constant(k, CType.OBJECT);
    } else if (e instanceof Expr.TupleExpr t) {
      return fb.call(Primitives.TUPLE_PACK, t.pos(), objects(t.elts()));
    } else if (e instanceof Expr.ListExpr l) {
      return fb.call(Primitives.LIST_PACK, l.pos(), objects(l.elts()));
    } else if (e instanceof Expr.SetExpr s) {
      return setDisplay(s);
    } else if (e instanceof Expr.Starred s) {
      throw new AssertionError("starred expression outside a display reached the IR builder");
    } else if (e instanceof Expr.DictExpr d && Exprs.hasStarred(d.keys())) {
      // {k: v, **m}: entries in order into a new dict, a mapping's merged in (later keys win).
      Register dict = fb.call(Primitives.DICT_NEW, d.pos());
      for (int i = 0; i < d.keys().size(); i++) {
        if (d.keys().get(i) instanceof Expr.Starred s) {
          fb.call(Primitives.DICT_MERGE, s.pos(), dict, exprAs(s.value(), CType.OBJECT));
        } else {
          Register k = exprAs(d.keys().get(i), CType.OBJECT);
          Register v = exprAs(d.values().get(i), CType.OBJECT);
          fb.call(Primitives.SETITEM, d.pos(), dict, k, v);
        }
      }
      return dict;
    } else if (e instanceof Expr.DictExpr d) {
      List<Expr> kv = new ArrayList<>();
      for (int i = 0; i < d.keys().size(); i++) {
        kv.add(d.keys().get(i));
        kv.add(d.values().get(i));
      }
      return fb.call(Primitives.DICT_PACK, d.pos(), objects(kv));
    } else if (e instanceof Expr.NamedExpr ne) {
      return fb.assignments.walrus(ne);
    } else if (e instanceof Expr.Cast c) {
      return fb.casts.cast(c);
    } else if (e instanceof Expr.Lambda l) {
      return fb.closures.lambda(l);
    } else if (e instanceof Expr.Yield y) {
      return fb.closures.yieldExpr(y);
    } else if (e instanceof Expr.Comprehension c) {
      return fb.comprehensions.comprehension(c);
    } else if (e instanceof Expr.JoinedStr j) {
      return fb.fstrings.joined(j);
    } else if (e instanceof Expr.FormattedValue f) {
      return fb.fstrings.formatted(f);
    } else if (e instanceof Expr.Slice s) {
      throw new AssertionError("slice outside subscript reached the IR builder");
    } else {
      throw new AssertionError("unexpected literal " + e);
    }
  }

  /**
   * The items of a display with {@code *x} items, left to right, into a new list: the plain items
   * before the first star packed, then each one appended and each starred iterable's items
   * extended ("'int' object is not iterable" as Python's).
   */
  private Register spliced(List<Expr> elts, dev.pyxc.diag.Pos pos) {
    int leading = 0;
    while (!(elts.get(leading) instanceof Expr.Starred)) leading++;
    Register list = leading == 0 ? fb.call(dev.pyxc.ir.CallPrimitives.LIST_EMPTY, pos)
        : fb.call(Primitives.LIST_PACK, pos, objects(elts.subList(0, leading)));
    for (Expr x : elts.subList(leading, elts.size())) {
      boolean star = x instanceof Expr.Starred;
      Register v = exprAs(star ? ((Expr.Starred) x).value() : x, CType.OBJECT);
      fb.call(star ? dev.pyxc.ir.CallPrimitives.LIST_EXTEND : dev.pyxc.ir.CallPrimitives.LIST_APPEND, x.pos(), list, v);
    }
    return list;
  }

  /** {@code {a, b}}: the items left to right, then a new set they are added to (Cython's order). */
  private Register setDisplay(Expr.SetExpr s) {
    Register[] items = objects(s.elts());
    Register set = fb.call(Primitives.SET_NEW, s.pos());
    for (Register item : items) fb.call(Primitives.SET_ADD, s.pos(), set, item);
    return set;
  }

  /** Values wanted as objects (call arguments, display items): a literal is a constant, not boxed at run time. */
  Register[] objects(List<Expr> elts) {
    List<Register> regs = evalAll(elts, CType.OBJECT);
    Register[] out = new Register[regs.size()];
    for (int i = 0; i < regs.size(); i++) out[i] = coerce(regs.get(i), CType.OBJECT, elts.get(i).pos());
    return out;
  }

  /**
   * Evaluates expressions left to right. A variable read directly is used in place, unless a
   * later expression reassigns it with {@code :=}; then its current value is copied into a
   * temp first, so Python's left-to-right value is the one used.
   */
  List<Register> evalAll(List<Expr> exprs) {
    return evalAll(exprs, (CType) null);
  }

  /** As {@link #evalAll(List)}, with literals made directly as {@code want} when it is given. */
  List<Register> evalAll(List<Expr> exprs, CType want) {
    return evalAll(exprs, java.util.Collections.nCopies(exprs.size(), want));
  }

  /** As {@link #evalAll(List)}, with each literal made directly in its own wanted type (where not null). */
  List<Register> evalAll(List<Expr> exprs, List<CType> wants) {
    List<Register> out = new ArrayList<>();
    for (int i = 0; i < exprs.size(); i++) {
      CType want = wants.get(i);
      Register r = want == null ? null : literal(exprs.get(i), want);
      if (r == null) r = expr(exprs.get(i));
      if (r.isVariable()) {
        Set<String> later = new HashSet<>();
        for (Expr e : exprs.subList(i + 1, exprs.size())) walrusTargets(e, later);
        if (later.contains(r.name())) {
          Register copy = fb.temp(r.type());
          fb.add(new Op.Assign(copy, r));
          r = copy;
        }
      }
      out.add(r);
    }
    return out;
  }

  private void walrusTargets(Expr e, Set<String> out) {
    if (e instanceof Expr.NamedExpr ne) {
      out.add(ne.target().id());
      walrusTargets(ne.value(), out);
      return;
    }
    // A call of Cython's that stands for an expression assigns what that expression does (cython.operator.preincrement).
    Expr equivalent = fb.fi.cythonCalls().get(e);
    if (equivalent != null) {
      walrusTargets(equivalent, out);
      return;
    }
    for (Expr c : Exprs.children(e)) walrusTargets(c, out);
  }

  private Register enumConstant(String name, Pos pos) {
    dev.pyxc.sema.ModuleInfo.EnumConstant ec = fb.outer.info.enumConstants().get(name);
    if (ec.cName() == null) return fb.cConst(ec.value(), ec.type());
    return fb.call(dev.pyxc.ir.StructPrimitives.enumConstant(ec.cName(), ec.type()), pos);
  }

  /** Python 2's dict methods Cython still gives a value typed dict, under their Python 3 names. */
  private static final java.util.Map<String, String> DICT_PY2_METHODS = java.util.Map.of("iteritems", "items", "iterkeys", "keys",
      "itervalues", "values", "viewitems", "items", "viewkeys", "keys", "viewvalues", "values");

  /** The attribute's name as looked up ({@code d.iteritems} of a dict is {@code d.items}, as in Cython). */
  private String python3Name(Expr.Attribute a) {
    boolean dict = fb.typeOf(a.obj()) instanceof CType.PyObject o && "dict".equals(o.builtin());
    return dict ? DICT_PY2_METHODS.getOrDefault(a.name(), a.name()) : a.name();
  }

  /**
   * A cdef function (or method) where a Python object is wanted: a new function object of the def
   * made for it; a method named through an instance bound to it.
   */
  private Register cfunctionObject(Expr e) {
    dev.pyxc.ast.Stmt.FuncDef wrapper = fb.fi.cfunctionObjects().get(e);
    dev.pyxc.sema.FunctionInfo w = fb.outer.info.functions().stream().filter(f -> f.def() == wrapper).findFirst().orElseThrow();
    Register fn = fb.closures.make(w.closure(), e.pos());
    if (e instanceof Expr.Attribute a && !(fb.typeOf(a.obj()) instanceof CType.PyObject o && o.extType() == null)) {
      return fb.call(Primitives.METHOD_NEW, e.pos(), fn, fb.expr(a.obj()));
    }
    return fn;
  }

  Register readVar(String name, Pos pos) {
    // __class__ in a method names the class its cell holds, not the cell.
    if (name.equals(dev.pyxc.sema.Closure.CLASS_CELL) && fb.closures.handles(name)) return fb.closures.classFromCell(pos);
    if (fb.closures.handles(name)) return fb.closures.read(name, pos);
    Register var = fb.vars.get(name);
    if (var == null && fb.outer.info.classNames().containsKey(name) && !fb.fn.classBody) {
      // An extension type's name is its type object, as in Cython (also when @cython.internal leaves it unbound).
      return fb.call(dev.pyxc.ir.ClassPrimitives.typeObject(fb.outer.info.classNames().get(name)), pos);
    }
    if (var == null && !fb.outer.info.moduleNames().contains(name) && dev.pyxc.sema.Builtins.LEGACY.containsKey(name)
        && !(fb.fn.classBody && fb.fi.pyClass().namespaceNames().contains(name))) {
      // A Python 2 builtin Cython still knows: the object it stands for now.
      String[] where = dev.pyxc.sema.Builtins.LEGACY.get(name).split("\\.");
      return fb.call(Primitives.importFrom(where[1]), pos, fb.call(Primitives.importModule(where[0], true), pos));
    }
    if (var == null && fb.outer.info.builtinAliases().containsKey(name)) {
      // A cimport's name for a builtin (`from libc.math cimport abs as dabs`): that builtin.
      return fb.call(Primitives.importFrom(fb.outer.info.builtinAliases().get(name)), pos,
          fb.call(Primitives.importModule("builtins", true), pos));
    }
    if (var == null && fb.outer.info.variables().containsKey(name)) return fb.module.readVariable(fb.outer.info.variables().get(name), pos);
    if (var == null && fb.outer.info.enumConstants().containsKey(name)) return enumConstant(name, pos);
    if (var == null && fb.outer.info.externVariables().containsKey(name)) {
      dev.pyxc.sema.ModuleInfo.ExternVariable ev = fb.outer.info.externVariables().get(name);
      return fb.call(dev.pyxc.ir.PointerPrimitives.externRead(ev.cName(), ev.type()), pos);
    }
    if (var == null && fb.outer.info.cfunctions().containsKey(name) && !fb.outer.info.moduleNames().contains(name)) {
      // A cdef function named as a value: its address.
      dev.pyxc.sema.CFunction f = fb.outer.info.cfunctions().get(name);
      return fb.call(Primitives.functionAddress(f, dev.pyxc.sema.CPointers.pointerTo(f)), pos);
    }
    int dot = name.lastIndexOf('.');
    if (var == null && dot > 0 && fb.outer.info.moduleNames().contains(name.substring(0, dot))) {
      // `m.f` where `import m` binds m too and its .pxd declares no f: the Python module's attribute.
      Register obj = readVar(name.substring(0, dot), pos);
      return fb.call(Primitives.GETATTR, pos, obj, fb.constant(new Const.PyStr(name.substring(dot + 1)), CType.OBJECT));
    }
    if (var == null) return fb.module.global(name, pos);
    if (var.isRefcounted() && var.kind() == Register.Kind.LOCAL && (fb.assigned == null || !fb.assigned.contains(name))) {
      fb.addChecked(new Op.CheckBound(fb.temp(CType.INT), var), pos);
      fb.markAssigned(name);
    }
    return var;
  }

  Register index(Expr index) {
    if (index instanceof Expr.Slice s) return slice(s);
    if (index instanceof Expr.TupleExpr t) {
      List<Register> parts = new ArrayList<>();
      for (Expr x : t.elts()) parts.add(x instanceof Expr.Slice s ? slice(s) : exprAs(x, CType.OBJECT));
      return fb.call(Primitives.TUPLE_PACK, t.pos(), parts.toArray(new Register[0]));
    }
    return exprAs(index, CType.OBJECT);
  }

  private Register slice(Expr.Slice s) {
    Register lo = s.lo() == null ? fb.constant(new Const.PyNone(), CType.OBJECT) : exprAs(s.lo(), CType.OBJECT);
    Register hi = s.hi() == null ? fb.constant(new Const.PyNone(), CType.OBJECT) : exprAs(s.hi(), CType.OBJECT);
    Register st = s.step() == null ? fb.constant(new Const.PyNone(), CType.OBJECT) : exprAs(s.step(), CType.OBJECT);
    return fb.call(Primitives.SLICE_NEW, s.pos(), lo, hi, st);
  }

  /**
   * An object stored where an extension or builtin type is declared: tested at run time unless
   * its static type already guarantees it (None passes, as Cython lets it).
   */
  private void typeTest(Register v, CType.PyObject from, CType.PyObject to, Pos pos) {
    if (to.isExtType()) {
      dev.pyxc.sema.ClassInfo target = fb.outer.info.classOf(to);
      dev.pyxc.sema.ClassInfo source = fb.outer.info.classOf(from);
      if (source == null || !source.isSubclassOf(target)) fb.call(dev.pyxc.ir.ClassPrimitives.extTypeTest(target, true), pos, v);
    } else if (to.builtin() != null && !to.builtin().equals(from.builtin()) && Primitives.hasTypeTest(to.builtin())) {
      fb.call(Primitives.builtinTypeTest(to), pos, v);
    }
  }

  /** Converts a value to {@code to}: box, unbox (with Cython's runtime errors), or a C cast. */
  Register coerce(Register v, CType to, Pos pos) {
    CType from = v.type();
    // (two header typedefs told to Cython as one C type may still differ in the header: a C cast between them)
    if (from.equals(to) && java.util.Objects.equals(Types.headerTypedef(from), Types.headerTypedef(to))) return v;
    if (Types.isSoftComplex(from) && Types.isCNumeric(to) && !(to instanceof CType.CComplex)) {
      // A power's soft complex into a C real: its real part, TypeError when it has an imaginary one.
      return coerce(fb.call(dev.pyxc.ir.PowerPrimitives.SOFT_COMPLEX_REAL, pos, v), to, pos);
    }
    if (from instanceof CType.Struct s && to instanceof CType.PyObject) return fb.call(dev.pyxc.ir.StructPrimitives.toPy(s.type()), pos, v);
    if (from instanceof CType.PyObject && to instanceof CType.Struct s) return fb.call(dev.pyxc.ir.StructPrimitives.fromPy(s.type()), pos, v);
    if (dev.pyxc.sema.CPointers.isPointerLike(from) && !(to instanceof CType.BInt) || dev.pyxc.sema.CPointers.isPointerLike(to)) {
      return fb.pointers.coerce(v, to, pos);
    }
    if (from instanceof CType.PyObject f && to instanceof CType.PyObject t) {
      typeTest(v, f, t, pos);
      return v;
    }
    // Views differing only in constness or contiguity share one representation.
    if (from instanceof CType.MemView && to instanceof CType.MemView) return v;
    if (from instanceof CType.MemView mv && to instanceof CType.PyObject) return fb.call(ViewPrimitives.mvToObject(mv), pos, v);
    if (from instanceof CType.PyObject && to instanceof CType.MemView mv) return fb.call(ViewPrimitives.mvFromObject(mv), pos, v);
    // A C integer into a bytes-typed place is its byte, as Cython coerces it (and as <bytes>i casts it).
    if (Types.isInt(from) && to instanceof CType.PyObject t && "bytes".equals(t.builtin())) return fb.call(Primitives.byteOf(from), pos, v);
    if (to instanceof CType.PyObject t) {
      // A C value into a builtin-typed place: boxed, then tested as any object is (`cdef bool b = i`).
      Register boxed = fb.call(Primitives.box(from), pos, v);
      if (boxed.type() instanceof CType.PyObject b) typeTest(boxed, b, t, pos);
      return boxed;
    }
    if (from instanceof CType.PyObject) {
      Register r = fb.call(Primitives.unbox(to), pos, v);
      if (to instanceof CType.BInt) {
        Register b = fb.temp(CType.BINT);
        fb.add(new Op.Cast(b, r));
        return b;
      }
      return r;
    }
    if (to instanceof CType.BInt) {
      Register r = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(r, "!=", v, fb.cConst(BigInteger.ZERO, from)));
      return r;
    }
    Register r = fb.temp(to);
    fb.add(new Op.Cast(r, v));
    return r;
  }
}
