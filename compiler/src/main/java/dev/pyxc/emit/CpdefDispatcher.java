package dev.pyxc.emit;

import dev.pyxc.ir.CSymbols;
import dev.pyxc.ir.ModuleIr;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.sema.CFunction;
import dev.pyxc.sema.CType;

/**
 * The C function that C callers of a cpdef method call ({@link CSymbols#cdefName}): it honours an
 * override of the method in a Python subclass, else runs the compiled body.
 */
final class CpdefDispatcher {
  private CpdefDispatcher() {}

  static String head(CFunction f) {
    StringBuilder sb = new StringBuilder("static ").append(CNames.type(f.returnType())).append(CSymbols.cdefName(f)).append('(');
    java.util.List<CType> params = f.cParams();
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(CNames.type(params.get(i))).append("a").append(i);
    }
    return sb.append(')').toString();
  }

  /**
   * The dispatcher of a cpdef method, what C callers call: on an instance of a Python subclass
   * (a heap type), the method found by name is called when it is not this class's own (a Python
   * override), with the arguments boxed and the result converted back as a return from the
   * method would be; otherwise the compiled body runs. The Python side calls the body directly.
   * The override gets every argument (not their count), those the caller left out as this
   * method's defaults, as Cython passes them.
   */
  static String definition(CFunction f, ModuleIr.Function pySide, String qualifiedName) {
    int n = f.params().size() - 1;
    int count = f.countsOptional() ? f.required() : -1;
    StringBuilder sb = new StringBuilder(head(f)).append(" {\n");
    sb.append("    if (unlikely(Py_TYPE(a0)->tp_flags & Py_TPFLAGS_HEAPTYPE)) {\n");
    // (a fused method's specialization is found as the method: its class binds the fused object there)
    sb.append("        PyObject *meth = PyObject_GetAttrString(a0, ").append(CNames.cString(dev.pyxc.ast.Stmt.FuncDef.displayName(f.name())))
        .append(");\n");
    sb.append("        if (unlikely(!meth)) goto bad;\n");
    sb.append("        if (!(PyCFunction_Check(meth) && PyCFunction_GET_FUNCTION(meth) == (PyCFunction)(void (*)(void))")
        .append(WrapperEmitter.wrapperName(pySide.ir())).append(")) {\n");
    sb.append("            PyObject *argv[").append(n + 1).append("] = {NULL};\n            int ok = 1;\n");
    for (int i = count < 0 ? n + 1 : count; i <= n; i++) {
      // (an argument left out is the method's default, from its slot: DefaultSlots)
      CType t = f.params().get(i);
      String load = dev.pyxc.ir.DefaultSlots.load(dev.pyxc.ir.DefaultSlots.name(f.owner(), f.name(), i), t, f.paramNames().get(i))
          .template();
      String failed = t instanceof CType.MemView ? "!a" + (i + 1) + ".owner" : t instanceof CType.PyObject ? "!a" + (i + 1) : "0";
      sb.append("            if (a").append(count).append(" <= ").append(i - count).append(") {\n                a").append(i + 1)
          .append(" = ").append(load).append(";\n").append(failed.equals("0") ? "" : "                if (unlikely(" + failed + ")) {\n                    Py_DECREF(meth);\n                    goto bad;\n                }\n")
          .append("            }\n");
    }
    for (int i = 1; i <= n; i++) {
      String arg = "a" + (count >= 0 && i >= count ? i + 1 : i);
      sb.append("            if (ok) ok = (argv[").append(i).append("] = ").append(boxed(f.params().get(i), arg)).append(") != NULL;\n");
    }
    sb.append("            PyObject *r = ok ? PyObject_Vectorcall(meth, argv + 1, ").append(n)
        .append(" | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL) : NULL;\n");
    for (int i = 1; i <= n; i++) sb.append("            Py_XDECREF(argv[").append(i).append("]);\n");
    sb.append("            Py_DECREF(meth);\n            if (unlikely(!r)) goto bad;\n");
    sb.append(unboxedReturn(f.returnType()));
    sb.append("        }\n        Py_DECREF(meth);\n    }\n");
    StringBuilder call = new StringBuilder(CSymbols.cdefBodyName(f)).append('(');
    for (int i = 0; i < f.cParams().size(); i++) call.append(i > 0 ? ", " : "").append("a").append(i);
    call.append(')');
    sb.append(f.returnType() instanceof CType.Void ? "    " + call + ";\n    return;\n" : "    return " + call + ";\n");
    sb.append("bad:\n");
    if (f.propagation() == CFunction.Propagation.NONE) {
      sb.append("    pyxc_write_unraisable_traceback(").append(CNames.cString(qualifiedName)).append(");\n");
    }
    sb.append(f.returnType() instanceof CType.Void ? "    return;\n"
        : "    return " + (f.errorValue() != null ? f.errorValue() : "0") + ";\n");
    sb.append("}\n\n");
    return sb.toString();
  }

  /** A C argument as a new reference for the Python override. */
  private static String boxed(CType t, String value) {
    if (t instanceof CType.PyObject) return "Py_NewRef(" + value + ")";
    if (t instanceof CType.MemView mv) return ViewPrimitives.mvToObject(mv).template().replace("%0", value);
    // (a char * as bytes, as Cython converts it; NULL, which Cython would read, as None)
    if (t instanceof CType.Pointer p && p.isCharPtr()) return "(" + value + " ? PyBytes_FromString((const char *)" + value + ") : Py_NewRef(Py_None))";
    return Primitives.box(t).template().replace("%0", value);
  }

  /** The override's result {@code r} (owned) returned as the method's C result, or {@code goto bad}. */
  private static String unboxedReturn(CType t) {
    String ind = "            ";
    if (t instanceof CType.Void) return ind + "Py_DECREF(r);\n" + ind + "return;\n";
    if (t instanceof CType.PyObject o) {
      String test = o.isExtType() ? "pyxc_ext_type_test(r, &" + CSymbols.typeObject(o.extType()) + ", 1)"
          : o.builtin() != null && Primitives.hasTypeTest(o.builtin()) ? Primitives.builtinTypeTest(o).template().replace("%0", "r")
          : null;
      return (test == null ? "" : ind + "if (unlikely(" + test + " < 0)) {\n" + ind + "    Py_DECREF(r);\n" + ind + "    goto bad;\n"
          + ind + "}\n") + ind + "return r;\n";
    }
    if (t instanceof CType.MemView mv) {
      return ind + "pyxc_slice v = " + ViewPrimitives.mvFromObject(mv).template().replace("%0", "r") + ";\n" + ind + "Py_DECREF(r);\n"
          + ind + "if (unlikely(!v.owner)) goto bad;\n" + ind + "return v;\n";
    }
    return ind + CNames.type(t) + "v = " + WrapperEmitter.unboxExpr(t, "r") + ";\n" + ind + "Py_DECREF(r);\n"
        + ind + "if (unlikely(" + WrapperEmitter.failed(t, "v") + ")) goto bad;\n" + ind + "return v;\n";
  }
}
