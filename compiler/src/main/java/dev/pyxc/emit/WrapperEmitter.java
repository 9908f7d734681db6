package dev.pyxc.emit;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import java.util.List;

/**
 * The Python entry point of a {@code def}: a vectorcall ({@code METH_FASTCALL|METH_KEYWORDS})
 * function that matches arguments to parameters, fills defaults, converts to C types with
 * Cython's errors, and calls the compiled body. Arguments stay borrowed from the caller
 * throughout; nothing here owns a reference.
 */
final class WrapperEmitter {
  private WrapperEmitter() {}

  static String wrapperName(FuncIr fn) {
    if (fn.closure != null && (fn.closure.isNested() || fn.closure.redefinition)) return "pyxc_pw_" + fn.closure.cPart;
    return fn.owner != null ? "pyxc_pwm" + dev.pyxc.ir.CSymbols.classPart(fn.owner) + "_" + CNames.ident(fn.name)
        : "pyxc_pw_" + CNames.ident(fn.name);
  }

  /**
   * A method's wrapper gets the instance as {@code self} (the method descriptor has checked its
   * type) and passes it on as the first argument; the others are parsed as a function's.
   */
  static String emit(Stmt.FuncDef def, FuncIr fn, ConstTable consts, String sourceFile) {
    StringBuilder sb = new StringBuilder();
    // A staticmethod has no instance: its self is NULL and every parameter is an argument.
    boolean selfInArgs = fn.owner != null && dev.pyxc.sema.ClassInfo.selfInStarArgs(def);
    int first = fn.owner != null && dev.pyxc.sema.ClassInfo.methodKind(def) != dev.pyxc.sema.ClassInfo.MethodKind.STATIC && !selfInArgs
        ? 1 : 0;
    List<Stmt.Param> params = def.params().subList(first, def.params().size());
    // A function made by running code gets its function object as self; the scope it closes over
    // is its body's first parameter.
    boolean nested = fn.closure != null && fn.closure.isNested();
    int firstParam = first;
    if (fn.closure != null && fn.closure.hasClosure()) first = 1;
    List<Register> regs = fn.params.subList(first, fn.params.size());
    String selfArg = nested && first == 1 ? "pyxc_function_closure(self)" : first == 1 ? "self" : "";
    String selfUse = first == 1 ? "" : "(void)self; ";
    int n = params.size();
    int required = 0;
    while (required < n && params.get(required).defaultValue() == null) required++;
    if (n == 0 && firstParam == 0) {
      // Cython's messages for a function without parameters (CPython's METH_NOARGS would
      // prefix the module name); a cdef class's method taking only self counts positional
      // arguments as any other.
      sb.append("static PyObject *").append(wrapperName(fn))
          .append("(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {\n");
      sb.append("    ").append(selfUse).append("(void)args;\n");
      sb.append("    if (unlikely(nargs > 0)) {\n        PyErr_Format(PyExc_TypeError, \"%s() takes no arguments (%zd given)\", ")
          .append(CNames.cString(Stmt.FuncDef.displayName(fn.name))).append(", nargs);\n        return NULL;\n    }\n");
      sb.append("    if (unlikely(kwnames && PyTuple_GET_SIZE(kwnames) > 0)) {\n")
          .append("        PyErr_Format(PyExc_TypeError, \"%s() takes no keyword arguments\", ").append(CNames.cString(Stmt.FuncDef.displayName(fn.name)))
          .append(");\n        return NULL;\n    }\n");
      sb.append("    return ").append(FunctionEmitter.implName(fn)).append("(").append(selfArg).append(");\n}\n");
      return sb.toString();
    }
    sb.append("static PyObject *").append(wrapperName(fn))
        .append("(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {\n");
    if (first == 0 && !selfInArgs) sb.append("    (void)self;\n");
    if (selfInArgs) {
      // The arguments with the instance first: *args starts with it.
      sb.append("    Py_ssize_t nall = nargs + 1 + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);\n")
          .append("    PyObject *withself[nall];\n    withself[0] = self;\n")
          .append("    for (Py_ssize_t i = 1; i < nall; i++) withself[i] = args[i - 1];\n")
          .append("    args = withself;\n    nargs++;\n");
    }
    // The named parameters are matched to arguments; *args and **kwargs are built by the parser.
    List<Integer> named = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) if (!params.get(i).starred()) named.add(i);
    int m = named.size();
    sb.append("    static const char *const names[] = {");
    for (int i : named) sb.append(CNames.cString(params.get(i).name())).append(", ");
    sb.append("NULL};\n");
    sb.append("    PyObject *values[").append(Math.max(m, 1)).append("] = {0};\n");
    for (int k = 0; k < m; k++) {
      CType t = regs.get(named.get(k)).type();
      sb.append("    ").append(CNames.type(t)).append("p").append(k).append(t instanceof CType.MemView ? " = {0}" : "").append(";\n");
    }
    boolean simple = params.stream().allMatch(p -> p.kind() == Stmt.Param.Kind.POSITIONAL);
    if (!fn.allowKeywords && simple && n <= 1 && required == n) {
      sb.append("    if (unlikely(kwnames && PyTuple_GET_SIZE(kwnames) > 0)) {\n")
          .append("        PyErr_Format(PyExc_TypeError, \"%s() takes no keyword arguments\", ")
          .append(CNames.cString(Stmt.FuncDef.displayName(fn.name))).append(");\n        return NULL;\n    }\n");
    }
    if (simple) {
      sb.append("    if (likely(nargs == ").append(n).append(" && !kwnames)) {\n");
      for (int i = 0; i < n; i++) sb.append("        values[").append(i).append("] = args[").append(i).append("];\n");
      sb.append("    } else if (pyxc_parse_args(").append(CNames.cString(Stmt.FuncDef.displayName(fn.name))).append(", args, nargs, kwnames, names, ")
          .append(n).append(", ").append(required).append(", values) < 0) goto bad;\n");
    } else {
      sb.append(SignatureParsing.parse(Stmt.FuncDef.displayName(fn.name), params, named));
    }
    StringBuilder call = new StringBuilder(selfArg);
    for (int i = 0; i < n; i++) {
      Stmt.Param p = params.get(i);
      if (call.length() > 0) call.append(", ");
      if (p.starred()) {
        call.append(p.kind() == Stmt.Param.Kind.STAR ? "star" : "dstar");
        continue;
      }
      int k = named.indexOf(i);
      List<Integer> evaluated = dev.pyxc.sema.EvaluatedDefaults.of(def);
      String slot = fn.defaultsInSlots && evaluated.contains(firstParam + i) || fn.viewDefaultSlots.contains(firstParam + i)
          ? dev.pyxc.ir.DefaultSlots.name(fn.owner, def.name(), firstParam + i) : null;
      if (slot == null && evaluated.contains(firstParam + i)) {
        // Defaults evaluated where the def ran are its function object's (self), all of them in
        // parameter order: one left out is converted as if it had been passed.
        int j = (int) def.params().subList(0, firstParam + i).stream().filter(q -> q.defaultValue() != null).count();
        sb.append("    if (!values[").append(k).append("]) values[").append(k).append("] = pyxc_function_default(self, ").append(j)
            .append(");\n");
        p = new Stmt.Param(p.name(), p.type(), null, p.notNone(), p.orNone(), p.pos(), p.kind());
      }
      if (!fn.allowNoneArgs && refusesNoneByDirective(p, regs.get(i).type())) {
        p = new Stmt.Param(p.name(), p.type(), p.defaultValue(), true, false, p.pos(), p.kind());
      }
      sb.append(convert(p, regs.get(i).type(), k, consts, slot, fn.stringEncoding));
      call.append("p").append(k);
    }
    List<Integer> views = new java.util.ArrayList<>();
    for (int k = 0; k < m; k++) if (regs.get(named.get(k)).type() instanceof CType.MemView) views.add(k);
    String starred = SignatureParsing.release(params, "Py_DECREF");
    if (views.isEmpty() && starred.isEmpty()) {
      sb.append("    return ").append(FunctionEmitter.implName(fn)).append("(").append(call).append(");\n");
    } else {
      sb.append("    {\n        PyObject *result = ").append(FunctionEmitter.implName(fn)).append("(").append(call).append(");\n");
      for (int k : views) sb.append("        pyxc_mv_release(&p").append(k).append(");\n");
      sb.append(starred.indent(4));
      sb.append("        return result;\n    }\n");
    }
    sb.append("bad:\n");
    for (int k : views) sb.append("    pyxc_mv_xrelease(&p").append(k).append(");\n");
    sb.append(SignatureParsing.release(params, "Py_XDECREF"));
    sb.append("    pyxc_add_traceback(").append(CNames.cString(fn.qualifiedName)).append(", ").append(fn.line)
        .append(", ").append(CNames.cString(sourceFile)).append(");\n    return NULL;\n}\n");
    return sb.toString();
  }

  /** Whether {@code allow_none_for_extension_args=False} makes {@code p} refuse None, as Cython decides it. */
  private static boolean refusesNoneByDirective(Stmt.Param p, CType t) {
    boolean typed = t instanceof CType.MemView || t instanceof CType.PyObject o && (o.isExtType() || o.builtin() != null);
    return typed && p.type() != null && !p.orNone() && !(p.defaultValue() instanceof dev.pyxc.ast.Expr.NoneLit);
  }

  /**
   * Converts the named parameter {@code p} from {@code values[k]} (NULL when omitted) to its C
   * local {@code pk}: its default (a literal, or the module's {@code slot} for an evaluated one of
   * a C-level function, already of the parameter's type), a view acquisition, a type test or an
   * unboxing.
   */
  private static String convert(Stmt.Param p, CType t, int k, ConstTable consts, String slot, String stringEncoding) {
    StringBuilder sb = new StringBuilder();
    String local = "p" + k;
    String value = "values[" + k + "]";
    String dflt = p.defaultValue() == null || t instanceof CType.MemView ? null
        : slot != null ? slot : defaultValue(p.defaultValue(), t, consts);
    if (t instanceof CType.MemView mv) {
      // The wrapper holds the argument's acquisition for the call; the body borrows it.
      if (slot != null) {
        // An evaluated default: the module slot's view, with an acquisition of the call's own.
        sb.append("    if (!").append(value).append(") {\n        ").append(local).append(" = pyxc_default_view_get(&").append(slot)
            .append(", ").append(CNames.cString(p.name())).append(");\n        if (unlikely(!").append(local)
            .append(".owner)) goto bad;\n        pyxc_mv_acquire(&").append(local).append(");\n    } else\n");
      }
      if (slot == null && p.defaultValue() instanceof dev.pyxc.ast.Expr.BytesLit) {
        sb.append("    if (!").append(value).append(") ").append(value).append(" = ").append(defaultValue(p.defaultValue(), CType.OBJECT, consts))
            .append(";\n");
      }
      sb.append("    if (!").append(value).append(" || ").append(value).append(" == Py_None) {\n");
      if (p.notNone()) {
        sb.append("        if (").append(value).append(") {\n            PyErr_Format(PyExc_TypeError, \"Argument '%s' must not be None\", ")
            .append(CNames.cString(p.name())).append(");\n            goto bad;\n        }\n");
      }
      sb.append("        ").append(local).append(".owner = PYXC_MV_NONE;\n    } else {\n");
      sb.append("        ").append(local).append(" = ").append(ViewPrimitives.mvFromObject(mv).template().replace("%0", value))
          .append(";\n        if (unlikely(!").append(local).append(".owner)) goto bad;\n    }\n");
    } else if (t instanceof CType.PyObject o) {
      sb.append("    ").append(local).append(" = ").append(value).append(dflt == null ? "" : " ? " + value + " : " + dflt).append(";\n");
      if (slot != null) {
        sb.append("    if (unlikely(!").append(local).append(" && !pyxc_default_get(NULL, ").append(CNames.cString(p.name()))
            .append("))) goto bad;\n");
      }
      if (o.isExtType()) {
        String type = dev.pyxc.ir.CSymbols.typeObject(o.extType());
        sb.append(typeTest(local, p, "PyObject_TypeCheck(" + local + ", &" + type + ")", type + ".tp_name"));
      } else if (o.builtin() != null) {
        // Cython tests a builtin type exactly: a subclass's instance is refused.
        sb.append(typeTest(local, p, "Py_IS_TYPE(" + local + ", &" + Primitives.builtinTypeObject(o.builtin()) + ")",
            CNames.cString(o.builtin())));
      } else if (p.notNone()) {
        sb.append("    if (unlikely(").append(local).append(" == Py_None)) {\n        PyErr_Format(PyExc_TypeError, \"Argument '%.200s' must not be None\", ")
            .append(CNames.cString(p.name())).append(");\n        goto bad;\n    }\n");
      }
    } else {
      sb.append("    if (").append(value).append(") {\n");
      sb.append("        ").append(local).append(" = ").append(unboxExpr(t, value, stringEncoding)).append(";\n");
      sb.append("        if (unlikely(").append(failed(t, local)).append(")) goto bad;\n");
      String zero = t instanceof CType.Struct ? "(" + CNames.type(t).strip() + "){0}" : "0";
      sb.append("    } else {\n        ").append(local).append(" = ").append(dflt == null ? zero : dflt).append(";\n    }\n");
    }
    return sb.toString();
  }

  /** Cython's argument type test: {@code check} must hold, or the argument is None and allowed. */
  private static String typeTest(String local, Stmt.Param p, String check, String expected) {
    String noneOk = p.notNone() ? "" : local + " == Py_None || ";
    return "    if (unlikely(!(" + noneOk + check + "))) {\n"
        + "        PyErr_Format(PyExc_TypeError, \"Argument '%.200s' has incorrect type (expected %.200s, got %.200s)\", "
        + CNames.cString(p.name()) + ", " + expected + ", Py_TYPE(" + local + ")->tp_name);\n"
        + "        goto bad;\n    }\n";
  }

  static String unboxExpr(CType t, String arg) {
    return unboxExpr(t, arg, null);
  }

  /** The C value of an object argument; with a {@code c_string_encoding}, a str is a {@code char *} too. */
  static String unboxExpr(CType t, String arg, String stringEncoding) {
    if (t instanceof CType.BInt) return "PyObject_IsTrue(" + arg + ")";
    if (t instanceof CType.Struct s) return dev.pyxc.ir.StructPrimitives.fromPy(s.type()).template().replace("%0", arg);
    // A char * points into the argument, which the caller keeps alive for the call.
    if (t instanceof CType.Pointer p) return dev.pyxc.ir.PointerPrimitives.charsOf(p, stringEncoding).template().replace("%0", arg);
    return Primitives.unbox(t).template().replace("%0", arg);
  }

  static String failed(CType t, String local) {
    if (t instanceof CType.BInt) return local + " == -1";
    if (t instanceof CType.Struct) return "PyErr_Occurred()";
    if (t instanceof CType.Pointer) return "!" + local;
    return local + " == (" + CNames.type(t).strip() + ")-1 && PyErr_Occurred()";
  }

  /** The C or constant-table expression for a literal default (sema allows only literals). */
  private static String defaultValue(Expr e, CType t, ConstTable consts) {
    boolean neg = false;
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.NEG) {
      neg = true;
      e = u.operand();
    }
    if (t instanceof CType.PyObject) {
      Const c;
      if (e instanceof Expr.IntLit i) c = new Const.PyInt(neg ? i.value().negate() : i.value());
      else if (e instanceof Expr.FloatLit f) c = new Const.PyFloat(neg ? -f.value() : f.value());
      else if (e instanceof Expr.StrLit s) c = new Const.PyStr(s.value());
      else if (e instanceof Expr.BytesLit b) c = new Const.PyBytes(b.value());
      else if (e instanceof Expr.BoolLit b) c = new Const.PyBool(b.value());
      else if (e instanceof Expr.NoneLit) c = new Const.PyNone();
      else throw new AssertionError(e);
      return consts.ref(c);
    }
    if (e instanceof Expr.IntLit i) {
      return t instanceof CType.CFloat ? FunctionEmitter.cDouble((neg ? -1 : 1) * i.value().doubleValue())
          : FunctionEmitter.cInt(neg ? i.value().negate() : i.value(), t);
    } else if (e instanceof Expr.FloatLit f) {
      return FunctionEmitter.cDouble(neg ? -f.value() : f.value());
    } else if (e instanceof Expr.BoolLit b) {
      return b.value() ? "1" : "0";
    } else if (e instanceof Expr.BytesLit b && b.value().length() == 1 && t instanceof CType.CInt) {
      return FunctionEmitter.cInt(java.math.BigInteger.valueOf(b.value().charAt(0)), t); // a char's default: its byte
    } else if (e instanceof Expr.NullLit && t instanceof CType.Pointer) {
      return "NULL";
    } else {
      throw new AssertionError("default " + e + " for " + t);
    }
  }
}
