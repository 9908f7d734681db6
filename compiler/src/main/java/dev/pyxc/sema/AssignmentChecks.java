package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.diag.Pos;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assignment targets and Cython's assignment rules, used wherever a value is stored: statements,
 * walrus expressions, loop variables and the arguments of C functions.
 */
final class AssignmentChecks {
  private final FunctionChecker fn;
  /**
   * Where the function's list displays stand: Cython refuses a list display as a C number ("Cannot
   * coerce list to type 'int'") but converts any other object, a list-typed variable too, at run time.
   */
  final Set<Pos> listDisplays = new java.util.HashSet<>();
  /** While a const variable's value is checked: Cython names its type with the const. */
  private boolean constTarget;

  /**
   * Cython's rules for assigning a const variable ({@code at}: Cython's position for the
   * statement): never an array; a module's own const variable may be given a compile-time
   * constant once, in the module's code (but no display: "Non-const assignment"; and never when
   * it is an object, which Cython refuses as const anyway); anything else is "Assignment to const".
   */
  void constAssignment(String name, ConstVariables.Constness constness, boolean moduleVariable, Expr value, Pos at) {
    if (constness == ConstVariables.Constness.ARRAY) {
      fn.report(at, "Assignment to const array '" + name + "'. Assign to a pointer variable instead.");
    } else if (moduleVariable && fn.moduleScope && !fn.module.initializedConsts.contains(name) && ConstVariables.constantResult(value)
        && !(fn.module.variables.get(name).type() instanceof CType.PyObject)) {
      if (ConstVariables.isDisplay(value)) fn.report(at, "Non-const assignment to const '" + name + "'");
      else fn.module.initializedConsts.add(name);
    } else {
      fn.report(at, "Assignment to const '" + name + "'");
    }
  }

  /** {@link #checkValue} of a value stored in a const variable. */
  void checkConstValue(Expr value, CType to, Pos pos, Pos discardsConstPos) {
    constTarget = true;
    try {
      checkValue(value, to, pos, discardsConstPos);
    } finally {
      constTarget = false;
    }
  }

  AssignmentChecks(FunctionChecker fn) {
    this.fn = fn;
  }

  /** Whether a name is a C function's (not a variable holding a pointer to one). */
  private boolean isCFunction(Expr.Name n) {
    return !fn.symbols.containsKey(n.id()) && fn.module.cfunctions.containsKey(n.id());
  }

  /** Types an assignment target: the names it binds are stored to, not read. */
  CType typeTarget(Expr target) {
    Set<String> before = new HashSet<>(fn.read);
    CType t = fn.type(target);
    List<Expr> bound = target instanceof Expr.Name ? List.of(target) : Exprs.elements(target);
    for (Expr e : bound == null ? List.<Expr>of() : bound) {
      if (e instanceof Expr.Name n && !before.contains(n.id())) fn.read.remove(n.id());
    }
    return t;
  }

  void checkTarget(Expr target, CType valueType, Pos valuePos) {
    if (target instanceof Expr.Name n) {
      int dot = n.id().lastIndexOf('.');
      boolean global = !fn.symbols.containsKey(n.id());
      if (fn.constLocals.contains(n.id()) || global && fn.module.externs.variables.containsKey(n.id())
          && fn.module.externs.variables.get(n.id()).isConst()) {
        // `m.LIMIT = 1` (a cimported module's constant) is reported at the attribute.
        if (dot > 0) fn.report(n.pos(), "Assignment to const attribute '" + n.id().substring(dot + 1) + "'");
        else if (fn.constArrays.contains(n.id())) fn.report(valuePos, "Assignment to const array '" + n.id() + "'. Assign to a pointer variable instead.");
        else fn.report(valuePos, "Assignment to const '" + n.id() + "'");
      }
      // (a C function's name, or an enum's constant, is no variable)
      boolean enumConstant = global && dot < 0 && fn.globals.contains(n.id()) && fn.module.types.constants.containsKey(n.id())
          && !fn.module.variables.containsKey(n.id());
      if (enumConstant || global && fn.module.cfunctions.containsKey(n.id()) && (dot > 0 || fn.globals.contains(n.id()))) {
        fn.report(n.pos(), "Assignment to non-lvalue '" + n.id().substring(dot + 1) + "'");
        if (dot > 0) fn.report(n.pos(), "Assignment to non-lvalue of type '<error>'");
        return;
      }
      CType tt = typeTarget(n);
      if (tt != null && valueType != null) checkAssignable(valueType, tt, valuePos);
    } else if (target instanceof Expr.Subscript s && s.index() instanceof Expr.Slice sl
        && CPointers.isPointerLike(fn.type(s.obj()))) {
      // `a[:] = v` stores into a whole array (the slice is no value of its own).
      boolean whole = sl.lo() == null && sl.hi() == null && sl.step() == null;
      if (fn.recording) fn.types.put(s, CType.OBJECT);
      if (whole && fn.types.get(s.obj()) instanceof CType.CArray arr) {
        if (valueType != null) checkAssignable(valueType, arr, valuePos);
      } else {
        fn.report(s.pos(), "assignment to a part of a C array or pointer is not supported by pyxc");
      }
    } else if (target instanceof Expr.Subscript s) {
      CType elem = fn.type(s);
      CType objType = fn.types.get(s.obj());
      if (objType instanceof CType.Pointer cp && cp.constTarget()) {
        fn.diags.error(s.pos(), "Assignment to const dereference");
      } else if (CPointers.isPointerLike(objType)) {
        // (a pointer to an array may be assigned a whole array through, as in Cython; an array's row may not)
        boolean throughPointer = CPointers.decay(objType) instanceof CType.Pointer p && !(objType instanceof CType.CArray)
            && p.target() instanceof CType.CArray;
        if (elem instanceof CType.CArray && !throughPointer) fn.report(s.pos(), "Assignment to non-lvalue of type '" + elem.name() + "'");
        else if (elem instanceof CType.CArray && valueType != null) checkAssignable(valueType, elem, valuePos);
        else if (valueType != null) checkAssignable(valueType, elem, valuePos);
      } else if (objType instanceof CType.MemView mv) {
        if (mv.isConst()) fn.diags.error(s.pos(), "Assignment to const dereference");
        if (elem instanceof CType.MemView part) {
          // Slice assignment: a view is copied, whatever its contiguity and constness, broadcast
          // at run time; a C array as its view must conform to the slice, as in Cython; anything
          // else (an object too) is one element broadcast. Neither may reach items through pointers.
          if (valueType instanceof CType.MemView source && !copyConforms(source, part)) {
            fn.diags.error(valuePos, "Memoryview '" + source.name() + "' not conformable to memoryview '" + part.name() + "'.");
          } else {
            if (valueType instanceof CType.MemView source && source.mayBeIndirect()) fn.diags.error(valuePos, "All dimensions must be direct");
            if (part.mayBeIndirect()) fn.diags.error(s.pos(), "All dimensions must be direct");
          }
          if (valueType instanceof CType.MemView source && !source.dtype().equals(part.dtype())) {
            fn.diags.error(valuePos, "Different base types for memoryviews (" + source.dtype().name() + ", " + part.dtype().name() + ")");
          } else if (valueType instanceof CType.CArray) {
            checkAssignable(valueType, part, valuePos);
          } else if (valueType != null && !(valueType instanceof CType.MemView)) {
            checkAssignable(valueType, part.dtype(), valuePos);
          }
        } else if (valueType != null) {
          checkAssignable(valueType, elem, valuePos);
        }
      } else if (valueType != null) {
        checkAssignable(valueType, CType.OBJECT, valuePos);
      }
    } else if (target instanceof Expr.Attribute a && StructChecks.structOf(fn.type(a.obj())) != null
        && StructChecks.structOf(fn.types.get(a.obj())).fields().containsKey(a.name())) {
      CType field = fn.type(a);
      // (a const struct's fields are const; one reached through a pointer is checked as a dereference)
      if (a.obj() instanceof Expr.Name n && fn.constLocals.contains(n.id()) && fn.types.get(a.obj()) instanceof CType.Struct) {
        fn.report(a.pos(), "Assignment to const attribute '" + a.name() + "'");
      }
      if (valueType != null) checkAssignable(valueType, field, valuePos);
    } else if (target instanceof Expr.Attribute a && fn.type(a.obj()) instanceof CType.CComplex z
        && (a.name().equals("real") || a.name().equals("imag"))) {
      fn.type(a);
      if (!(a.obj() instanceof Expr.Name)) fn.report(a.pos(), "assignment to a part of a complex other than a variable's is not supported by pyxc");
      if (valueType != null) checkAssignable(valueType, z.real(), valuePos);
    } else if (target instanceof Expr.Attribute a && setterValueType(a) != null) {
      // An extern class's C property: its setter takes the value. (The attribute is typed as its getter reads it.)
      fn.type(a);
      if (valueType != null) checkAssignable(valueType, setterValueType(a), valuePos);
    } else if (target instanceof Expr.Attribute a) {
      CType field = fn.type(a);
      ClassInfo cls = fn.module.classOf(fn.types.get(a.obj()));
      boolean isField = cls != null && cls.field(a.name()) != null;
      if (valueType != null) checkAssignable(valueType, isField ? field : CType.OBJECT, valuePos);
    } else if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
      // Each item is an object taken from the value (a literal tuple was checked item by item).
      boolean severalStars = Exprs.elements(target).stream().filter(x -> x instanceof Expr.Starred).count() > 1;
      for (Expr t : Exprs.elements(target)) {
        if (t instanceof Expr.Starred s) {
          if (!severalStars) starredTarget(s); // else reported by checkAssignment or checkLoopStars
        } else {
          checkTarget(t, CType.OBJECT, valuePos);
        }
      }
    } else if (target instanceof Expr.Starred s) {
      fn.report(s.pos(), "a starred assignment target must be in a list or tuple - maybe you meant to use an index assignment: var[0] = ...");
    }
  }

  /** The type the setter of an extern class's C property {@code a} takes its value as, or null when {@code a} is none. */
  CType setterValueType(Expr.Attribute a) {
    ClassInfo cls = fn.module.classOf(fn.type(a.obj()));
    String setter = cls == null ? null : cls.inlineSetter(a.name());
    CFunction f = setter == null ? null : fn.module.cfunctions.get(setter);
    return f == null || f.params().size() != 2 ? null : f.params().get(1);
  }

  /** A for loop's target list: Cython reports each starred item after the first. */
  void checkLoopStars(Expr target) {
    List<Expr> items = Exprs.elements(target);
    if (items == null) return;
    long stars = items.stream().filter(x -> x instanceof Expr.Starred).count();
    boolean seen = false;
    for (Expr t : items) {
      if (!(t instanceof Expr.Starred s)) continue;
      if (seen) fn.report(s.pos(), "more than 1 starred expression in assignment");
      else if (stars == 1) starredTarget(s);
      seen = true;
    }
  }

  /** {@code *b} in a target list: b gets a list, so it must hold a Python object. */
  private void starredTarget(Expr.Starred s) {
    if (fn.recording) fn.types.put(s, CType.pyBuiltin("list"));
    if (s.value() instanceof Expr.Name n && fn.symbols.get(n.id()) != null
        && !(fn.symbols.get(n.id()).type() instanceof CType.PyObject)) {
      fn.report(n.pos(), "starred target must have Python object (list) type");
    } else {
      checkTarget(s.value(), CType.pyBuiltin("list"), s.pos());
    }
  }

  /** {@code a[lo:hi]} of a C array or pointer, other than a whole array's {@code a[:]}. */
  private boolean isPartOfArray(Expr target) {
    if (!(target instanceof Expr.Subscript s) || !(s.index() instanceof Expr.Slice sl)) return false;
    CType base = fn.type(s.obj());
    return CPointers.isPointerLike(base) && !(base instanceof CType.CArray && CIteration.absent(sl.lo()) && CIteration.absent(sl.hi()));
  }

  /**
   * {@code a[lo:hi] = v} (the one target): a display's items or another array's or pointer's
   * elements of the element type (a Python object only into a whole array, as in Cython);
   * without a stop a pointer's slice takes a display's or an array's length.
   */
  private void checkPart(Expr.Subscript s, Expr value) {
    Expr.Slice sl = (Expr.Slice) s.index();
    CType base = fn.types.get(s.obj());
    CType elem = CPointers.element(base);
    if (fn.recording) fn.types.put(s, CType.OBJECT);
    for (Expr bound : Exprs.children(sl)) {
      CType bt = fn.type(bound);
      if (bt != null && !Types.isInt(bt) && !(bt instanceof CType.PyObject)) fn.report(bound.pos(), "Invalid index type '" + bt.name() + "'");
    }
    List<Expr> items = value instanceof Expr.ListExpr || value instanceof Expr.TupleExpr ? Exprs.elements(value) : null;
    boolean stopKnown = !CIteration.absent(sl.hi()) || base instanceof CType.CArray;
    if (!CIteration.absent(sl.step()) || elem instanceof CType.CArray || base instanceof CType.Pointer p && p.constTarget()
        || items != null && Exprs.hasStarred(items)) {
      fn.report(s.pos(), "this assignment to a part of a C array or pointer is not supported by pyxc");
      return;
    }
    if (items != null) {
      for (Expr item : items) {
        fn.type(item);
        checkValue(item, elem, item.pos());
      }
      return;
    }
    CType vt = fn.type(value);
    if (vt == null) return;
    if (vt instanceof CType.CArray || vt instanceof CType.Pointer) {
      if (!elem.equals(CPointers.element(vt))) fn.report(value.pos(), "Cannot assign type '" + vt.name() + "' to '" + elem.name() + " *'");
      else if (vt instanceof CType.Pointer && !stopKnown) fn.report(s.pos(), "C array iteration requires known end index");
    } else {
      // (Cython converts a Python object only into a whole array, `a[:] = x`.)
      fn.report(value.pos(), vt instanceof CType.PyObject ? "Cannot convert Python object to '" + elem.name() + " *'"
          : "Cannot assign type '" + vt.name() + "' to '" + elem.name() + " *'");
    }
  }

  /** {@code a, b = x, y}: each target against its own value, as the IR assigns them. */
  void checkAssignment(Expr target, Expr value, CType valueType) {
    ConstVariables.Constness moduleConst = target instanceof Expr.Name n && !fn.symbols.containsKey(n.id())
        ? fn.module.constVariables.get(n.id()) : null;
    if (moduleConst != null) constAssignment(((Expr.Name) target).id(), moduleConst, true, value, value.pos());
    if (target instanceof Expr.Name n && fn.symbols.containsKey(n.id())) {
      valueType = coercedPower(value, fn.inference.localType(n.id()), valueType);
    }
    if (isPartOfArray(target)) {
      checkPart((Expr.Subscript) target, value);
      return;
    }
    List<Expr> targets = Exprs.elements(target);
    List<Expr> values = Exprs.elements(value);
    // Several starred targets: Cython reports each after the first, and the first too when the
    // value is a display it splits item by item.
    if (targets != null && targets.stream().filter(x -> x instanceof Expr.Starred).count() > 1) {
      boolean seen = false;
      for (Expr t : targets) {
        if (!(t instanceof Expr.Starred s)) continue;
        if (seen || values != null) fn.report(s.pos(), "more than 1 starred expression in assignment");
        seen = true;
      }
    }
    if (targets != null && values != null && targets.size() == values.size() && !Exprs.hasStarred(targets)
        && !Exprs.hasStarred(values)) {
      for (int i = 0; i < targets.size(); i++) checkAssignment(targets.get(i), values.get(i), fn.types.get(values.get(i)));
    } else if (target instanceof Expr.Name n && (value instanceof Expr.StrLit || value instanceof Expr.BytesLit)
        && typeTarget(n) instanceof CType.Pointer p && p.isCharPtr()) {
      checkValue(value, p, value.pos());
    } else if (target instanceof Expr.Name n && StructChecks.isStructDict(value, typeTarget(n))) {
      checkValue(value, fn.types.get(n), value.pos());
    } else if (target instanceof Expr.Name n && !isCFunction(n) && typeTarget(n) instanceof CType.Pointer p
        && p.target() instanceof CType.Function && valueType instanceof CType.Pointer vp && vp.target() instanceof CType.Function) {
      checkTarget(target, null, value.pos()); // (a const variable's checks; the value is checked as a function)
      checkValue(value, p, value.pos());
    } else if (!literalCoercion(target, value)) {
      // A cdef function stored in an object variable becomes one (an untyped local keeps its pointer,
      // a C field of function pointer type takes it as it is).
      if (valueType instanceof CType.Pointer vp && vp.isFunction() && target instanceof Expr.Name n && typeTarget(n) instanceof CType.PyObject
          && fn.module.cfunctionObjects.wraps(fn, value)) {
        valueType = CType.OBJECT;
      }
      checkTarget(target, valueType, value.pos());
      if (target instanceof Expr.Name) {
        checkCharPointerSource(fn.types.get(target), value, value.pos());
        checkArrayLength(target, value);
      } else if (target instanceof Expr.Attribute) {
        checkArrayLength(target, value); // an array attribute of an extension type or a struct
      }
    }
  }

  /**
   * A str literal stored in a C number: one character is its code (Cython's char literal), more
   * is Cython's error, and no str literal becomes a C float. Returns whether it reported one.
   */
  private boolean literalCoercion(Expr target, Expr value) {
    if (!(value instanceof Expr.StrLit s)) return false;
    CType t = target instanceof Expr.Name n ? typeTarget(n) : target instanceof Expr.Attribute a ? fn.type(a) : null;
    if ((t instanceof CType.CInt || t instanceof CType.BInt) && s.value().codePointCount(0, s.value().length()) != 1) {
      fn.diags.error(value.pos(), Types.isUcs4(t) ? UCS4_LITERAL : "Only single-character string literals can be coerced into ints.");
      return true;
    }
    if (t instanceof CType.CFloat) {
      fn.diags.error(value.pos(), UNICODE_COERCION);
      return true;
    }
    return false;
  }

  /**
   * A {@code char *} taken from a Python value points into that object: Cython refuses one taken
   * from a temporary (a call's or an operator's result), which dies right after the statement.
   * {@code storePos} is where Cython reports the store (the cdef statement, or the value).
   */
  void checkCharPointerSource(CType target, Expr value, Pos storePos) {
    if (target instanceof CType.Pointer && value instanceof Expr.Cast c && fn.types.get(c.operand()) instanceof CType.PyObject
        && CastChecks.isTemporary(c.operand(), fn.types)) {
      // `<void *>(a + b)` kept: the object it points to dies after the statement (its cast is reported too).
      fn.report(storePos, "Storing unsafe C derivative of temporary Python reference");
      return;
    }
    if (!(target instanceof CType.Pointer p && p.isCharPtr()) || !(fn.types.get(value) instanceof CType.PyObject)) return;
    if (CPointers.isArrayDisplay(value, target)) return; // its items go into an array of the function's
    if (value instanceof Expr.IfExp i) {
      boolean unsafe = false;
      for (Expr branch : List.of(i.then(), i.orElse())) {
        if (!CastChecks.isTemporary(branch, fn.types)) continue;
        fn.report(branch.pos(), "Unsafe C derivative of temporary Python reference used in conditional expression");
        unsafe = true;
      }
      if (unsafe) fn.report(storePos, "Storing unsafe C derivative of temporary Python reference");
    } else if (CastChecks.isTemporary(value, fn.types)) {
      fn.report(storePos, "Storing unsafe C derivative of temporary Python reference");
    }
  }

  /**
   * An array assigned a display or another array: Cython checks the lengths, a tuple's while
   * typing and a list's or an array's in its later pass (reported at the target).
   */
  void checkArrayLength(Expr target, Expr value) {
    // (An array whose size only C knows is checked when it runs.)
    if (!(fn.types.get(target) instanceof CType.CArray a) || !a.sizeKnown()) return;
    CType vt = fn.types.get(value);
    int got = value instanceof Expr.TupleExpr t ? t.elts().size() : value instanceof Expr.ListExpr l ? l.elts().size()
        : vt instanceof CType.CArray v ? (v.sizeKnown() ? v.size() : -1)
        : value instanceof Expr.BytesLit b && a.elem() instanceof CType.CInt i && i.kind().bits == 8 ? b.value().length() : -1;
    if (got < 0 || got == a.size()) return;
    if (value instanceof Expr.TupleExpr t) {
      fn.report(t.elts().isEmpty() ? t.pos() : t.elts().get(0).pos(), "Assignment to/from slice of wrong length, expected " + a.size() + ", got " + got);
    } else if (fn.recording) {
      fn.module.lateErrors.add(() -> fn.diags.error(target.pos(), "Assignment to slice of wrong length, expected " + a.size() + ", got " + got));
    }
  }

  /**
   * A value stored as {@code to}: a bytes literal, or a str literal of ASCII characters, is a C
   * string literal where a char pointer is wanted (Cython's rule); anything else by its type.
   */
  void checkValue(Expr value, CType to, Pos pos) {
    checkValue(value, to, pos, pos);
  }

  /** A string literal wanted as a C string: for a char pointer, and for a void pointer too, as in Cython. */
  static boolean isCStringLiteral(Expr value, CType to) {
    return to instanceof CType.Pointer p && (p.isCharPtr() || p.isVoid())
        && (value instanceof Expr.BytesLit || value instanceof Expr.StrLit s && s.value().chars().allMatch(ch -> ch < 128));
  }

  /**
   * As {@link #checkValue(Expr, CType, Pos)}; a pointer to const stored as a pointer to non-const is
   * reported at {@code discardsConstPos} (a declaration's statement, as Cython places it), or not
   * at all when null (a call's argument, which Cython leaves to the C compiler).
   */
  void checkValue(Expr value, CType to, Pos pos, Pos discardsConstPos) {
    coercedPower(value, to, null);
    if (to instanceof CType.PyObject && fn.module.cfunctionObjects.wraps(fn, value)) return;
    // As in Cython, an `and`/`or`/conditional wanted as an object converts each operand on its
    // own (`s and <unsigned char*>s` is bytes either way, though its C type is void *).
    if (to instanceof CType.PyObject && value instanceof Expr.BoolOp b && CPointers.isPointerLike(fn.types.get(value))) {
      checkValue(b.left(), to, b.left().pos(), discardsConstPos);
      checkValue(b.right(), to, b.right().pos(), discardsConstPos);
      return;
    }
    if (to instanceof CType.PyObject && value instanceof Expr.IfExp i && CPointers.isPointerLike(fn.types.get(value))) {
      checkValue(i.then(), to, i.then().pos(), discardsConstPos);
      checkValue(i.orElse(), to, i.orElse().pos(), discardsConstPos);
      return;
    }
    if (CPointers.isArrayDisplay(value, to)) {
      for (Expr item : Exprs.elements(value)) checkValue(item, ((CType.Pointer) to).target(), item.pos());
      return;
    }
    if (StructChecks.isStructDict(value, to)) {
      fn.structs.display(value, ((CType.Struct) to).type());
      return;
    }
    if (isCStringLiteral(value, to)) return;
    if (value instanceof Expr.StrLit s && (to instanceof CType.CInt || to instanceof CType.BInt)
        && s.value().codePointCount(0, s.value().length()) != 1) {
      fn.diags.error(value.pos(), Types.isUcs4(to) ? UCS4_LITERAL : "Only single-character string literals can be coerced into ints.");
      return;
    }
    if (value instanceof Expr.BytesLit b && Types.isUcs4(to)) {
      fn.diags.error(value.pos(), b.value().length() != 1 ? "Only single-character string literals can be coerced into ints."
          : "Bytes literals cannot coerce to Py_UNICODE/Py_UCS4, use a unicode literal instead.");
      return;
    }
    if (to instanceof CType.Pointer p && p.target() instanceof CType.Function && value instanceof Expr.Name n && isCFunction(n)
        && fn.types.get(value) instanceof CType.Pointer vp && vp.target() instanceof CType.Function f) {
      // A function named as the value is a function, not a pointer, in Cython's message.
      String error = CPointers.functionAssignError(f, n.id(), p);
      if (error != null) fn.diags.error(pos, error);
      return;
    }
    checkAssignable(fn.types.get(value), to, pos, discardsConstPos);
  }

  /**
   * A power whose value goes straight into a C number is computed as that number's kind, as
   * Cython re-types it (see {@link PowerTypes#coerced}): its recorded type changes, which the IR
   * builder follows. Returns the value's type (its new one when re-typed, else {@code type}).
   */
  private CType coercedPower(Expr value, CType to, CType type) {
    if (!(value instanceof Expr.BinOp b) || b.op() != dev.pyxc.ast.BinaryOp.POW || !fn.recording) return type;
    CType l = fn.types.get(b.left());
    CType r = fn.types.get(b.right());
    if (l == null || r == null || !ExpressionTypes.isCReal(l) || !ExpressionTypes.isCReal(r)) return type;
    CType t = PowerTypes.coerced(fn.current.isGiven("cpow"), l, r, b.left(), b.right(), to);
    if (t == null) return type;
    fn.types.put(value, t);
    return t;
  }

  /** Cython's refusal of a str literal where a C value (or a view) is wanted. */
  static final String UNICODE_COERCION = "Unicode literals do not support coercion to C types other than Py_UCS4/Py_UNICODE "
      + "(for characters), Py_UNICODE* (for strings) or char*/void* (for auto-encoded strings).";
  private static final String UCS4_LITERAL =
      "Only single-character Unicode string literals or surrogate pairs can be coerced into Py_UCS4/Py_UNICODE.";

  /** Cython's assignment rules: C floats never silently become C integers; views must conform. */
  void checkAssignable(CType from, CType to, Pos pos) {
    checkAssignable(from, to, pos, pos);
  }

  private void checkAssignable(CType from, CType to, Pos pos, Pos discardsConstPos) {
    if (from == null || to == null || from instanceof CType.ErrorType || to instanceof CType.ErrorType) return;
    if (Locks.isLock(from) && from.equals(to)) {
      fn.diags.error(pos, Locks.copied(from));
      return;
    }
    // (a C array stored in a view is the view of its memory, checked as a view would be)
    if (from instanceof CType.CArray a && to instanceof CType.MemView) from = a.asView();
    if (to instanceof CType.Pointer p && p.target() instanceof CType.Function && from instanceof CType.Pointer vp
        && vp.target() instanceof CType.Function f) {
      String error = CPointers.functionAssignError(f, null, p);
      if (error != null) fn.diags.error(pos, error);
      return;
    }
    if (from instanceof CType.Void) {
      fn.diags.error(pos, "Cannot assign type 'void' to '" + to.name() + "'");
    } else if (to instanceof CType.Void) {
      fn.diags.error(pos, "Cannot assign type '" + from.name() + "' to 'void'");
    } else if (from instanceof CType.Struct || to instanceof CType.Struct) {
      String error = StructChecks.assignError(from, to);
      if (error != null) fn.diags.error(pos, error);
    } else if (to instanceof CType.MemView tv && from instanceof CType.MemView fv) {
      if (!tv.dtype().equals(fv.dtype())) {
        fn.diags.error(pos, "Different base types for memoryviews (" + fv.dtype().name() + ", " + tv.dtype().name() + ")");
      } else if (!tv.accepts(fv)) {
        fn.diags.error(pos, "Memoryview '" + fv.name() + "' not conformable to memoryview '" + tv.name() + "'.");
      }
    } else if (to instanceof CType.MemView && !(from instanceof CType.PyObject)) {
      fn.diags.error(pos, "Cannot convert '" + from.name() + "' to memoryviewslice");
    } else if (CPointers.isPointerLike(from) || CPointers.isPointerLike(to)) {
      // With c_string_encoding, a str is a char * too (its encoded characters).
      if (to instanceof CType.Pointer p && p.isCharPtr() && from instanceof CType.PyObject o && "str".equals(o.builtin())
          && fn.current.stringEncoding() != null) {
        return;
      }
      String error = CPointers.assignError(from, to);
      if (error != null && error.endsWith(CPointers.DISCARDS_CONST)) {
        // A warning in Cython (the C compiler is told with a cast): the pointer is written through at the user's risk.
        if (discardsConstPos != null && fn.recording) fn.diags.warning(discardsConstPos, error);
      } else if (error != null) {
        fn.diags.error(pos, error);
      }
    } else if (from instanceof CType.MemView && !(to instanceof CType.PyObject)) {
      fn.diags.error(pos, "Cannot assign type '" + from.name() + "' to '" + to.name() + "'");
    } else if (to instanceof CType.CInt && from instanceof CType.CFloat) {
      fn.diags.error(pos, "Cannot assign type '" + from.name() + "' to '" + to.name() + "'");
    } else if (from instanceof CType.CComplex && !Types.isSoftComplex(from) && Types.isCNumeric(to)) {
      // A complex has no implicit real value (a cast takes the real part).
      fn.diags.error(pos, "Cannot assign type '" + from.name() + "' to '" + to.name() + "'");
    } else if (to instanceof CType.CComplex t && t.real() instanceof CType.CInt
        && (from instanceof CType.CFloat || from instanceof CType.CComplex f && f.real() instanceof CType.CFloat)) {
      fn.diags.error(pos, "Cannot assign type '" + from.name() + "' to '" + to.name() + "'");
    } else if (to instanceof CType.PyObject t && t.isExtType() && !extAccepts(t, from)) {
      fn.diags.error(pos, "Cannot assign type '" + from.name() + "' to '" + to.name() + "'");
    } else if (from instanceof CType.PyObject f && f.isExtType() && to instanceof CType.PyObject t && t.builtin() != null) {
      fn.diags.error(pos, "Cannot assign type '" + from.name() + "' to '" + to.name() + "'");
    } else if (from instanceof CType.PyObject f && "list".equals(f.builtin()) && listDisplays.contains(pos) && Types.isCNumeric(to)) {
      fn.diags.error(pos, "Cannot coerce list to type '" + (constTarget ? "const " : "") + to.name() + "'");
    }
  }

  /**
   * What an extension-typed place accepts: any object, as Cython does (tested at run time unless
   * its type is this one or a subtype), never a C value.
   */
  private boolean extAccepts(CType.PyObject to, CType from) {
    // (an extern class of CPython's builtins is that builtin type: `ctypedef class __builtin__.list`)
    ClassInfo cls = fn.module.classOf(to);
    if (from instanceof CType.PyObject f && f.builtin() != null && cls != null && cls.isExtern() && "builtins".equals(cls.importedFrom())) {
      return f.builtin().equals(cls.pythonName());
    }
    // (a C number whose Python form is that builtin: `cdef complex c = 1+2j` of cpython.complex)
    if (Types.isCArithmetic(from) && cls != null && cls.isExtern() && "builtins".equals(cls.importedFrom())) {
      return cls.pythonName().equals(((CType.PyObject) Types.pythonEquivalent(from)).builtin());
    }
    return from instanceof CType.PyObject f && f.builtin() == null;
  }

  /**
   * Whether a view may be copied into another (Cython's conformance for copying): broadcast from
   * the last axes, each axis of the destination generic or of the source's access.
   */
  private static boolean copyConforms(CType.MemView from, CType.MemView to) {
    int n = Math.max(from.ndim(), to.ndim());
    for (int i = 0; i < n; i++) {
      int fi = i - (n - from.ndim()), ti = i - (n - to.ndim());
      CType.Packing have = fi < 0 ? CType.Packing.STRIDED : from.packing().get(fi);
      CType.Packing want = ti < 0 ? CType.Packing.STRIDED : to.packing().get(ti);
      if (want != CType.Packing.GENERIC && (have.direct() != want.direct() || have.indirect() != want.indirect())) return false;
    }
    return true;
  }
}
