package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls: cdef and extern functions (C arguments, C results), a view's
 * copy methods, the builtins whose result has a C type (len, abs, min, max), and other calls as
 * Python calls.
 */
public final class CallChecks {
  private final FunctionChecker fn;
  final FusedCalls fused;

  CallChecks(FunctionChecker fn) {
    this.fn = fn;
    this.fused = new FusedCalls(fn);
  }

  CType call(Expr.Call c) {
    if (isLocalsCall(c)) return CType.pyBuiltin("dict");
    if ("cython.parallel.prange".equals(fn.module.cythonNames.qualify(c.func()))) {
      // (Cython makes it a loop first: where the GIL is held, its warning about that comes too)
      boolean nogil = c.args().stream().anyMatch(a -> "nogil".equals(a.keyword())
          && (a.value() instanceof Expr.BoolLit b ? b.value() : a.value() instanceof Expr.IntLit i && i.value().signum() != 0));
      if (!nogil && !fn.withoutGil) fn.parallel.warnWithoutFreethreading(c.pos(), "prange without releasing the GIL will only work well on freethreaded Python");
      fn.report(c.pos(), "prange() can only be used as part of a for loop");
      c.args().forEach(a -> fn.type(a.value()));
      return CType.OBJECT;
    }
    String notCython = c.func() instanceof Expr.Attribute ua ? fn.expressions.unknownCythonAttribute(ua) : null;
    if (notCython != null) {
      // `cython.likely(x)`: Cython's two errors, the attribute's and the call's.
      fn.type(c.func());
      fn.report(c.func().pos(), "'" + notCython + "' not a valid cython language construct");
      c.args().forEach(a -> fn.type(a.value()));
      return CType.OBJECT;
    }
    Expr equivalent = fn.cythonCalls.get(c);
    if (equivalent == null) {
      equivalent = CythonCalls.equivalent(c, fn.module.cythonNames, fn);
      if (equivalent == null) equivalent = appendedCharacter(c);
      if (equivalent == null && c.func() instanceof Expr.Attribute a && a.obj() instanceof Expr.Name cn && !fn.symbols.containsKey(cn.id())
          && !fn.globals.contains(cn.id()) && fn.module.classes.named(cn.id()) != null) {
        // `Cls.m(...)` of a static cdef method: the call of the function it is.
        equivalent = StaticMethods.call(c, fn.module.classes.named(cn.id()), fn.module.cfunctions);
      }
      // Kept once types are final (typeof's string is the checked type).
      if (equivalent != null && fn.recording) fn.cythonCalls.put(c, equivalent);
    }
    if (equivalent != null) {
      if (fn.recording) fn.types.put(c.func(), CType.OBJECT);
      return fn.type(equivalent);
    }
    if (c.args().stream().anyMatch(Expr.Arg::starred)) return starCall(c);
    clearedInPlace(c);
    CType.MemView copied = viewCopy(c);
    if (copied != null) return copied;
    if (isViewContiguityTest(c)) return CType.BINT;
    CType.CComplex conjugated = conjugate(c);
    if (conjugated != null) return conjugated;
    if (Locks.receiver(c, fn::type) != null) {
      if (fn.recording) fn.types.put(c.func(), CType.OBJECT);
      return Locks.result(c);
    }
    FusedFunctions.Group fusedGroup = fused.group(c);
    if (fusedGroup != null) {
      CFunction specialization = fused.specialization(c, fusedGroup);
      if (specialization != null && specialization.owner() != null) return methodCall(c, FusedCalls.method(c), specialization);
      if (specialization != null) return cdefCall(c, specialization);
      c.args().forEach(a -> fn.type(a.value()));
      return CType.ERROR;
    }
    CFunction cf = cfunctionCallee(c);
    if (cf != null && !fn.module.cimportedInline.contains(fn.def)) fn.module.usedCFunctions.add(cf);
    if (cf != null) return cdefCall(c, cf);
    if (c.func() instanceof Expr.Name n && !fn.symbols.containsKey(n.id()) && fn.module.types.lookup(n.id()) instanceof CType.Struct s) {
      return fn.structs.literal(c, s.type());
    }
    CFunction unbound = unboundMethod(c);
    if (unbound != null) {
      boolean viaSuper = !(((Expr.Attribute) c.func()).obj() instanceof Expr.Name);
      int first = viaSuper ? 1 : 0;
      if (!checkCArguments(c, unbound.params().subList(first, unbound.params().size()),
          unbound.defaults().subList(first, unbound.params().size()),
          unbound.paramNames().subList(first, unbound.params().size()), first, unbound)) {
        return null;
      }
      if (fn.recording) {
        fn.types.put(c.func(), CType.OBJECT);
        fn.types.put(((Expr.Attribute) c.func()).obj(), CType.OBJECT);
      }
      return unbound.returnType();
    }
    if (c.func() instanceof Expr.Attribute a && !(a.obj() instanceof Expr.Name n && isClassName(n))) {
      CType objType = fn.type(a.obj());
      ClassInfo cls = fn.module.classOf(objType);
      CFunction method = cls == null ? null : cls.cmethod(a.name());
      if (method != null) return methodCall(c, a, method);
    }
    CType ft = fn.type(c.func());
    if (ft instanceof CType.Pointer p && p.target() instanceof CType.Function f) {
      // A call through a pointer to a C function: its arguments as its parameters, by keyword
      // too where its type names them.
      if (c.args().stream().anyMatch(a -> a.stars() != 0 || a.keyword() != null && f.argNames() == null)) {
        fn.report(c.pos(), "Keyword and starred arguments not allowed in cdef functions.");
        return f.result();
      }
      checkCArguments(c, f.params(), java.util.Collections.nCopies(f.params().size(), null), f.argNames(), 0, null);
      return f.result();
    }
    if (ft instanceof CType.ErrorType && c.func() instanceof Expr.Name n && fn.module.types.lookup(n.id()) != null) {
      c.args().forEach(a -> fn.type(a.value()));
      fn.report(c.pos(), "Calling non-function type '" + n.id() + "'");
      return CType.ERROR;
    }
    List<CType> argTypes = new ArrayList<>();
    boolean unknown = false;
    for (Expr.Arg a : c.args()) {
      CType t = fn.type(a.value());
      unknown |= t == null;
      argTypes.add(t);
      fn.toPython(a.value());
    }
    if (ft != null && !(ft instanceof CType.PyObject) && ft != CType.ERROR) {
      fn.report(c.pos(), "Calling non-function type '" + ft.name() + "'");
      return CType.OBJECT;
    }
    if (c.func() instanceof Expr.Name n && isClassName(n)) return fn.module.classes.named(n.id()).type();
    String builtin = builtinCallee(c);
    if (builtin == null) return CType.OBJECT;
    boolean positionalOnly = c.args().stream().allMatch(a -> a.keyword() == null);
    if (unknown) return null;
    switch (builtin) {
      case "len" -> {
        // (a C string's is its strlen, in C, as in Cython)
        if (positionalOnly && argTypes.size() == 1 && argTypes.get(0) instanceof CType.Pointer p && p.isCharPtr()) return CType.SSIZE_T;
        if (positionalOnly && argTypes.size() == 1
            && (argTypes.get(0) instanceof CType.PyObject || argTypes.get(0) instanceof CType.MemView)) {
          return CType.SSIZE_T;
        }
      }
      case "hash" -> {
        if (positionalOnly && argTypes.size() == 1 && argTypes.get(0) instanceof CType.PyObject) return new CType.CInt(CType.IntKind.HASH_T);
      }
      case "abs" -> {
        // |z| of a floating complex is its C modulus (an integer complex's goes through Python).
        if (positionalOnly && argTypes.size() == 1 && argTypes.get(0) instanceof CType.CComplex z && z.real() instanceof CType.CFloat) {
          return z.real();
        }
        // (a long double's goes through Python, as in Cython)
        if (positionalOnly && argTypes.size() == 1 && Types.isCNumeric(argTypes.get(0)) && !argTypes.get(0).equals(CType.LONGDOUBLE)) {
          CType t = argTypes.get(0);
          return t instanceof CType.BInt ? CType.INT : (t instanceof CType.CInt ? Types.widest(t, t) : t);
        }
      }
      case "min", "max" -> {
        if (positionalOnly && argTypes.size() >= 2 && argTypes.stream().allMatch(Types::isCNumeric)) {
          CType t = argTypes.get(0);
          for (CType x : argTypes.subList(1, argTypes.size())) t = Types.spanning(t, x);
          return t;
        }
      }
      case "isinstance" -> {
        // A C truth value, as Cython makes it (it tests the type in C).
        if (positionalOnly && argTypes.size() == 2) return CType.BINT;
      }
      case "ord" -> {
        // A C value, as Cython computes it: a char's as an unsigned char, another C integer's (a
        // Py_UCS4) or an object's one character as a C long.
        if (positionalOnly && argTypes.size() == 1 && argTypes.get(0) instanceof CType.CInt i && i.kind().bits == 8) {
          return new CType.CInt(CType.IntKind.UCHAR);
        }
        if (positionalOnly && argTypes.size() == 1 && (argTypes.get(0) instanceof CType.PyObject || argTypes.get(0) instanceof CType.CInt)) {
          return CType.LONG;
        }
      }
      case "list", "tuple", "dict", "set", "frozenset", "bytearray", "range" -> {
        // Calls of these builtin types make instances of exactly that type, as Cython types them.
        return CType.pyBuiltin(builtin);
      }
      default -> { }
    }
    return CType.OBJECT;
  }

  /**
   * A call with {@code *x} or {@code **x} arguments: a Python call of any callee, every argument
   * an object; C functions and methods refuse them as Cython does.
   */
  /**
   * {@code b.append('x')} of a bytearray-typed value with a one-character string literal: the
   * character's code appended, as Cython's bytearray append takes the literal as a C char (where
   * Python's would refuse a string); null for any other call.
   */
  private Expr appendedCharacter(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a) || !a.name().equals("append") || c.args().size() != 1 || c.args().get(0).keyword() != null) {
      return null;
    }
    Expr v = c.args().get(0).value();
    String s = v instanceof Expr.StrLit sl ? sl.value() : v instanceof Expr.BytesLit bl ? bl.value() : null;
    if (s == null || s.length() != 1 || s.charAt(0) > 255) return null;
    if (!(fn.type(a.obj()) instanceof CType.PyObject o) || !"bytearray".equals(o.builtin())) return null;
    java.math.BigInteger code = java.math.BigInteger.valueOf(s.charAt(0));
    return new Expr.Call(c.func(), List.of(new Expr.Arg(null, new Expr.IntLit(code.toString(), code, v.pos()), v.pos())), c.pos());
  }

  private CType starCall(Expr.Call c) {
    boolean cCallee = cfunctionCallee(c) != null || unboundMethod(c) != null;
    if (c.func() instanceof Expr.Attribute a && !(a.obj() instanceof Expr.Name n && isClassName(n))) {
      ClassInfo cls = fn.module.classOf(fn.type(a.obj()));
      cCallee |= cls != null && cls.cmethod(a.name()) != null;
    }
    if (cCallee) {
      fn.report(c.pos(), "Non-trivial keyword arguments and starred arguments not allowed in cdef functions.");
      return CType.OBJECT;
    }
    CType ft = fn.type(c.func());
    boolean unknown = ft == null;
    for (Expr.Arg a : c.args()) {
      CType t = fn.type(a.value());
      unknown |= t == null;
      fn.toPython(a.value());
    }
    if (ft != null && !(ft instanceof CType.PyObject) && ft != CType.ERROR) {
      fn.report(c.pos(), "Calling non-function type '" + ft.name() + "'");
    }
    if (unknown) return null;
    // (an extension type called makes one of its instances, whatever the arguments)
    return c.func() instanceof Expr.Name n && isClassName(n) ? fn.module.classes.named(n.id()).type() : CType.OBJECT;
  }

  /**
   * The arguments of a call of a C function (cdef or libc): positional only, as many as it
   * takes, each convertible to its parameter. False while an argument's type is still unknown.
   */
  private boolean checkCArguments(Expr.Call c, List<CType> params) {
    return checkCArguments(c, params, java.util.Collections.nCopies(params.size(), null), null, 0, null);
  }

  /**
   * As above, for a function whose parameters may have defaults (a missing argument takes its
   * default) and, when {@code names} are known, may be given by keyword; {@code implicit} leading
   * arguments (a method's self) are counted in the message, as Cython counts them.
   */
  private boolean checkCArguments(Expr.Call c, List<CType> params, List<Expr> defaults, List<String> names, int implicit,
      CFunction callee) {
    boolean unknown = false;
    for (Expr.Arg a : c.args()) unknown |= fn.type(a.value()) == null;
    if (unknown) return false;
    int required = 0;
    while (required < defaults.size() && defaults.get(required) == null) required++;
    List<Expr> given = c.args().stream().map(Expr.Arg::value).toList();
    if (c.args().stream().anyMatch(a -> a.keyword() != null)) {
      if (names == null) {
        fn.report(c.pos(), "keyword arguments to C functions are not supported by pyxc");
        return true;
      }
      CKeywordCalls.Mapping m = CKeywordCalls.map(c, names);
      for (CKeywordCalls.Problem p : m.problems()) fn.report(p.pos(), p.message());
      if (!m.problems().isEmpty()) return true;
      given = m.given();
    }
    int n = given.size();
    if (n < required || n > params.size()) {
      String expected = required == params.size() ? String.valueOf(required + implicit)
          : n < required ? "at least " + (required + implicit) : "at most " + (params.size() + implicit);
      fn.report(c.pos(), "Call with wrong number of arguments (expected " + expected + ", got " + (n + implicit) + ")");
    } else if (!sharesDefaults(callee, defaults, n, implicit)) {
      // (Only a function or method defined in a .pyx has such defaults; its module shares them.)
      fn.report(c.pos(), "leaving out an argument whose default is declared '=*' but never defined is not supported by pyxc");
    } else if (fn.recording) {
      for (Expr d : defaults.subList(n, params.size())) if (!(d instanceof Expr.DeclaredDefault)) fn.type(d);
      for (int i = 0; i < n; i++) {
        Expr v = given.get(i);
        fn.assignments.checkValue(v, params.get(i), v.pos(), null);
      }
    }
    return true;
  }

  /** The specialization of a cdef fused method a call through an instance runs, or null. */
  CFunction fusedMethodCallee(Expr.Call c) {
    FusedFunctions.Group group = c.func() instanceof Expr.Attribute ? fused.group(c) : null;
    return group == null || fn.module.fused.ownerOf(group) == null ? null : fused.specialization(c, group);
  }

  /** Whether a call names a cdef fused function (whether or not a specialization fits it). */
  boolean isFusedCall(Expr.Call c) {
    return fused.group(c) != null;
  }

  /** The cdef function a call names directly, when no local shadows it. */
  /**
   * {@code Py_CLEAR(x)}: a macro that clears what is written, so its argument is the place's
   * address (recorded as what the argument stands for), which must be one (a variable, an element).
   */
  private void clearedInPlace(Expr.Call c) {
    if (!(c.func() instanceof Expr.Name n) || fn.symbols.containsKey(n.id()) || c.args().size() != 1 || c.args().get(0).keyword() != null) return;
    CFunction f = fn.module.cfunctions.get(n.id());
    if (f == null || f.extern() == null || !f.extern().cName().equals(dev.pyxc.ir.PointerPrimitives.CLEAR_MACRO)) return;
    Expr arg = c.args().get(0).value();
    Expr.AddressOf place = new Expr.AddressOf(arg, arg.pos());
    fn.type(place);
    if (fn.recording) fn.cythonCalls.put(arg, place);
  }

  CFunction cfunctionCallee(Expr.Call c) {
    CFunction specialization = fn.fusedCalls.get(c);
    if (specialization != null) return specialization;
    FusedFunctions.Group group = fused.group(c);
    // (a fused method's specialization is a method: see methodCallee)
    if (group != null) return fn.module.fused.ownerOf(group) != null ? null : fused.specialization(c, group);
    if (c.func() instanceof Expr.Name n && !fn.symbols.containsKey(n.id())) return fn.module.cfunctions.get(n.id());
    return null;
  }

  /**
   * {@code locals()} in a function (the builtin, not shadowed): a dict of the function's variables
   * that hold a value, made in place (the builtin would see its caller's frame, which a compiled
   * function does not have).
   */
  boolean isLocalsCall(Expr.Call c) {
    // (`vars()` without an argument is `locals()`)
    return c.args().isEmpty() && c.func() instanceof Expr.Name n && (n.id().equals("locals") || n.id().equals("vars"))
        && !fn.moduleScope && !fn.symbols.containsKey(n.id()) && !fn.module.moduleNames.contains(n.id());
  }

  boolean isClassName(Expr.Name n) {
    return !fn.symbols.containsKey(n.id()) && !fn.globals.contains(n.id()) && fn.module.classes.named.containsKey(n.id());
  }

  /**
   * A cdef method named through its class, {@code Base.m(self, args)}, or through {@code super()}
   * in a method: the implementation that class has, called directly (no vtable), or null.
   */
  CFunction unboundMethod(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a)) return null;
    if (a.obj() instanceof Expr.Name n && isClassName(n)) return fn.module.classes.named(n.id()).cmethod(a.name());
    if (a.obj() instanceof Expr.Call s && s.args().isEmpty() && s.func() instanceof Expr.Name sn && sn.id().equals("super")
        && builtinCallee(s) != null && fn.owner != null && fn.owner.base() != null) {
      return fn.owner.base().cmethod(a.name());
    }
    return null;
  }

  /** {@code obj.m(args)} for a cdef method m of obj's extension type: a C call with obj as self. */
  private CType methodCall(Expr.Call c, Expr.Attribute a, CFunction m) {
    if (!checkCArguments(c, m.params().subList(1, m.params().size()), m.defaults().subList(1, m.params().size()),
        m.paramNames().subList(1, m.params().size()), 1, m)) {
      return null;
    }
    if (fn.recording) fn.types.put(a, CType.OBJECT);
    return m.returnType();
  }

  /**
   * Whether each default left out from {@code n} on is known here: given by the definition, or
   * declared {@code =*} in the .pxd of the cimported function {@code callee}, whose module shares it.
   */
  private boolean sharesDefaults(CFunction callee, List<Expr> defaults, int n, int implicit) {
    for (int i = n; i < defaults.size(); i++) {
      if (!(defaults.get(i) instanceof Expr.DeclaredDefault)) continue;
      if (!fn.module.variables.containsKey(dev.pyxc.ir.DefaultSlots.importedName(callee, i + implicit))) return false;
    }
    return true;
  }

  /** A call of a cdef function: positional arguments converted to the parameter types. */
  private CType cdefCall(Expr.Call c, CFunction cf) {
    if (cf.takesVarargs()) return varargsCall(c, cf);
    if (!checkCArguments(c, cf.params(), cf.defaults(), cf.paramNames(), 0, cf)) return null;
    if (fn.recording) fn.types.put(c.func(), CType.OBJECT);
    return cf.returnType();
  }

  /**
   * A call of a C function with varargs ({@code printf(fmt, ...)}): the declared parameters as
   * any C call's, then C values passed as they are (C's promotions apply), never objects.
   */
  private CType varargsCall(Expr.Call c, CFunction cf) {
    boolean unknown = false;
    for (Expr.Arg a : c.args()) unknown |= fn.type(a.value()) == null;
    if (unknown) return null;
    int n = c.args().size();
    if (c.args().stream().anyMatch(a -> a.keyword() != null)) {
      fn.report(c.pos(), "keyword arguments to C functions are not supported by pyxc");
    } else if (n < cf.params().size()) {
      fn.report(c.pos(), "Call with wrong number of arguments (expected at least " + cf.params().size() + ", got " + n + ")");
    } else if (fn.recording) {
      for (int i = 0; i < n; i++) {
        Expr v = c.args().get(i).value();
        CType t = fn.types.get(v);
        if (i < cf.params().size()) fn.assignments.checkValue(v, cf.params().get(i), v.pos(), null);
        else if ((t instanceof CType.PyObject || t instanceof CType.MemView) && !isStringLiteral(v)) {
          // (Cython reports it where the argument before it stands)
          fn.report(c.args().get(i - 1).value().pos(), "Python object cannot be passed as a varargs parameter");
        } else if (v instanceof Expr.StrLit s && !s.value().chars().allMatch(ch -> ch < 128)) {
          fn.report(v.pos(), "Unicode literals do not support coercion to C types other than Py_UCS4/Py_UNICODE "
              + "(for characters), Py_UNICODE* (for strings) or char*/void* (for auto-encoded strings).");
        }
      }
      fn.types.put(c.func(), CType.OBJECT);
    }
    return cf.returnType();
  }

  /** A string literal, which Cython passes as a varargs parameter as its C string. */
  public static boolean isStringLiteral(Expr e) {
    return e instanceof Expr.StrLit || e instanceof Expr.BytesLit;
  }

  /** {@code z.conjugate()} of a C complex: a C complex again, as in Cython. */
  private CType.CComplex conjugate(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a) || !c.args().isEmpty() || !a.name().equals("conjugate")) return null;
    if (!(fn.type(a.obj()) instanceof CType.CComplex z)) return null;
    if (fn.recording) fn.types.put(a, CType.OBJECT);
    return z;
  }

  /**
   * {@code x.is_c_contig()} / {@code x.is_f_contig()} of a view: a C test of its strides, a bint
   * (a gil-requiring call without the GIL, as Cython's helper is).
   */
  private boolean isViewContiguityTest(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a) || !c.args().isEmpty()
        || !(a.name().equals("is_c_contig") || a.name().equals("is_f_contig")) || !(fn.type(a.obj()) instanceof CType.MemView)) {
      return false;
    }
    if (fn.recording) fn.types.put(a, CType.OBJECT);
    return true;
  }

  /** {@code x.copy()} / {@code x.copy_fortran()} of a view: the contiguous view it returns. */
  private CType.MemView viewCopy(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a) || !c.args().isEmpty()
        || !(a.name().equals("copy") || a.name().equals("copy_fortran"))) {
      return null;
    }
    if (!(fn.type(a.obj()) instanceof CType.MemView mv)) return null;
    if (fn.recording) fn.types.put(a, CType.OBJECT);
    List<CType.Packing> packing = new ArrayList<>(java.util.Collections.nCopies(mv.ndim(), CType.Packing.STRIDED));
    packing.set(a.name().equals("copy") ? mv.ndim() - 1 : 0, CType.Packing.CONTIG);
    return new CType.MemView(mv.dtype(), mv.ndim(), List.copyOf(packing), false, mv.dtypeName());
  }

  /** The builtin a call refers to, when its name is not shadowed. */
  String builtinCallee(Expr.Call c) {
    if (c.func() instanceof Expr.Name n && !fn.symbols.containsKey(n.id()) && fn.module.builtinAliases.containsKey(n.id())) {
      return fn.module.builtinAliases.get(n.id());
    }
    if (c.func() instanceof Expr.Name n && !fn.symbols.containsKey(n.id()) && !fn.module.moduleNames.contains(n.id())
        && Builtins.NAMES.contains(n.id())) {
      return n.id();
    }
    // (frozendict(x) is dict(x) before Python 3.15, as Cython makes it)
    if (c.func() instanceof Expr.Name n && n.id().equals("frozendict") && !fn.symbols.containsKey(n.id())
        && !fn.module.moduleNames.contains(n.id())) {
      return "dict";
    }
    return null;
  }
}
