package dev.pyxc.emit;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.Primitives;
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
    if (fn.closure != null && fn.closure.isNested()) return "pyxc_pw_" + fn.closure.cPart;
    if (fn.pyClassPart != null) return "pyxc_pw" + fn.pyClassPart + "_" + CNames.ident(fn.name);
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
    int first = fn.owner != null && dev.pyxc.sema.ClassInfo.methodKind(def) != dev.pyxc.sema.ClassInfo.MethodKind.STATIC ? 1 : 0;
    List<Stmt.Param> params = def.params().subList(first, def.params().size());
    // A nested function's self is the scope it closes over, its body's first parameter.
    if (fn.closure != null && fn.closure.hasClosure()) first = 1;
    List<Register> regs = fn.params.subList(first, fn.params.size());
    String selfArg = first == 1 ? "self" : "";
    String selfUse = first == 1 ? "" : "(void)self; ";
    int n = params.size();
    int required = 0;
    while (required < n && params.get(required).defaultValue() == null) required++;
    if (n == 0) {
      // Cython's messages for a function without parameters (CPython's METH_NOARGS would
      // prefix the module name).
      sb.append("static PyObject *").append(wrapperName(fn))
          .append("(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {\n");
      sb.append("    ").append(selfUse).append("(void)args;\n");
      sb.append("    if (unlikely(nargs > 0)) {\n        PyErr_Format(PyExc_TypeError, \"%s() takes no arguments (%zd given)\", ")
          .append(CNames.cString(fn.name)).append(", nargs);\n        return NULL;\n    }\n");
      sb.append("    if (unlikely(kwnames && PyTuple_GET_SIZE(kwnames) > 0)) {\n")
          .append("        PyErr_Format(PyExc_TypeError, \"%s() takes no keyword arguments\", ").append(CNames.cString(fn.name))
          .append(");\n        return NULL;\n    }\n");
      sb.append("    return ").append(FunctionEmitter.implName(fn)).append("(").append(selfArg).append(");\n}\n");
      return sb.toString();
    }
    sb.append("static PyObject *").append(wrapperName(fn))
        .append("(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {\n");
    if (first == 0) sb.append("    (void)self;\n");
    sb.append("    static const char *const names[] = {");
    for (Stmt.Param p : params) sb.append(CNames.cString(p.name())).append(", ");
    sb.append("NULL};\n");
    sb.append("    PyObject *values[").append(n).append("] = {0};\n");
    for (int i = 0; i < n; i++) {
      CType t = regs.get(i).type();
      sb.append("    ").append(CNames.type(t)).append("p").append(i).append(t instanceof CType.MemView ? " = {0}" : "").append(";\n");
    }
    sb.append("    if (likely(nargs == ").append(n).append(" && !kwnames)) {\n");
    for (int i = 0; i < n; i++) sb.append("        values[").append(i).append("] = args[").append(i).append("];\n");
    sb.append("    } else if (pyxc_parse_args(").append(CNames.cString(fn.name)).append(", args, nargs, kwnames, names, ")
        .append(n).append(", ").append(required).append(", values) < 0) goto bad;\n");
    StringBuilder call = new StringBuilder(selfArg);
    for (int i = 0; i < n; i++) {
      Stmt.Param p = params.get(i);
      Register reg = regs.get(i);
      CType t = reg.type();
      String local = "p" + i;
      String dflt = p.defaultValue() == null || t instanceof CType.MemView ? null : defaultValue(p.defaultValue(), t, consts);
      if (t instanceof CType.MemView mv) {
        // The wrapper holds the argument's acquisition for the call; the body borrows it.
        sb.append("    if (!values[").append(i).append("] || values[").append(i).append("] == Py_None) {\n");
        if (p.notNone()) {
          sb.append("        if (values[").append(i).append("]) {\n            PyErr_Format(PyExc_TypeError, \"Argument '%s' must not be None\", ")
              .append(CNames.cString(p.name())).append(");\n            goto bad;\n        }\n");
        }
        sb.append("        ").append(local).append(".owner = PYXC_MV_NONE;\n    } else {\n");
        sb.append("        ").append(local).append(" = ").append(Primitives.mvFromObject(mv).template().replace("%0", "values[" + i + "]"))
            .append(";\n        if (unlikely(!").append(local).append(".owner)) goto bad;\n    }\n");
      } else if (t instanceof CType.PyObject o) {
        sb.append("    ").append(local).append(" = values[").append(i).append("]")
            .append(dflt == null ? "" : " ? values[" + i + "] : " + dflt).append(";\n");
        if (o.isExtType()) {
          String type = dev.pyxc.ir.CSymbols.typeObject(o.extType());
          sb.append(typeTest(local, p, "PyObject_TypeCheck(" + local + ", &" + type + ")", type + ".tp_name"));
        } else if (o.builtin() != null) {
          sb.append(typeTest(local, p, "PyObject_TypeCheck(" + local + ", &" + Primitives.builtinTypeObject(o.builtin()) + ")",
              CNames.cString(o.builtin())));
        }
      } else {
        String unbox = unboxExpr(t, "values[" + i + "]");
        sb.append("    if (values[").append(i).append("]) {\n");
        sb.append("        ").append(local).append(" = ").append(unbox).append(";\n");
        sb.append("        if (unlikely(").append(failed(t, local)).append(")) goto bad;\n");
        sb.append("    } else {\n        ").append(local).append(" = ").append(dflt == null ? "0" : dflt).append(";\n    }\n");
      }
      if (call.length() > 0) call.append(", ");
      call.append(local);
    }
    if (views(regs).isEmpty()) {
      sb.append("    return ").append(FunctionEmitter.implName(fn)).append("(").append(call).append(");\n");
    } else {
      sb.append("    {\n        PyObject *result = ").append(FunctionEmitter.implName(fn)).append("(").append(call).append(");\n");
      for (int i : views(regs)) sb.append("        pyxc_mv_release(&p").append(i).append(");\n");
      sb.append("        return result;\n    }\n");
    }
    sb.append("bad:\n");
    for (int i : views(regs)) sb.append("    pyxc_mv_xrelease(&p").append(i).append(");\n");
    sb.append("    pyxc_add_traceback(").append(CNames.cString(fn.qualifiedName)).append(", ").append(fn.line)
        .append(", ").append(CNames.cString(sourceFile)).append(");\n    return NULL;\n}\n");
    return sb.toString();
  }

  /** Indices of the parameters that are memoryviews. */
  private static List<Integer> views(List<Register> params) {
    List<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < params.size(); i++) if (params.get(i).type() instanceof CType.MemView) out.add(i);
    return out;
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
    if (t instanceof CType.BInt) return "PyObject_IsTrue(" + arg + ")";
    return Primitives.unbox(t).template().replace("%0", arg);
  }

  static String failed(CType t, String local) {
    if (t instanceof CType.BInt) return local + " == -1";
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
    } else {
      throw new AssertionError("default " + e + " for " + t);
    }
  }
}
