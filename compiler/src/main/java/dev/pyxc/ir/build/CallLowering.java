package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.ErrorKind;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitive;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Types;
import java.math.BigInteger;
import java.util.List;
import java.util.Set;

/**
 * Calls: cdef and extern functions called directly in C, builtins that have a C form
 * ({@code len}, {@code abs}, {@code min}, {@code max}), view copies, and Python calls.
 */
final class CallLowering {
  private final FunctionBuilder fb;

  CallLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** For each parameter of extern function {@code f}: the instance struct of the extern class it is typed as, or null. */
  private java.util.List<String> externStructs(dev.pyxc.sema.CFunction f) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (CType p : f.params()) {
      dev.pyxc.sema.ClassInfo cls = p instanceof CType.PyObject o && o.isExtType() ? fb.outer.info.classOf(p) : null;
      out.add(cls != null && cls.isExtern() ? cls.externStruct() : null);
    }
    return out;
  }

  Register callExpr(Expr.Call c, CType type) {
    Expr equivalent = fb.fi.cythonCalls().get(c);
    if (equivalent instanceof Expr.BinOp) {
      // cython.cdiv / cython.cmod: the operator under cdivision=True.
      dev.pyxc.sema.Directives saved = fb.directives;
      fb.directives = saved.copy();
      fb.directives.force("cdivision", true);
      try {
        return fb.expr(equivalent);
      } finally {
        fb.directives = saved;
      }
    }
    if (equivalent != null) return fb.expr(equivalent);
    Register inlined = fb.comprehensions.consumingCall(c);
    if (inlined != null) return inlined;
    Register scoped = scopeBuiltin(c);
    if (scoped != null) return scoped;
    Register direct = fb.closures.directCall(c);
    if (direct != null) return direct;
    if (c.args().stream().anyMatch(Expr.Arg::starred)) {
      Register made = fb.starCalls.call(c);
      return type instanceof CType.PyObject o && o.isExtType() ? fb.call(Primitives.retype(o), c.pos(), made) : made;
    }
    if (type instanceof CType.Struct st && c.func() instanceof Expr.Name n && !fb.isVar(n.id())
        && !fb.outer.info.cfunctions().containsKey(n.id()) && !fb.outer.info.variables().containsKey(n.id())
        && !fb.fi.fusedCalls().containsKey(c)) {
      return fb.structs.literal(c, st.type());
    }
    dev.pyxc.sema.CFunction specialization = fb.fi.fusedCalls().get(c);
    if (specialization != null && specialization.owner() != null) {
      Expr.Attribute a = (Expr.Attribute) (c.func() instanceof Expr.Subscript s ? s.obj() : c.func());
      return fb.classes.callMethod(c, a, fb.outer.info.classOf(fb.typeOf(a.obj())), specialization);
    }
    if (specialization != null) return fb.call(Primitives.cdefCall(specialization), c.pos(), cArguments(c, specialization, 0));
    if (c.func() instanceof Expr.Name n && !fb.isVar(n.id()) && fb.outer.info.cfunctions().containsKey(n.id())) {
      dev.pyxc.sema.CFunction f = fb.outer.info.cfunctions().get(n.id());
      if (f.takesVarargs()) return fb.call(Primitives.cdefCall(f), c.pos(), varargs(c, f));
      if (f.extern() != null && f.extern().cName().equals(dev.pyxc.ir.PointerPrimitives.CLEAR_MACRO)) {
        // (a macro on the place written: given its address)
        return fb.call(dev.pyxc.ir.PointerPrimitives.CLEAR_AT, c.pos(), fb.expr(fb.fi.cythonCalls().get(c.args().get(0).value())));
      }
      return fb.call(f.extern() != null ? Primitives.externCall(f, externStructs(f)) : Primitives.cdefCall(f), c.pos(),
          cArguments(c, f, 0));
    }
    dev.pyxc.sema.CFunction unbound = unboundMethod(c);
    if (unbound != null) return fb.classes.callUnbound(c, unbound);
    if (c.func() instanceof Expr.Attribute a) {
      dev.pyxc.sema.ClassInfo cls = fb.outer.info.classOf(fb.typeOf(a.obj()));
      dev.pyxc.sema.CFunction m = cls == null ? null : cls.cmethod(a.name());
      if (m != null) return fb.classes.callMethod(c, a, cls, m);
    }
    if (c.func() instanceof Expr.Name n && !fb.isVar(n.id()) && type instanceof CType.PyObject o && o.isExtType()
        && fb.outer.info.classNames().containsKey(n.id()) && fb.outer.info.classNames().get(n.id()).name().equals(o.extType())) {
      return fb.classes.construct(c, fb.outer.info.classNames().get(n.id()));
    }
    Expr lock = dev.pyxc.sema.Locks.receiver(c, fb::typeOf);
    if (lock != null) {
      Register at = fb.pointers.address(lock, new CType.Pointer(fb.typeOf(lock)), c.pos());
      return fb.call(dev.pyxc.ir.LockPrimitives.method(((Expr.Attribute) c.func()).name()), c.pos(), at);
    }
    if (type instanceof CType.CComplex z && c.func() instanceof Expr.Attribute a && a.name().equals("conjugate")
        && fb.typeOf(a.obj()) instanceof CType.CComplex) {
      return fb.call(dev.pyxc.ir.ComplexPrimitives.conjugate(z), c.pos(), fb.exprAs(a.obj(), z));
    }
    if (type instanceof CType.BInt && c.func() instanceof Expr.Attribute a && fb.typeOf(a.obj()) instanceof CType.MemView src
        && (a.name().equals("is_c_contig") || a.name().equals("is_f_contig"))) {
      return fb.call(ViewPrimitives.mvIsContig(src, a.name().equals("is_f_contig")), c.pos(), fb.views.viewForAttribute(a));
    }
    if (type instanceof CType.MemView result && c.func() instanceof Expr.Attribute a
        && fb.typeOf(a.obj()) instanceof CType.MemView src) {
      return fb.call(ViewPrimitives.mvCopyNew(src, result, a.name().equals("copy_fortran")), c.pos(), fb.views.viewForAttribute(a));
    }
    if (fb.typeOf(c.func()) instanceof CType.Pointer p && p.target() instanceof CType.Function f) {
      Register fp = fb.expr(c.func());
      Register[] rest = f.argNames() == null ? cArguments(c, f.params()) : keywordArguments(c, f.params(), f.argNames());
      Register[] args = new Register[rest.length + 1];
      args[0] = fp;
      System.arraycopy(rest, 0, args, 1, rest.length);
      return fb.call(Primitives.functionPointerCall(f), c.pos(), args);
    }
    String builtin = builtinCallee(c);
    boolean positional = c.args().stream().allMatch(a -> a.keyword() == null);
    if ("super".equals(builtin) && c.args().isEmpty() && (fb.fi.owner() != null || (fb.fi.pyClass() != null
        && !fb.fi.classBody())) && !fb.fn.params.isEmpty()) {
      return fb.classes.zeroArgumentSuper(c);
    }
    if (builtin != null && positional) {
      List<Expr> args = c.args().stream().map(Expr.Arg::value).toList();
      switch (builtin) {
        case "memoryview" -> {
          if (args.size() == 2 && c.func() instanceof Expr.Name n && cimportsViewMemoryview(n.id())) {
            return fb.call(Primitives.VIEW_MEMORYVIEW, c.pos(), fb.exprAs(args.get(0), CType.OBJECT), fb.exprAs(args.get(1), CType.INT));
          }
        }
        case "globals" -> {
          if (args.isEmpty()) return fb.call(Primitives.MODULE_GLOBALS, c.pos());
        }
        case "len" -> {
          if (type instanceof CType.CInt && fb.typeOf(args.get(0)) instanceof CType.MemView) {
            return fb.call(ViewPrimitives.MV_SHAPE, c.pos(), fb.expr(args.get(0)), fb.cConst(BigInteger.ZERO, CType.SSIZE_T));
          }
          if (type instanceof CType.CInt && fb.typeOf(args.get(0)) instanceof CType.Pointer p && p.isCharPtr()) {
            return fb.call(dev.pyxc.ir.PointerPrimitives.STRLEN, c.pos(), fb.expr(args.get(0)));
          }
          if (type instanceof CType.CInt) return fb.call(Primitives.LEN, c.pos(), fb.exprAs(args.get(0), CType.OBJECT));
        }
        case "isinstance" -> {
          if (type instanceof CType.BInt && args.size() == 2) {
            return fb.call(Primitives.ISINSTANCE, c.pos(), fb.exprAs(args.get(0), CType.OBJECT), fb.exprAs(args.get(1), CType.OBJECT));
          }
        }
        case "hash" -> {
          if (type instanceof CType.CInt) return fb.call(Primitives.HASH, c.pos(), fb.exprAs(args.get(0), CType.OBJECT));
        }
        case "next" -> {
          if (args.size() == 1) return fb.call(Primitives.NEXT, c.pos(), fb.exprAs(args.get(0), CType.OBJECT));
          if (args.size() == 2) {
            return fb.call(Primitives.NEXT_OR, c.pos(), fb.exprAs(args.get(0), CType.OBJECT), fb.exprAs(args.get(1), CType.OBJECT));
          }
        }
        case "ord" -> {
          if (type instanceof CType.CInt && fb.typeOf(args.get(0)) instanceof CType.CInt) return fb.exprAs(args.get(0), type);
          if (type instanceof CType.CInt) return fb.call(Primitives.ORD, c.pos(), fb.exprAs(args.get(0), CType.OBJECT));
        }
        case "abs" -> {
          if (fb.typeOf(args.get(0)) instanceof CType.CComplex z && Types.isCNumeric(type)) {
            return fb.call(dev.pyxc.ir.ComplexPrimitives.abs(z), c.pos(), fb.expr(args.get(0)));
          }
          if (type instanceof CType.CInt i && i.kind().signed && fb.directives.get("overflowcheck")) {
            return fb.call(dev.pyxc.ir.OverflowPrimitives.abs(i), c.pos(), fb.exprAs(args.get(0), type));
          }
          if (Types.isCNumeric(type)) {
            Register v = fb.exprAs(args.get(0), type);
            Register r = fb.temp(type);
            fb.add(new Op.Call(r, new Primitive("c_abs", type instanceof CType.CFloat ? "fabs(%0)" : "((%0) < 0 ? -(%0) : (%0))",
                type, false, Set.of(), ErrorKind.NEVER), List.of(v)));
            return r;
          }
        }
        case "min", "max" -> {
          if (Types.isCNumeric(type)) return minMax(builtin.equals("min"), args, type, c.pos());
        }
        default -> { }
      }
    }
    Register callee = fb.exprAs(c.func(), CType.OBJECT);
    List<Expr> values = c.args().stream().map(Expr.Arg::value).toList();
    Register[] args = pythonArgs(c, values);
    List<String> kw = c.args().stream().filter(a -> a.keyword() != null).map(Expr.Arg::keyword).toList();
    Register result = callPy(callee, List.of(args), kw, c.pos());
    // list(x), range(n), ...: exactly that builtin type, as sema typed the call.
    if (builtin != null && type instanceof CType.PyObject o && builtin.equals(o.builtin())) {
      return fb.call(Primitives.retype(o), c.pos(), result);
    }
    return result;
  }

  /**
   * A Python call's arguments as objects. A C string naming a codec or an error handler
   * ({@code s.decode(enc, errors)}, {@code u.encode(b'UTF-8')}) is passed as a str, as Cython
   * passes it.
   */
  private Register[] pythonArgs(Expr.Call c, List<Expr> values) {
    boolean codec = c.func() instanceof Expr.Attribute a && (a.name().equals("decode") || a.name().equals("encode"));
    if (!codec) return fb.expressions.objects(values);
    CType chars = new CType.Pointer(new CType.CInt(CType.IntKind.CHAR), true);
    List<Register> regs = fb.expressions.evalAll(values, CType.OBJECT);
    Register[] out = new Register[regs.size()];
    for (int i = 0; i < out.length; i++) {
      Register r = values.get(i) instanceof Expr.BytesLit ? fb.exprAs(values.get(i), chars) : regs.get(i);
      out[i] = r.type() instanceof CType.Pointer p && p.isCharPtr()
          ? fb.pointers.charsToObject(r, new dev.pyxc.ir.PointerPrimitives.Chars.Terminated(), "str", values.get(i).pos())
          : fb.coerce(r, CType.OBJECT, values.get(i).pos());
    }
    return out;
  }

  /** A varargs call's arguments: the declared ones as their parameters' types, the rest as they are. */
  private Register[] varargs(Expr.Call c, dev.pyxc.sema.CFunction f) {
    List<Expr> values = c.args().stream().map(Expr.Arg::value).toList();
    List<Register> regs = fb.expressions.evalAll(values);
    Register[] args = new Register[regs.size()];
    CType chars = new CType.Pointer(new CType.CInt(CType.IntKind.CHAR), true);
    for (int i = 0; i < args.length; i++) {
      // (A string literal is its C string, as Cython passes it: for a declared char * too.)
      boolean literal = dev.pyxc.sema.CallChecks.isStringLiteral(values.get(i));
      if (i >= f.params().size()) args[i] = literal ? fb.exprAs(values.get(i), chars) : regs.get(i);
      else args[i] = literal ? fb.exprAs(values.get(i), f.params().get(i)) : fb.coerce(regs.get(i), f.params().get(i), values.get(i).pos());
    }
    return args;
  }

  /** The positional arguments of a C call, each made as its parameter's type. */
  private Register[] cArguments(Expr.Call c, List<CType> params) {
    Register[] args = new Register[params.size()];
    for (int i = 0; i < args.length; i++) args[i] = fb.exprAs(c.args().get(i).value(), params.get(i));
    return args;
  }

  /** The arguments of a call through a pointer whose type names its parameters: in source order, passed in parameter order. */
  private Register[] keywordArguments(Expr.Call c, List<CType> params, List<String> names) {
    List<Expr> given = dev.pyxc.sema.CKeywordCalls.map(c, names).given();
    java.util.IdentityHashMap<Expr, Integer> position = new java.util.IdentityHashMap<>();
    for (int i = 0; i < given.size(); i++) position.put(given.get(i), i);
    java.util.IdentityHashMap<Expr, Register> values = new java.util.IdentityHashMap<>();
    for (Expr.Arg a : c.args()) values.put(a.value(), fb.exprAs(a.value(), params.get(position.get(a.value()))));
    Register[] args = new Register[given.size()];
    for (int i = 0; i < args.length; i++) args[i] = values.get(given.get(i));
    return args;
  }

  /**
   * The arguments of a call of a cdef function or method from parameter {@code first} on (a
   * method's self is made by the caller): those given, evaluated in source order and passed in
   * parameter order (keywords mapped as sema mapped them), then the defaults of those left out;
   * with the count of optional arguments given where the function takes it ({@link
   * dev.pyxc.sema.CFunction#countsOptional}).
   */
  Register[] cArguments(Expr.Call c, dev.pyxc.sema.CFunction f, int first) {
    List<String> names = f.paramNames().subList(first, f.params().size());
    List<Expr> given = dev.pyxc.sema.CKeywordCalls.map(c, names).given();
    java.util.IdentityHashMap<Expr, Integer> position = new java.util.IdentityHashMap<>();
    for (int i = 0; i < given.size(); i++) position.put(given.get(i), i);
    java.util.IdentityHashMap<Expr, Register> values = new java.util.IdentityHashMap<>();
    for (Expr.Arg a : c.args()) values.put(a.value(), fb.exprAs(a.value(), f.params().get(first + position.get(a.value()))));
    List<Register> args = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      args.add(i < given.size() ? values.get(given.get(i)) : defaultArgument(f, first + i, c.pos()));
    }
    if (f.countsOptional()) {
      int optional = f.required() - first;
      args.add(optional, fb.cConst(java.math.BigInteger.valueOf(Math.max(0, given.size() - optional)), CType.INT));
    }
    return args.toArray(Register[]::new);
  }

  /** The default of parameter {@code i} of cdef function {@code f}, where its caller or (filling it in) its body reads it. */
  Register defaultArgument(dev.pyxc.sema.CFunction f, int i, Pos pos) {
    Expr d = f.defaults().get(i);
    CType type = f.params().get(i);
    if (d instanceof Expr.DeclaredDefault) {
      // The cimported function's module shares the slot its definition fills (DefaultSlots).
      dev.pyxc.sema.ModuleVariable shared = fb.outer.info.variables().get(dev.pyxc.ir.DefaultSlots.importedName(f, i));
      return fb.call(dev.pyxc.ir.DefaultSlots.loadShared(shared.pointer(), type, f.paramNames().get(i)), pos);
    }
    if (dev.pyxc.sema.EvaluatedDefaults.isEvaluated(d)) {
      // Evaluated where the function was defined, kept in the module's slot.
      String slot = dev.pyxc.ir.DefaultSlots.name(f.owner(), f.name(), i);
      return fb.call(dev.pyxc.ir.DefaultSlots.load(slot, type, f.paramNames().get(i)), pos);
    }
    return fb.exprAs(d, type);
  }

  Register callPy(Register callee, List<Register> args, List<String> kw, Pos pos) {
    Register r = fb.temp(CType.OBJECT);
    fb.addChecked(new Op.CallPy(r, callee, args, kw), pos);
    return r;
  }

  private Register minMax(boolean isMin, List<Expr> args, CType type, Pos pos) {
    List<Register> vals = fb.expressions.evalAll(args);
    Register best = fb.hiddenVar(type, isMin ? "min" : "max");
    fb.add(new Op.Assign(best, fb.coerce(vals.get(0), type, pos)));
    for (Register v : vals.subList(1, vals.size())) {
      Register cv = fb.coerce(v, type, pos);
      Register better = fb.temp(CType.BINT);
      fb.add(new Op.CBinary(better, isMin ? "<" : ">", cv, best));
      BasicBlock take = fb.fn.newBlock();
      BasicBlock next = fb.fn.newBlock();
      fb.branch(better, take, next);
      fb.cur = take;
      fb.add(new Op.Assign(best, cv));
      fb.jump(next);
      fb.cur = next;
    }
    return best;
  }

  /** As sema's {@code CallChecks.unboundMethod}: {@code Base.m(self, ...)} or {@code super().m(...)} of a cdef method. */
  private dev.pyxc.sema.CFunction unboundMethod(Expr.Call c) {
    if (!(c.func() instanceof Expr.Attribute a)) return null;
    if (a.obj() instanceof Expr.Name n && !fb.isVar(n.id()) && fb.outer.info.classNames().containsKey(n.id())) {
      return fb.outer.info.classNames().get(n.id()).cmethod(a.name());
    }
    if (a.obj() instanceof Expr.Call s && s.args().isEmpty() && "super".equals(builtinCallee(s)) && fb.fi.owner() != null
        && fb.fi.owner().base() != null) {
      return fb.fi.owner().base().cmethod(a.name());
    }
    return null;
  }

  private String builtinCallee(Expr.Call c) {
    if (c.func() instanceof Expr.Name n && !fb.isVar(n.id()) && fb.outer.info.builtinAliases().containsKey(n.id())) {
      return fb.outer.info.builtinAliases().get(n.id());
    }
    if (c.func() instanceof Expr.Name n && !fb.isVar(n.id()) && !fb.outer.info.moduleNames().contains(n.id())
        && dev.pyxc.sema.Builtins.NAMES.contains(n.id())) {
      return n.id();
    }
    return null;
  }

  /**
   * The builtins that see the scope they are called in, which a call from C would not find:
   * {@code locals()}, {@code dir()}, and {@code eval}/{@code exec} of a source alone (run with
   * the module's globals and the scope's names as locals, as Python runs them there); {@code
   * exec} with namespaces too, run as Cython runs it (its messages, the module's dict for None). The scope
   * is the namespace in a class body, the module's dict in its top-level code, a dict of the
   * variables in a function. Null for any other call.
   */
  private Register scopeBuiltin(Expr.Call c) {
    String builtin = builtinCallee(c);
    if (builtin == null || fb.fi.symbol(builtin) != null || (fb.fn.classBody && fb.fi.pyClass().namespaceNames().contains(builtin))
        || !c.args().stream().allMatch(a -> a.keyword() == null && !a.starred())) {
      return null;
    }
    int n = c.args().size();
    return switch (builtin) {
      case "locals", "vars" -> n == 0 ? scope(c) : null;
      case "dir" -> n == 0 ? fb.call(Primitives.NS_DIR, c.pos(), scope(c)) : null;
      case "exec" -> {
        // Cython's exec: a missing or None globals is the module's dict, missing locals the globals.
        if (n < 1 || n > 3) yield null;
        List<Register> args = new java.util.ArrayList<>();
        for (Expr.Arg a : c.args()) args.add(fb.exprAs(a.value(), CType.OBJECT));
        if (n == 1) {
          args.add(fb.call(Primitives.MODULE_GLOBALS, c.pos()));
          args.add(scope(c));
        }
        while (args.size() < 3) args.add(fb.constant(new dev.pyxc.ir.Const.PyNone(), CType.OBJECT));
        yield fb.call(Primitives.EXEC, c.pos(), args.toArray(new Register[0]));
      }
      case "eval" -> {
        if (n != 1) yield null;
        Register callee = fb.module.global(builtin, c.pos());
        Register source = fb.exprAs(c.args().get(0).value(), CType.OBJECT);
        Register globals = fb.call(Primitives.MODULE_GLOBALS, c.pos());
        yield callPy(callee, List.of(source, globals, scope(c)), List.of(), c.pos());
      }
      default -> null;
    };
  }

  /** The mapping of the names of the scope being lowered (a new reference). */
  private Register scope(Expr.Call c) {
    if (fb.fn.classBody) return fb.call(Primitives.OWN, c.pos(), fb.fn.params.get(0));
    if (fb.fi.def().isModuleBody()) return fb.call(Primitives.MODULE_GLOBALS, c.pos());
    return localsDict(c);
  }

  /**
   * {@code locals()}: the variables of the function that hold a value (parameters and locals,
   * C values boxed; not a comprehension's own or the hidden ones), in declaration order.
   */
  private Register localsDict(Expr.Call c) {
    Register d = fb.call(Primitives.DICT_NEW, c.pos());
    for (dev.pyxc.sema.Symbol s : fb.fi.locals().values()) {
      Register var = fb.vars.get(s.name());
      if (var == null || dev.pyxc.ast.ComprehensionVariables.isRenamed(s.name())) continue;
      // As in Cython, a C value without a Python form (a pointer) is left out.
      if (!dev.pyxc.sema.Types.convertsToPython(var.type())) continue;
      Register key = fb.constant(new dev.pyxc.ir.Const.PyStr(s.name()), CType.OBJECT);
      boolean maybeUnbound = var.type() instanceof CType.PyObject
          && (fb.assigned == null || !fb.assigned.contains(s.name()));
      if (!maybeUnbound) {
        fb.call(Primitives.DICT_SETITEM, c.pos(), d, key, fb.coerce(var, CType.OBJECT, c.pos()));
        continue;
      }
      // Entered only where it holds a value: a check_bound proves it on its ok edge; on the other
      // the UnboundLocalError it raised is dropped and the variable left out.
      BasicBlock set = fb.fn.newBlock();
      BasicBlock unset = fb.fn.newBlock();
      BasicBlock next = fb.fn.newBlock();
      Register bound = fb.temp(CType.INT);
      fb.add(new Op.CheckBound(bound, var));
      fb.terminate(new dev.pyxc.ir.Terminator.Check(bound, ErrorKind.NEG_ONE, set, unset, c.pos()));
      fb.cur = unset;
      fb.call(Primitives.ERR_CLEAR, c.pos());
      fb.jump(next);
      fb.cur = set;
      fb.call(Primitives.DICT_SETITEM, c.pos(), d, key, var);
      fb.jump(next);
      fb.cur = next;
    }
    return d;
  }

  /**
   * Whether {@code name} is cython.view's memoryview class, cimported under that name at module
   * level ({@code from cython.view cimport memoryview}): called with flags, it is no builtin call.
   */
  private boolean cimportsViewMemoryview(String name) {
    if (fb.vars.containsKey(name)) return false;
    for (dev.pyxc.ast.Stmt s : fb.outer.info.module().body()) {
      if (s instanceof dev.pyxc.ast.Stmt.CImport ci && "cython.view".equals(ci.module()) && ci.names() != null) {
        for (dev.pyxc.ast.Stmt.Alias a : ci.names()) {
          if (a.name().equals("memoryview") && name.equals(a.asName() != null ? a.asName() : a.name())) return true;
        }
      }
    }
    return false;
  }
}
