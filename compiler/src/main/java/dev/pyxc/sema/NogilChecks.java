package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Pos;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Cython's errors for what needs the GIL inside a nogil context (a {@code nogil} function's body,
 * a {@code with nogil:} block). C values, C calls of nogil functions, views indexed and sliced,
 * and struct fields are allowed; anything that makes, reads or changes a Python object is not.
 * Cython names a node's errors before its operands' (a call's, a display's), so those are
 * reported when the node is about to be typed ({@link #before}); the rest once it is typed
 * ({@link #after}). Each expression is reported once, however often it is typed.
 */
final class NogilChecks {
  private final FunctionChecker fn;
  /** Expressions already looked at, before and after typing (typing may visit one twice). */
  private final Set<Expr> seenBefore = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Set<Expr> seenAfter = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Names that are not read as values here: a builtin called, an assignment's target. */
  private final Set<Expr.Name> notRead = Collections.newSetFromMap(new IdentityHashMap<>());

  NogilChecks(FunctionChecker fn) {
    this.fn = fn;
  }

  /** {@code n} is assigned, not read (its assignment's own error names it). */
  void target(Expr.Name n) {
    notRead.add(n);
  }

  /** Before {@code e} and its operands are typed: the errors Cython names first. */
  void before(Expr e) {
    if (!seenBefore.add(e)) return;
    if (e instanceof Expr.Call c) {
      call(c);
    } else if (e instanceof Expr.ListExpr l) {
      fn.report(l.pos(), "Constructing Python list not allowed without gil");
      items(l.elts());
    } else if (e instanceof Expr.TupleExpr t) {
      fn.report(first(t.elts(), t.pos()), "Constructing Python tuple not allowed without gil");
      items(t.elts());
    } else if (e instanceof Expr.SetExpr s) {
      fn.report(first(s.elts(), s.pos()), "Constructing Python set not allowed without gil");
      items(s.elts());
    } else if (e instanceof Expr.DictExpr d) {
      fn.report(first(d.keys(), d.pos()), "Constructing Python dict not allowed without gil");
      for (int i = 0; i < d.keys().size(); i++) items(java.util.Arrays.asList(d.keys().get(i), d.values().get(i)));
    } else if (e instanceof Expr.Lambda l) {
      fn.report(l.pos(), "Constructing Python function not allowed without gil");
      // (Cython checks its body where it stands: it returns an object)
      fn.report(l.body().pos(), "Returning Python object not allowed without gil");
    } else if (e instanceof Expr.JoinedStr f) {
      // (one of literal parts only is a constant)
      Expr field = f.values().stream().filter(v -> v instanceof Expr.FormattedValue).findFirst().orElse(null);
      if (field != null) fn.report(field.pos(), "String formatting not allowed without gil");
    }
  }

  /** Items that become objects: each C value among them is converted (a display's, a Python call's arguments). */
  private void items(java.util.List<Expr> items) {
    for (Expr x : items) if (x != null) converted(x, fn.type(x));
  }

  /** Where Cython places an expression: a tuple, set or dict display where its first item starts. */
  static Pos placed(Expr e) {
    if (e instanceof Expr.TupleExpr t) return first(t.elts(), t.pos());
    if (e instanceof Expr.SetExpr s) return first(s.elts(), s.pos());
    if (e instanceof Expr.DictExpr d) return first(d.keys(), d.pos());
    return e.pos();
  }

  /** Cython places a tuple, set or dict display where its first item starts. */
  private static Pos first(java.util.List<Expr> items, Pos fallback) {
    return items.isEmpty() ? fallback : items.get(0).pos();
  }

  /** The type of a call's callee as an expression: a struct's function pointer field ({@code s.f(1)}) is typed here. */
  private CType calleeType(Expr.Call c) {
    CType t = fn.types.get(c.func());
    if (t == null && c.func() instanceof Expr.Attribute a && hasField(fn.types.get(a.obj()), a.name())) t = fn.type(a);
    return t;
  }

  /** Whether t is a struct, or a pointer to one, with a field of that name (a lock's methods are none). */
  private static boolean hasField(CType t, String name) {
    CType s = t instanceof CType.Pointer p ? p.target() : t;
    return s instanceof CType.Struct st && st.type().fields() != null && st.type().fields().containsKey(name);
  }

  /**
   * A call: calling a function that needs the GIL, the callee when it is a Python global, and for
   * a Python callee other than a builtin Cython calls in C the tuple of its arguments.
   */
  private void call(Expr.Call c) {
    // Cython's compile-time functions (recorded once types are final) are no Python calls.
    if (fn.cythonCalls.containsKey(c) || fn.module.cythonNames.qualify(c.func()) != null) return;
    // `Base.push(self, v)`: the method's C function is called directly, the class is not looked up.
    if (c.func() instanceof Expr.Attribute a && a.obj() instanceof Expr.Name n && fn.calls.unboundMethod(c) != null) notRead.add(n);
    if (c.func() instanceof Expr.Attribute a) fn.type(a.obj());
    typeVariableCallee(c);
    if (isinstanceCall(c)) return;
    if (cBuiltin(c)) {
      notRead.add((Expr.Name) c.func()); // the builtin is not looked up
      return;
    }
    CFunction f = cCallee(c);
    if (f == null && fn.calls.isFusedCall(c)) return; // no specialization fits: reported as such
    if (f != null) {
      if (!f.nogil()) fn.report(c.pos(), "Calling gil-requiring function not allowed without gil");
      // (a method's parameters begin with self, which the call does not pass)
      if (f.equals(fn.calls.cfunctionCallee(c))) argumentsFromPython(c, f.params());
      return;
    }
    if (calleeType(c) instanceof CType.Pointer p && p.target() instanceof CType.Function t) {
      if (!t.nogil()) fn.report(c.pos(), "Calling gil-requiring function not allowed without gil");
      return;
    }
    if (!isPythonCall(c)) return;
    if (isBackquote(c)) {
      fn.report(c.pos(), "Backquote expression not allowed without gil");
      notRead.add((Expr.Name) c.func());
      return;
    }
    fn.report(c.pos(), "Calling gil-requiring function not allowed without gil");
    boolean builtin = c.func() instanceof Expr.Name n && Builtins.NAMES.contains(n.id()) && !fn.symbols.containsKey(n.id())
        && !fn.module.moduleNames.contains(n.id());
    boolean print = builtin && ((Expr.Name) c.func()).id().equals("print");
    if (builtin && c.func() instanceof Expr.Name n) notRead.add(n);
    if (builtinMethod(c)) {
      seenAfter.add(c.func());
      return;
    }
    if (!builtin) fn.type(c.func()); // the callee's own error comes before the tuple's
    if (builtin && !print) return;
    fn.report(c.pos(), "Constructing Python tuple not allowed without gil");
    items(c.args().stream().map(Expr.Arg::value).toList());
  }

  /**
   * Python objects passed where a C function takes C numbers or pointers: each would be converted
   * from Python, which needs the GIL (Cython reports no such error for a view parameter).
   */
  private void argumentsFromPython(Expr.Call c, java.util.List<CType> params) {
    for (int i = 0; i < c.args().size() && i < params.size(); i++) {
      Expr.Arg a = c.args().get(i);
      if (a.keyword() != null || a.stars() != 0) return;
      CType param = params.get(i);
      if (param instanceof CType.PyObject p && p.isExtType() && fn.type(a.value()) instanceof CType.PyObject from
          && !from.isExtType() && !(a.value() instanceof Expr.NoneLit)) {
        fn.report(a.value().pos(), "Python type test not allowed without gil"); // (an object passed as an extension type is tested)
      }
      if (param instanceof CType.PyObject || param instanceof CType.MemView || param == null) continue;
      if (fn.type(a.value()) instanceof CType.PyObject && !isLiteral(a.value())) {
        fn.report(a.value().pos(), "Coercion from Python not allowed without the GIL");
      }
    }
  }

  /** A method of a builtin type or a view ({@code list.append}, {@code view.copy}), which Cython calls in C. */
  private boolean builtinMethod(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a)) return false;
    CType on = fn.types.get(a.obj());
    return on instanceof CType.PyObject o && o.builtin() != null || on instanceof CType.MemView;
  }

  private CFunction cCallee(Expr.Call c) {
    CFunction f = fn.calls.cfunctionCallee(c);
    if (f == null) f = fn.calls.unboundMethod(c);
    if (f == null && c.func() instanceof Expr.Attribute a) {
      ClassInfo cls = fn.module.classOf(fn.types.get(a.obj()));
      if (cls != null) f = cls.cmethod(a.name());
      if (f == null && cls != null) f = fn.calls.fusedMethodCallee(c);
    }
    return f;
  }

  /** Whether a call (in a nogil context) calls a Python object rather than a C function. */
  boolean isPythonCall(Expr.Call c) {
    if (fn.cythonCalls.containsKey(c)) return false;
    if (cCallee(c) != null) return false;
    if (c.func() instanceof Expr.Attribute a && a.name().equals("conjugate") && c.args().isEmpty()
        && fn.types.get(a.obj()) instanceof CType.CComplex) {
      return false; // C's conjugate
    }
    if (cBuiltin(c)) return false;
    if (Locks.receiver(c, fn.types::get) != null) return false; // a lock's methods run without the GIL
    return !(fn.types.get(c.func()) instanceof CType.Pointer);
  }

  /** {@code abs}, {@code min} and {@code max} of C numbers, which Cython computes in C. */
  private boolean cBuiltin(Expr.Call c) {
    String builtin = fn.calls.builtinCallee(c);
    if (builtin == null || c.args().isEmpty() || c.args().stream().anyMatch(a -> a.keyword() != null || a.starred())) return false;
    java.util.List<CType> types = c.args().stream().map(a -> fn.type(a.value())).toList();
    return switch (builtin) {
      case "abs" -> types.size() == 1 && (Types.isCNumeric(types.get(0)) && !types.get(0).equals(CType.LONGDOUBLE)
          || types.get(0) instanceof CType.CComplex z && z.real() instanceof CType.CFloat);
      case "min", "max" -> types.size() >= 2 && types.stream().allMatch(Types::isCNumeric);
      // (a view's first extent; a C string's strlen is a call Cython makes with the GIL)
      case "len" -> types.size() == 1 && types.get(0) instanceof CType.MemView;
      case "ord" -> types.size() == 1 && types.get(0) instanceof CType.CInt;
      default -> false;
    };
  }

  /**
   * {@code isinstance(x, T)}: Cython tests a builtin or extension type (each of a tuple of them)
   * with a C function that needs the GIL, refused where the type is written; any other second
   * argument makes it the call of isinstance, refused at the call. The names are not read as
   * Python globals.
   */
  private boolean isinstanceCall(Expr.Call c) {
    if (!"isinstance".equals(fn.calls.builtinCallee(c)) || c.args().size() != 2
        || c.args().stream().anyMatch(a -> a.keyword() != null || a.starred())) {
      return false;
    }
    notRead.add((Expr.Name) c.func());
    Expr second = c.args().get(1).value();
    java.util.List<Expr> types = second instanceof Expr.TupleExpr t ? t.elts() : java.util.List.of(second);
    if (types.isEmpty() || !types.stream().allMatch(this::testedInC)) {
      fn.report(c.pos(), "Calling gil-requiring function not allowed without gil");
      // (a builtin type is a C constant, not a global looked up)
      for (Expr t : types) {
        if (t instanceof Expr.Name n && !fn.symbols.containsKey(n.id()) && !fn.module.moduleNames.contains(n.id())
            && (n.id().equals("object") || C_TESTED_BUILTINS.contains(n.id()))) {
          notRead.add(n);
        }
      }
      return true;
    }
    // (a tuple of types is no Python tuple there)
    if (second instanceof Expr.TupleExpr) {
      seenBefore.add(second);
      seenAfter.add(second);
    }
    for (Expr t : types) {
      fn.report(t.pos(), "Calling gil-requiring function not allowed without gil");
      notRead.add((Expr.Name) t);
    }
    return true;
  }

  /** A builtin type other than object, or an extension type, named where isinstance takes its type. */
  private boolean testedInC(Expr t) {
    if (!(t instanceof Expr.Name n) || fn.symbols.containsKey(n.id())) return false;
    if (fn.module.classes.named(n.id()) != null) return true;
    return !fn.module.moduleNames.contains(n.id()) && !fn.module.cfunctions.containsKey(n.id()) && C_TESTED_BUILTINS.contains(n.id());
  }

  /** The builtin types Cython tests in C (its builtin type table's, but object). */
  private static final Set<String> C_TESTED_BUILTINS = Set.of("type", "bool", "int", "float", "complex", "bytearray", "bytes", "str",
      "unicode", "basestring", "long", "tuple", "list", "dict", "set", "frozenset", "slice", "range", "memoryview");

  /** Whether {@code c}'s result is an object Cython drops at once when the call is a statement. */
  boolean discardsObject(Expr.Call c) {
    if (c.func() instanceof Expr.Attribute a) fn.type(a.obj());
    typeVariableCallee(c);
    return isPythonCall(c) && !builtinMethod(c) && !fn.calls.isFusedCall(c);
  }

  /** A callee that is a variable (a local, a module's C variable or a header's) is typed first: a pointer to a function is called in C. */
  private void typeVariableCallee(Expr.Call c) {
    if (c.func() instanceof Expr.Name n && (fn.symbols.containsKey(n.id()) || fn.module.variables.containsKey(n.id())
        || fn.module.externs.variables.containsKey(n.id()))) {
      fn.type(n);
    }
  }

  /** Once {@code e} is typed ({@code t}): the errors of reading Python globals, attributes and operating on objects. */
  void after(Expr e, CType t) {
    if (e instanceof Expr.Call || e instanceof Expr.ListExpr || e instanceof Expr.TupleExpr || e instanceof Expr.SetExpr
        || e instanceof Expr.DictExpr || e instanceof Expr.Lambda || e instanceof Expr.JoinedStr) {
      return; // before()
    }
    if (!seenAfter.add(e)) return;
    if (e instanceof Expr.BinOp b && t instanceof CType.PyObject) {
      // A C operand becomes an object for the operation.
      converted(b.left(), fn.types.get(b.left()));
      converted(b.right(), fn.types.get(b.right()));
    }
    if (e instanceof Expr.Cast c && !(t instanceof CType.PyObject) && fn.types.get(c.operand()) instanceof CType.PyObject
        && !(t instanceof CType.Pointer)) {
      fn.report(c.operand().pos(), "Coercion from Python not allowed without the GIL"); // `<int>obj`
    }
    if (e instanceof Expr.Cast c && t instanceof CType.PyObject && !(fn.types.get(c.operand()) instanceof CType.PyObject)) {
      // `<object>x` of a C value makes an object.
      if (c.operand() instanceof Expr.ImagLit) fn.report(c.operand().pos(), "Constructing complex number not allowed without gil");
      else converted(c.operand(), fn.types.get(c.operand()));
    }
    if (e instanceof Expr.Subscript s && s.index() instanceof Expr.Slice sl && sl.step() != null && t instanceof CType.PyObject
        && fn.types.get(s.obj()) instanceof CType.PyObject) {
      // `obj[i:j:k]` indexes with a slice object made of its bounds.
      fn.report(s.pos(), "Constructing Python slice object not allowed without gil");
      for (Expr bound : java.util.Arrays.asList(sl.lo(), sl.hi(), sl.step())) if (bound != null) converted(bound, fn.types.get(bound));
    }
    if (e instanceof Expr.Yield y) {
      // (a yield hands an object over, and receives one)
      fn.report(y.pos(), "Operation not allowed without gil");
      if (y.value() != null) converted(y.value(), fn.types.get(y.value()));
    }
    String message = message(e, t);
    if (message != null) fn.report(e.pos(), message);
  }

  /**
   * Whether Cython computes an operation on an untyped object and a number literal ({@code x + 1},
   * {@code x == 2.0}) with a helper function of its own (its optimise_numeric_binop): the literal
   * a small int or a float, on either side (a division's, a shift's, on the right); {@code op} null for ==/!=.
   */
  private boolean numberHelper(dev.pyxc.ast.BinaryOp op, Expr left, Expr right) {
    boolean rightNumber = right instanceof Expr.IntLit || right instanceof Expr.FloatLit;
    Expr number = rightNumber ? right : left;
    Expr other = rightNumber ? left : right;
    if (!(number instanceof Expr.IntLit || number instanceof Expr.FloatLit) || !CType.OBJECT.equals(fn.type(other))) return false;
    boolean isFloat = number instanceof Expr.FloatLit;
    if (op == null) return true;
    boolean trueDiv = op == dev.pyxc.ast.BinaryOp.DIV && fn.current.trueDivision();
    switch (op) {
      case ADD, SUB -> { }
      case MOD, FLOORDIV, DIV -> {
        if (!rightNumber || op == dev.pyxc.ast.BinaryOp.FLOORDIV && isFloat || op == dev.pyxc.ast.BinaryOp.DIV && !trueDiv && !isFloat) return false;
        if (isFloat ? ((Expr.FloatLit) number).value() == 0 : ((Expr.IntLit) number).value().signum() == 0) return false;
      }
      case MUL, BITAND, BITOR, BITXOR -> {
        if (isFloat) return false;
      }
      case LSHIFT, RSHIFT -> {
        if (!rightNumber || isFloat) return false;
        java.math.BigInteger v = ((Expr.IntLit) number).value();
        return v.compareTo(java.math.BigInteger.ONE) >= 0 && v.compareTo(java.math.BigInteger.valueOf(63)) <= 0;
      }
      default -> {
        return false;
      }
    }
    return isFloat ? Math.abs(((Expr.FloatLit) number).value()) <= 0x1p53
        : ((Expr.IntLit) number).value().abs().compareTo(java.math.BigInteger.ONE.shiftLeft(30)) <= 0;
  }

  /**
   * {@code x += v} of an object variable: its operation (Cython's helper call for a number
   * literal, as {@link #numberHelper}), and the conversion of a C value to an object.
   */
  void augmented(dev.pyxc.ast.Stmt.AugAssign a, CType target, CType value) {
    if (a.target() instanceof Expr.Name && Types.isCNumeric(target) && value instanceof CType.PyObject) {
      // A C variable updated by an object: the operation is Python's, on the variable made an
      // object, its result converted back.
      fn.report(a.pos(), "Coercion from Python not allowed without the GIL");
      fn.report(a.pos(), "Operation not allowed without gil");
      fn.report(a.pos(), "Converting to Python object not allowed without gil");
      return;
    }
    if (!(a.target() instanceof Expr.Name) || !(target instanceof CType.PyObject)) return;
    fn.report(a.pos(), numberHelper(a.op(), a.target(), a.value()) ? "Calling gil-requiring function not allowed without gil"
        : "Operation not allowed without gil");
    converted(a.value(), value);
  }

  /** {@code `x`}: Python 2's repr, which the parser reads as a call of repr placed at the backquote. */
  private static boolean isBackquote(Expr.Call c) {
    return c.func() instanceof Expr.Name n && n.id().equals("repr") && n.pos().equals(c.pos());
  }

  /**
   * Whether an expression statement's value is an object of its own, which Cython releases at once
   * (a call of a C function returning one, an operation, a display): not a name, a cast, a constant,
   * or a call already reported as such ({@link #discardsObject}).
   */
  boolean ownedResult(Expr e, CType t) {
    if (!(t instanceof CType.PyObject) || e instanceof Expr.Name || e instanceof Expr.Cast || isLiteral(e)) return false;
    if (e instanceof Expr.JoinedStr j) return j.values().stream().anyMatch(v -> v instanceof Expr.FormattedValue);
    if (e instanceof Expr.Call c) {
      return !fn.cythonCalls.containsKey(c) && fn.module.cythonNames.qualify(c.func()) == null && !isPythonCall(c)
          && cCallee(c) != null;
    }
    return !(e instanceof Expr.Lambda);
  }

  /** Whether {@code obj.name} is an object attribute of a typed instance (`self.name` of `cdef object name`). */
  boolean isObjectField(Expr.Attribute a) {
    ClassInfo cls = fn.module.classOf(fn.type(a.obj()));
    ClassInfo.Field f = cls == null ? null : cls.field(a.name());
    return f != null && f.type() instanceof CType.PyObject;
  }

  /** Whether {@code obj.name} is an attribute of a Python object (not a C field of a struct, view, complex or typed instance). */
  boolean isPythonAttribute(Expr.Attribute a) {
    CType on = fn.type(a.obj());
    if (on instanceof CType.MemView || StructChecks.structOf(on) != null || on instanceof CType.CComplex) return false;
    ClassInfo cls = fn.module.classOf(on);
    if (cls != null && cls.field(a.name()) != null) return false;
    return on instanceof CType.PyObject && !fn.propertyCalls.containsKey(a);
  }

  private String message(Expr e, CType t) {
    boolean object = t instanceof CType.PyObject;
    if (e instanceof Expr.Name n) {
      if (fn.symbols.containsKey(n.id()) || !object || notRead.contains(n)) return null;
      if (fn.module.variables.containsKey(n.id()) || fn.module.cfunctions.containsKey(n.id())) return null;
      return "Accessing Python global or builtin not allowed without gil";
    }
    if (e instanceof Expr.Attribute a) {
      CType on = fn.types.get(a.obj());
      if (on instanceof CType.MemView || StructChecks.structOf(on) != null) return null;
      if (on instanceof CType.CComplex && Set.of("real", "imag", "conjugate").contains(a.name())) return null;
      ClassInfo cls = fn.module.classOf(on);
      if (cls != null && cls.field(a.name()) != null) return null; // a C field of the instance (a typed object one read borrowed)
      if (fn.propertyCalls.containsKey(a)) return null; // the call of an inline property, checked as such
      return object || on instanceof CType.PyObject ? "Accessing Python attribute not allowed without gil" : null;
    }
    if (object && e instanceof Expr.Subscript s && (fn.types.get(s.obj()) instanceof CType.MemView
        || fn.subscripts.bufferVariable(s.obj()) != null
            && Types.isBufferElement(Types.bufferOf(fn.subscripts.bufferVariable(s.obj()).type()), s, fn.types::get))) {
      return "Cannot access buffer with object dtype without gil";
    }
    if (object && e instanceof Expr.Subscript s && s.index() instanceof Expr.Slice sl && sl.step() == null) {
      return "Slicing Python object not allowed without gil";
    }
    if (object && e instanceof Expr.Subscript) return "Indexing Python object not allowed without gil";
    if (object && e instanceof Expr.BoolOp) return "Truth-testing Python object not allowed without gil";
    if (e instanceof Expr.BinOp b && object && numberHelper(b.op(), b.left(), b.right())
        || e instanceof Expr.Compare c && c.ops().size() == 1 && (c.ops().get(0) == dev.pyxc.ast.CompareOp.EQ
            || c.ops().get(0) == dev.pyxc.ast.CompareOp.NE) && numberHelper(null, c.first(), c.rest().get(0))) {
      // Cython computes these in a helper function of its own: it is that call it refuses.
      return "Calling gil-requiring function not allowed without gil";
    }
    if (object && (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || e instanceof Expr.Compare || e instanceof Expr.BoolOp
        || e instanceof Expr.Not || e instanceof Expr.IfExp)) {
      return "Operation not allowed without gil";
    }
    return null;
  }

  /** A C value becoming an object without the GIL (a literal is a constant made at import, which needs nothing). */
  void converted(Expr value, CType from) {
    if (from == null || from instanceof CType.PyObject || from instanceof CType.ErrorType || isLiteral(value)) return;
    fn.report(value.pos(), "Converting to Python object not allowed without gil");
  }

  static boolean isLiteral(Expr e) {
    if (e instanceof Expr.UnaryOp u) return isLiteral(u.operand());
    return e instanceof Expr.IntLit || e instanceof Expr.FloatLit || e instanceof Expr.BoolLit || e instanceof Expr.NoneLit
        || e instanceof Expr.StrLit || e instanceof Expr.BytesLit;
  }
}
