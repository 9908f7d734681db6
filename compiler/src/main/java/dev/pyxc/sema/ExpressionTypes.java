package dev.pyxc.sema;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Pos;
import dev.pyxc.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The type of each expression (names, literals, operators, comparisons, attributes, displays),
 * with Cython's messages for invalid operands. Used while inferring (types may still be unknown,
 * null) and while checking; subscripts and calls have their own classes.
 */
final class ExpressionTypes {
  private final FunctionChecker fn;
  private final ComparisonTypes comparisons;

  ExpressionTypes(FunctionChecker fn) {
    this.fn = fn;
    this.comparisons = new ComparisonTypes(fn);
  }

  /** An expression's type, unrecorded: {@link FunctionChecker#type} decides whether to record it. */
  CType compute(Expr e) {
    if (e instanceof Expr.Name n && fn.cythonCalls.get(n) instanceof Expr.Name specialization) {
      return fn.type(specialization); // a cdef fused function where a function pointer is wanted: one specialization
    } else if (e instanceof Expr.Name n) {
      return name(n);
    } else if (e instanceof Expr.IntLit i) {
      return Checker.intLiteralType(i);
    } else if (e instanceof Expr.FloatLit f) {
      return CType.DOUBLE;
    } else if (e instanceof Expr.ImagLit i) {
      return CType.DOUBLE_COMPLEX;
    } else if (e instanceof Expr.StrLit s) {
      return CType.pyBuiltin("str");
    } else if (e instanceof Expr.BytesLit b) {
      return CType.pyBuiltin("bytes");
    } else if (e instanceof Expr.BoolLit b) {
      return CType.BINT;
    } else if (e instanceof Expr.NoneLit n) {
      return CType.OBJECT;
    } else if (e instanceof Expr.EllipsisLit el) {
      return CType.OBJECT;
    } else if (e instanceof Expr.CharLit cl) {
      return new CType.CInt(CType.IntKind.CHAR);
    } else if (e instanceof Expr.NullLit nl) {
      return CType.NULL_PTR;
    } else if (e instanceof Expr.AddressOf a) {
      return addressOf(a);
    } else if (e instanceof Expr.ThreadId) {
      return CType.INT;
    } else if (e instanceof Expr.SizeOf so) {
      sizeofOperand(so);
      if (fn.recording) fn.sizeofTypes.put(so, sizeofType(so));
      return CType.SIZE_T;
    } else if ((e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) && ConstantExpressions.fold(e) != null) {
      return ConstantExpressions.fold(e).pythonInt() ? CType.OBJECT : CType.LONG;
    } else if (e instanceof Expr.BinOp b) {
      CType l = fn.type(b.left());
      CType r = fn.type(b.right());
      if (l == null || r == null) return null;
      // (a power's type depends on its operands' constants too)
      if (b.op() == BinaryOp.POW && isCReal(l) && isCReal(r)) return PowerTypes.of(fn.current.get("cpow"), l, r, b.left(), b.right());
      return binaryType(b.op(), l, r, b.pos());
    } else if (e instanceof Expr.UnaryOp u) {
      CType t = fn.type(u.operand());
      if (t == null) return null;
      if (t instanceof CType.PyObject || Types.isUcs4(t)) return CType.OBJECT;
      if (t instanceof CType.MemView || CPointers.isPointerLike(t)) {
        fn.report(u.pos(), "Invalid operand type for '" + u.op().symbol + "' (" + t.name() + ")");
        return CType.OBJECT;
      }
      if (u.op() == UnaryOperator.INVERT && !Types.isInt(t)) {
        fn.report(u.pos(), "Invalid operand type for '~' (" + t.name() + ")");
        return CType.OBJECT;
      }
      return t instanceof CType.BInt ? CType.INT : (t instanceof CType.CInt ? Types.widest(t, t) : t);
    } else if (e instanceof Expr.BoolOp b) {
      CType l = fn.type(b.left());
      CType r = fn.type(b.right());
      // (a bytes literal beside a C string is one too, as Cython types `s or b'default'`)
      if (l instanceof CType.Pointer p && p.isCharPtr() && b.right() instanceof Expr.BytesLit) return l;
      if (r instanceof CType.Pointer p && p.isCharPtr() && b.left() instanceof Expr.BytesLit) return r;
      return l == null || r == null ? null : Types.independentSpanning(l, r);
    } else if (e instanceof Expr.Not n) {
      if (condition(n.operand()) instanceof CType.CComplex z) fn.report(n.operand().pos(), "Type '" + z.name() + "' not acceptable as a boolean");
      return CType.BINT;
    } else if (e instanceof Expr.Compare c && fn.module.fused.decidedTypeTest(c, fn.def) != null) {
      // `T in floating`, `T is double` as a value: decided where the specialization is compiled.
      Expr.BoolLit decided = new Expr.BoolLit(fn.module.fused.decidedTypeTest(c, fn.def), c.pos());
      if (fn.recording) fn.cythonCalls.put(c, decided);
      return fn.type(decided);
    } else if (e instanceof Expr.Compare c) {
      return comparisons.compare(c);
    } else if (e instanceof Expr.IfExp i) {
      condition(i.cond());
      CType a = fn.type(i.then());
      CType b = fn.type(i.orElse());
      return a == null || b == null ? null : Types.independentSpanning(a, b);
    } else if (e instanceof Expr.Call c) {
      return fn.calls.call(c);
    } else if (e instanceof Expr.Attribute a && enumMember(a) != null) {
      // Cython 3's scoped access to an enum's constant: the constant, whatever the member's name means here.
      if (fn.recording) fn.enumMembers.put(a, enumMember(a));
      return fn.module.types.constants.get(enumMember(a)).type();
    } else if (e instanceof Expr.Attribute a && cythonValue(a) != null) {
      Expr value = cythonValue(a);
      if (fn.recording) fn.cythonCalls.put(a, value);
      return fn.type(value);
    } else if (e instanceof Expr.Attribute a && unknownCythonAttribute(a) != null) {
      fn.report(a.pos(), "'" + unknownCythonAttribute(a) + "' not a valid cython attribute or is being used incorrectly");
      return CType.OBJECT;
    } else if (e instanceof Expr.Attribute a) {
      CType t = fn.type(a.obj());
      if (t == null && !fn.recording) return null;
      if (t instanceof CType.MemView && Set.of("ndim", "size", "itemsize", "nbytes").contains(a.name())) {
        return CType.SSIZE_T;
      }
      if (t instanceof CType.MemView mv && a.name().equals("T")) {
        // (an axis that may hold pointers cannot move: what they reach is laid out behind it)
        if (mv.mayBeIndirect()) fn.report(a.pos(), "All dimensions must be direct");
        return mv.transposed();
      }
      // (Cython's undocumented x._data: the address of the view's first item, as char *)
      if (t instanceof CType.MemView && a.name().equals("_data")) return new CType.Pointer(new CType.CInt(CType.IntKind.CHAR));
      if (t instanceof CType.CComplex z && (a.name().equals("real") || a.name().equals("imag"))) return z.real();
      StructType st = StructChecks.structOf(t);
      if (st != null) return fn.structs.field(a, st, t);
      ClassInfo cls = fn.module.classOf(t);
      String property = cls == null ? null : cls.inlineProperty(a.name());
      if (property != null) {
        Expr.Call call = fn.propertyCalls.computeIfAbsent(a, x -> new Expr.Call(new Expr.Name(property, a.pos()),
            List.of(new Expr.Arg(null, a.obj(), a.obj().pos())), a.pos()));
        return fn.type(call);
      }
      if (cls != null && cls.field(a.name()) != null) return cls.field(a.name()).type();
      if (fn.methodPointers.containsKey(a)) return CPointers.pointerTo(fn.methodPointers.get(a));
      // A cdef method through an instance, or through its class (`Cls.m`, unbound): a Python object made for it.
      ClassInfo named = cls == null && a.obj() instanceof Expr.Name cn && !fn.symbols.containsKey(cn.id()) && !fn.globals.contains(cn.id())
          ? fn.module.classes.named(cn.id()) : null;
      ClassInfo methodClass = cls != null ? cls : named;
      if (methodClass != null && methodClass.cmethod(a.name()) != null && !methodClass.cmethod(a.name()).cpdef()) {
        if (fn.module.cfunctionObjects.wrapsMethod(fn, a, methodClass)) return CType.OBJECT;
        fn.report(a.pos(), "using cdef method '" + a.name() + "' as a Python object is not supported by pyxc");
      }
      // As in Cython, a C value (or a view) is converted to its Python object for other attributes.
      fn.toPython(t, a.obj().pos());
      return CType.OBJECT;
    } else if (e instanceof Expr.Subscript s) {
      return fn.subscripts.subscript(s);
    } else if (e instanceof Expr.Slice s) {
      fn.report(s.pos(), "slice outside of a subscript");
      return CType.OBJECT;
    } else if (e instanceof Expr.TupleExpr t) {
      t.elts().forEach(this::item);
      return CType.pyBuiltin("tuple");
    } else if (e instanceof Expr.ListExpr l) {
      l.elts().forEach(this::item);
      fn.assignments.listDisplays.add(l.pos());
      return CType.pyBuiltin("list");
    } else if (e instanceof Expr.SetExpr s) {
      s.elts().forEach(this::item);
      return CType.pyBuiltin("set");
    } else if (e instanceof Expr.Starred s) {
      fn.report(s.pos(), "starred expression is not allowed here");
      fn.type(s.value());
      return CType.OBJECT;
    } else if (e instanceof Expr.DictExpr d) {
      for (int i = 0; i < d.keys().size(); i++) {
        if (d.keys().get(i) instanceof Expr.Starred) {
          item(d.keys().get(i));
        } else {
          fn.type(d.keys().get(i));
          fn.toPython(d.keys().get(i));
          fn.type(d.values().get(i));
          fn.toPython(d.values().get(i));
        }
      }
      return CType.pyBuiltin("dict");
    } else if (e instanceof Expr.NamedExpr ne) {
      CType vt = fn.type(ne.value());
      CType tt = fn.inference.localType(ne.target().id());
      if (fn.recording) {
        fn.types.put(ne.target(), tt == null ? CType.OBJECT : tt);
        fn.assignments.checkAssignable(vt, tt, ne.value().pos());
      }
      return tt;
    } else if (e instanceof Expr.Cast c) {
      return fn.casts.cast(c);
    } else if (e instanceof Expr.Yield y) {
      if (y.value() != null) fn.type(y.value());
      if (!fn.recording) return CType.OBJECT;
      if (fn.moduleScope || fn.def.isCdef()) {
        fn.diags.error(y.pos(), y.from() ? "'yield from' not supported here" : "'yield' not supported here");
      } else if (y.from() && !(fn.type(y.value()) instanceof CType.PyObject)) {
        fn.diags.error(y.pos(), "yielding from non-Python object not supported");
      } else if (y.value() != null && !(fn.type(y.value()) instanceof CType.PyObject)) {
        fn.assignments.checkAssignable(fn.type(y.value()), CType.OBJECT, y.value().pos());
      }
      return CType.OBJECT;
    } else if (e instanceof Expr.Lambda l) {
      for (dev.pyxc.ast.Stmt.Param p : l.params()) if (p.defaultValue() != null) fn.type(p.defaultValue());
      return CType.OBJECT;
    } else if (e instanceof Expr.Comprehension c && fn.isGeneratorFunction(c)) {
      fn.type(c.clauses().get(0).iter());
      return CType.OBJECT;
    } else if (e instanceof Expr.Comprehension c) {
      ComprehensionLoop loop = fn.comprehension(c);
      if (fn.recording) {
        if (c.kind() == Expr.ComprehensionKind.GENERATOR && !fn.consumers.containsKey(c)) {
          fn.diags.error(c.pos(), "generator expressions other than the argument of any(), all(), sum(), min(), max(), sorted(), "
              + "list(), tuple(), set(), frozenset() or str.join() are not supported by pyxc");
        }
        fn.statements.checkBlock(loop.loop());
      }
      return loop.resultType();
    } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
      // Any value can be formatted (a C value by Cython's C rules or boxed; see FStringLowering).
      // (A void call formats as None, as in Cython; a pointer has no Python form.)
      for (Expr part : Exprs.children(e)) {
        CType t = fn.type(part);
        if (CPointers.isPointerLike(t)) fn.toPython(t, part.pos());
      }
      return CType.pyBuiltin("str");
    } else {
      throw new AssertionError(e);
    }
  }

  /**
   * {@code &x}: a C variable (not one a closure captures, which lives in a cell), an element of a
   * pointer, array or view, or a C field of an extension type; Cython's messages otherwise.
   */
  private CType addressOf(Expr.AddressOf a) {
    CType t = fn.type(a.operand());
    if (t == null) return null;
    Expr x = a.operand();
    // `&f` of a cdef function is its address, as `f` is (C's rule).
    if (x instanceof Expr.Name n && !fn.symbols.containsKey(n.id()) && t instanceof CType.Pointer p && p.isFunction()
        && fn.module.cfunctions.containsKey(n.id())) {
      return t;
    }
    boolean lvalue = x instanceof Expr.Name n && (fn.symbols.containsKey(n.id()) || fn.module.variables.containsKey(n.id())
            || fn.module.externs.variables.containsKey(n.id()))
        || x instanceof Expr.Subscript s && (CPointers.element(typed(s.obj())) != null || typed(s.obj()) instanceof CType.MemView)
            && !(t instanceof CType.MemView)
        || x instanceof Expr.Subscript s && CPointers.isViewShape(s.obj(), this::typed)
        || x instanceof Expr.Attribute at && fn.module.classOf(typed(at.obj())) != null
            && fn.module.classOf(typed(at.obj())).field(at.name()) != null
        // (a Python attribute is an lvalue too, whose address Cython refuses below)
        || x instanceof Expr.Attribute at && t instanceof CType.PyObject && typed(at.obj()) instanceof CType.PyObject;
    if (t instanceof CType.MemView && lvalue || t instanceof CType.MemView && x instanceof Expr.Name) {
      fn.report(a.pos(), "Cannot take address of memoryview slice");
      return CType.ERROR;
    }
    if (!lvalue) {
      fn.report(a.pos(), "Taking address of non-lvalue (type " + t.name() + ")");
      return CType.ERROR;
    }
    if (t instanceof CType.PyObject) {
      fn.report(a.pos(), "Cannot take address of Python " + (x instanceof Expr.Name n ? "variable '" + n.id() + "'"
          : x instanceof Expr.Attribute at ? "object attribute '" + at.name() + "'" : "object"));
      return CType.ERROR;
    }
    boolean captured = x instanceof Expr.Name n && (fn.symbols.containsKey(n.id()) && fn.symbols.get(n.id()).kind() == Symbol.Kind.FREE
        || fn.closure.cells.contains(n.id()));
    // (A captured variable lives in its function's scope object: its address is the field's there.)
    if (!captured && x instanceof Expr.Name && fn.closure.generator && !(t instanceof CType.CArray || Locks.isLock(t))) {
      // A generator's locals move between its C frame and its heap frame at every yield (its
      // arrays and locks stay in the heap frame: see refcount.GeneratorFrames).
      fn.report(a.pos(), "the address of a generator's variable is not supported by pyxc");
    }
    return new CType.Pointer(t);
  }

  /** The type of a part of an expression just typed: recorded while checking, computed again while inferring. */
  private CType typed(Expr part) {
    return fn.recording ? fn.types.get(part) : fn.type(part);
  }

  /** {@code sizeof(x)}: a name that is a type is that type; otherwise the expression is typed, never evaluated. */
  private void sizeofOperand(Expr.SizeOf so) {
    if (so.type() != null) {
      if (fn.recording) incomplete(fn.module.resolve(so.type()), so.pos());
      return;
    }
    CType named = namedType(so.operand());
    if (named instanceof CType.ErrorType) {
      // A fused type no parameter binds; Cython names the position of its last part.
      Pos at = so.operand() instanceof Expr.Attribute a ? new Pos(a.pos().line(), a.pos().col() + 1) : so.operand().pos();
      fn.report(at, "Type cannot be specialized since it is not a fused argument to this function");
      return;
    }
    if (named != null) {
      if (fn.recording) incomplete(named, so.pos());
      return;
    }
    fn.type(so.operand());
  }

  /** Cython's error for the size of a type only declared (a struct without fields, {@code void}). */
  private void incomplete(CType t, Pos pos) {
    if (t instanceof CType.Struct s && s.type().isOpaque()) fn.report(pos, "Cannot take sizeof incomplete type '" + t.name() + "'");
    else if (t instanceof CType.Void) fn.report(pos, "Cannot take sizeof void");
  }

  /** The type a {@code sizeof} measures (its operand's, or the type it names). */
  private CType sizeofType(Expr.SizeOf so) {
    if (so.type() != null) return fn.module.resolve(so.type());
    CType named = namedType(so.operand());
    return named != null ? named : cType(so.operand());
  }

  /**
   * The type a {@code sizeof} operand names ({@code Point}, {@code cython.int}, {@code Point[5]}:
   * Cython's parser reads that one as an expression, and its analysis as a type), or null when it
   * is an expression.
   */
  private CType namedType(Expr e) {
    CType t;
    if (e instanceof Expr.Subscript s && !(s.index() instanceof Expr.Slice)) {
      CType elem = namedType(s.obj());
      java.math.BigInteger n = elem == null || elem == CType.ERROR ? null
          : ConstantExpressions.intValue(s.index(), fn.module.types::constantValue);
      return n == null || n.signum() < 0 || n.bitLength() > 31 ? elem == CType.ERROR ? elem : null : new CType.CArray(elem, n.intValue());
    } else if (e instanceof Expr.Name n) {
      t = fn.symbols.containsKey(n.id()) ? null : fn.module.typeNamed(n.id());
    } else {
      String dotted = dev.pyxc.ast.Exprs.dottedName(e);
      t = dotted == null || fn.symbols.containsKey(dotted.substring(0, dotted.indexOf('.'))) ? null : fn.module.typeNamed(dotted);
    }
    return t != null && FusedTypes.contains(t) ? CType.ERROR : t;
  }

  /**
   * The type C gives an expression Cython writes into its C as it is ({@code sizeof(i + 1)}):
   * Cython's type, except that an integer literal is C's {@code int} when it fits one (Cython
   * calls it {@code long}), which C's promotions then carry through arithmetic.
   */
  private CType cType(Expr e) {
    if (e instanceof Expr.IntLit i && i.value().bitLength() < 32) return CType.INT;
    if (e instanceof Expr.UnaryOp u && Types.isCNumeric(fn.types.get(e))) {
      CType t = cType(u.operand());
      return Types.isCNumeric(t) ? Types.widest(t, t) : fn.types.get(e);
    }
    if (e instanceof Expr.BinOp b && Types.isCNumeric(fn.types.get(e))) {
      CType l = cType(b.left());
      CType r = cType(b.right());
      if (Types.isCNumeric(l) && Types.isCNumeric(r)) return Types.widest(l, r);
    }
    return fn.types.get(e);
  }

  /** An item of a display: {@code *x} splices the items of any iterable (an object). */
  private void item(Expr e) {
    if (!(e instanceof Expr.Starred s)) {
      fn.type(e);
      fn.toPython(e);
      return;
    }
    fn.type(s.value());
    if (fn.recording) fn.types.put(s, CType.OBJECT);
  }

  /** {@code cython.X} naming nothing Cython's module has: X (Cython's error), else null. */
  String unknownCythonAttribute(Expr.Attribute a) {
    if (!(a.obj() instanceof Expr.Name n) || !fn.module.cythonNames.binds(n.id()) || fn.symbols.containsKey(n.id())) return null;
    String q = fn.module.cythonNames.qualify(a);
    return q == null || CythonNames.knownToCython(q, fn.module::typeNamedQuietly) ? null : q.substring("cython.".length());
  }

  /** The constant {@code a} names when it is {@code Enum.MEMBER} of a named enum in scope (its key), else null. */
  private String enumMember(Expr.Attribute a) {
    if (!(a.obj() instanceof Expr.Name n) || fn.symbols.containsKey(n.id()) || fn.module.variables.containsKey(n.id())) return null;
    if (fn.classBody && fn.pyClass.namespaceNames().contains(n.id())) return null;
    String key = n.id() + "." + a.name();
    return fn.module.types.lookup(n.id()) != null && fn.module.types.constants.containsKey(key) ? key : null;
  }

  private CType name(Expr.Name n) {
    Symbol s = fn.symbols.get(n.id());
    if (s != null && fn.recording) fn.read.add(n.id());
    if (s != null) {
      // A buffer variable read as a value is its object (only indexing it reaches its buffer).
      CType t = fn.inference.localType(n.id());
      return t instanceof CType.PyObject p ? p.withoutBuffer() : t;
    }
    if (fn.classBody && fn.pyClass.namespaceNames().contains(n.id())) return CType.OBJECT;
    ModuleVariable mv = fn.module.variables.get(n.id());
    if (mv != null) return mv.type();
    ExternDeclarations.Variable ev = fn.module.externs.variables.get(n.id());
    if (ev != null) return ev.type();
    TypeDeclarations.EnumConstant ec = fn.module.types.constants.get(n.id());
    if (ec != null) return ec.type();
    if ((fn.module.types.lookup(n.id()) != null || fn.module.missingModules.contains(n.id())) && !fn.module.moduleNames.contains(n.id())) {
      fn.report(n.pos(), "'" + n.id() + "' is not a constant, variable or function identifier");
      return CType.ERROR;
    }
    FusedFunctions.Group fusedGroup = fn.module.fused.group(n.id());
    if (fusedGroup != null && fusedGroup.def().isCdef() && !fusedGroup.def().cdef().cpdef()) {
      // A cdef fused function is a value only as one of its specializations (f[double]), called.
      // (A cpdef one's name is its dispatching object, as a def one's: Cython refuses only a local
      // inferred from it, which pyxc types as an object.)
      fn.report(n.pos(), "Type is not specialized");
      return CType.ERROR;
    }
    if (fn.module.moduleNames.contains(n.id()) || Builtins.NAMES.contains(n.id()) || Builtins.LEGACY.containsKey(n.id())
        || fn.module.builtinAliases.containsKey(n.id())
        || fn.module.classes.named(n.id()) != null) {
      return CType.OBJECT;
    }
    if (fn.module.cfunctions.containsKey(n.id())) {
      // A cdef function named as a value is its address (a Python object only where Cython makes one: not here).
      CFunction f = fn.module.cfunctions.get(n.id());
      if (!fn.module.cimportedInline.contains(fn.def)) fn.module.usedCFunctions.add(f);
      if (f.takesVarargs()) {
        fn.report(n.pos(), "using cdef function '" + n.id() + "' as a Python object is not supported by pyxc");
        return CType.OBJECT;
      }
      return CPointers.pointerTo(f);
    }
    if (fn.module.cythonNames.binds(n.id()) && cythonValue(n) != null) {
      // `from cython import compiled, NULL`: what Cython makes of the name.
      Expr value = cythonValue(n);
      if (fn.recording) fn.cythonCalls.put(n, value);
      return fn.type(value);
    }
    if (fn.module.cythonNames.binds(n.id())) {
      fn.report(n.pos(), "'" + fn.module.cythonNames.qualify(n) + "' is not supported by pyxc in an expression");
      return CType.OBJECT;
    }
    int dot = n.id().lastIndexOf('.');
    if (dot > 0 && fn.module.moduleNames.contains(n.id().substring(0, dot))) {
      name(new Expr.Name(n.id().substring(0, dot), n.pos())); // `import m` binds it too: an attribute of the Python module
      return CType.OBJECT;
    }
    if (dot > 0 && fn.module.userCimports.namespaces.contains(n.id().substring(0, dot))) {
      if (fn.recording) fn.diags.error(n.pos(), "cimported module has no attribute '" + n.id().substring(dot + 1) + "'");
      return CType.OBJECT;
    }
    // Cython looks such a name up at run time in the methods of a module-level Python class (NameError there).
    boolean deferred = fn.pyClass != null && !fn.classBody && fn.closure.parent != null && fn.closure.parent.parent == null
        || fn.module.importStar;
    if (fn.recording && !deferred) fn.diags.error(n.pos(), "undeclared name not builtin: " + n.id(), didYouMean(n.id()));
    return CType.OBJECT;
  }

  /** The hint for a misspelt name: locals first, then the module's names, then builtins. */
  private String didYouMean(String id) {
    List<String> known = new ArrayList<>(fn.symbols.keySet());
    known.addAll(fn.module.moduleNames);
    known.addAll(fn.module.cfunctions.keySet());
    known.addAll(new java.util.TreeSet<>(Builtins.NAMES));
    String best = Suggestions.closest(id, known);
    return best == null ? null : "did you mean '" + best + "'?";
  }

  /** Result type of a binary operator; reports Cython's message for invalid C operands. */
  CType binaryType(BinaryOp op, CType l, CType r, Pos pos) {
    if (l instanceof CType.Void || r instanceof CType.Void) {
      if (pos != null) fn.report(pos, "Invalid operand types for '" + op.symbol + "' (" + l.name() + "; " + r.name() + ")");
      return CType.OBJECT;
    }
    if (CPointers.holdsChars(l) && (r instanceof CType.PyObject || CPointers.holdsChars(r)) || CPointers.holdsChars(r) && l instanceof CType.PyObject) {
      // A char * meeting an object (or another's %) is its bytes, as in Cython.
      if (!(op == BinaryOp.ADD || op == BinaryOp.SUB) || l instanceof CType.PyObject || r instanceof CType.PyObject) return CType.OBJECT;
      // Two C strings added are two bytes objects concatenated (Cython's AddNode), not pointer arithmetic.
      if (op == BinaryOp.ADD && l instanceof CType.Pointer && r instanceof CType.Pointer) return CType.OBJECT;
    }
    if (CPointers.isPointerLike(l) || CPointers.isPointerLike(r)) {
      CType t = CPointers.arithmetic(op, l, r);
      if (t != null) return t;
      if (pos != null) fn.report(pos, "Invalid operand types for '" + op.symbol + "' (" + l.name() + "; " + r.name() + ")");
      return CType.OBJECT;
    }
    if (l instanceof CType.MemView && r instanceof CType.PyObject || l instanceof CType.PyObject && r instanceof CType.MemView) {
      // With an object, a view is its Python object (`view - array` is numpy's), as in Cython.
      return CType.OBJECT;
    }
    if (l instanceof CType.MemView || r instanceof CType.MemView) {
      if (pos != null) fn.report(pos, "Invalid operand types for '" + op.symbol + "' (" + l.name() + "; " + r.name() + ")");
      return CType.OBJECT;
    }
    if ((Types.isComplex(l) || Types.isComplex(r)) && Types.isCArithmetic(l) && Types.isCArithmetic(r) && !Types.isUcs4(l)
        && !Types.isUcs4(r)) {
      return complexType(op, l, r, pos);
    }
    if (!Types.isCNumeric(l) || !Types.isCNumeric(r) || Types.isUcs4(l) || Types.isUcs4(r)) {
      // (A Py_UCS4 operand is its one-character str here, as Cython 3 computes with it: 'a' + 'b' is 'ab'.)
      return CType.OBJECT;
    }
    switch (op) {
      case DIV -> {
        if (Types.isInt(l) && Types.isInt(r)) {
          return fn.current.cTrueDivision() ? CType.DOUBLE : Types.widest(l, r);
        }
        return Types.widest(l, r);
      }
      case POW -> {
        return PowerTypes.of(fn.current.get("cpow"), l, r, null, null);
      }
      case LSHIFT, RSHIFT, BITAND, BITOR, BITXOR -> {
        if (!Types.isInt(l) || !Types.isInt(r)) {
          if (pos != null) fn.report(pos, "Invalid operand types for '" + op.symbol + "' (" + l.name() + "; " + r.name() + ")");
          return CType.OBJECT;
        }
        if (l instanceof CType.BInt && r instanceof CType.BInt && op != BinaryOp.LSHIFT && op != BinaryOp.RSHIFT) {
          return CType.BINT;
        }
        return Types.widest(l, r);
      }
      case MATMUL -> {
        if (pos != null) fn.report(pos, "Invalid operand types for '@' (" + l.name() + "; " + r.name() + ")");
        return CType.OBJECT;
      }
      default -> {
        return Types.widest(l, r);
      }
    }
  }

  /** The type of an expression tested for truth (see {@link ComparisonTypes#condition}). */
  CType condition(Expr e) {
    return comparisons.condition(e);
  }

  /** A C number that is not complex (nor a Py_UCS4, which is its character to operators). */
  static boolean isCReal(CType t) {
    return Types.isCNumeric(t) && !(t instanceof CType.CComplex) && !Types.isUcs4(t);
  }

  /** A binary operator with a C complex operand: C arithmetic over the widest parts, Cython's messages for the rest. */
  private CType complexType(BinaryOp op, CType l, CType r, Pos pos) {
    CType.CComplex t = (CType.CComplex) Types.widest(l instanceof CType.BInt ? CType.INT : l, r instanceof CType.BInt ? CType.INT : r);
    switch (op) {
      case ADD, SUB, MUL, POW -> {
        return t;
      }
      case DIV -> {
        // Integer parts divide truly, as a double complex (Cython: int complex / int complex).
        return t.real() instanceof CType.CInt && fn.current.trueDivision() ? CType.DOUBLE_COMPLEX : t;
      }
      case FLOORDIV -> {
        if (pos != null) fn.report(pos, "binary operator // not supported for " + t.name());
        return CType.OBJECT;
      }
      case MOD -> {
        if (pos != null) fn.report(pos, "mod operator not supported for type '" + t.name() + "'");
        return CType.OBJECT;
      }
      default -> {
        if (pos != null) fn.report(pos, "Invalid operand types for '" + op.symbol + "' (" + l.name() + "; " + r.name() + ")");
        return CType.OBJECT;
      }
    }
  }

  /**
   * What Cython makes of {@code cython.set}, {@code cython.frozenset}, {@code cython.staticmethod}
   * (those builtins) and {@code cython.__version__} (its version string) where they are values;
   * null for any other expression.
   */
  private Expr cythonValue(Expr a) {
    String q = fn.module.cythonNames.qualify(a);
    if (q == null) return null;
    return switch (q) {
      case "cython.set", "cython.frozenset", "cython.staticmethod" -> {
        if (!(a instanceof Expr.Attribute at)) yield null;
        // The builtin itself, whatever the name means here (`frozenset = 1` does not change it).
        fn.module.builtinAliases.putIfAbsent(q, at.name());
        yield new Expr.Name(q, a.pos());
      }
      case "cython.__version__" -> new Expr.StrLit(CythonNames.CYTHON_VERSION, a.pos());
      // Pure Python mode's test for running compiled (the shadow module says False).
      case "cython.compiled" -> new Expr.BoolLit(true, a.pos());
      case "cython.NULL" -> new Expr.NullLit(a.pos());
      default -> null;
    };
  }
}
