package dev.pyxc.emit;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ir.CSymbols;
import dev.pyxc.ir.ModuleIr;
import dev.pyxc.ir.Primitives;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.FusedFunctions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The def fused functions of a module and the def and cpdef fused methods of its classes: for
 * each, the dispatcher that picks the specialization a call's arguments select, and the init code
 * that binds its name (in the module, or the class's dict) to the object that calls it
 * ({@code pyxc_make_fused} in {@code pyxc_fused.c}).
 *
 * <p>The dispatcher follows Cython's: each fused type is decided by the first parameter that uses
 * it (its argument, else its default): a Python int picks the member a Python int converts to
 * first in Cython's preference order (the widest C integer; {@code bint} for a bool where it comes
 * first), a float a C floating type, a complex a C complex, a buffer the view whose item kind,
 * size and dimensions it has; an argument nothing fits decides nothing. The one specialization
 * that fits every decision runs; none or several are Cython's errors.
 */
final class FusedEmitter {
  private final ModuleIr module;

  FusedEmitter(ModuleIr module) {
    this.module = module;
  }

  /** The names of the functions that are specializations of def fused functions, which no name of the module binds. */
  static Set<String> specializations(ModuleIr m) {
    Set<String> out = new HashSet<>();
    for (FusedFunctions.Group g : m.fusedDefs()) for (FusedFunctions.Specialization s : g.specializations()) out.add(s.def().name());
    return out;
  }

  static String dispatcher(FusedFunctions.Group g) {
    return dev.pyxc.ir.ScopePrimitives.fusedDispatcher(g);
  }

  /** The Python function of specialization {@code s} of {@code g}: itself, or a cpdef one's def wrapper; a method's of its class. */
  static ModuleIr.Function function(ModuleIr m, FusedFunctions.Group g, FusedFunctions.Specialization s) {
    // (a Python class's fused method's specializations are functions nested in its body: by identity)
    if (g.pyClass() != null) return m.functions().stream().filter(f -> f.def() == s.def()).findFirst().orElseThrow();
    return m.functions().stream().filter(f -> isDef(f, s) && java.util.Objects.equals(f.ir().owner, g.owner())).findFirst().orElseThrow();
  }

  private static String dispatcherPrototype(FusedFunctions.Group g) {
    return "static Py_ssize_t " + dispatcher(g) + "(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)";
  }

  /**
   * Ahead of the module's functions: the dispatchers, and the signature names of the def fused
   * functions made where their def runs (the module's code makes their objects).
   */
  static String declarations(ModuleIr m) {
    StringBuilder sb = new StringBuilder();
    for (FusedFunctions.Group g : m.fusedDefs()) {
      if (!g.atStatement()) continue;
      List<String> sigs = g.specializations().stream().map(s -> CNames.cString(s.signature())).toList();
      sb.append("static const char *const ").append(dev.pyxc.ir.ScopePrimitives.fusedSignatures(g)).append("[] = {")
          .append(String.join(", ", sigs)).append("};\n").append(dispatcherPrototype(g)).append(";\n");
    }
    return sb.toString();
  }

  /** The dispatchers; {@code defaultObject} is the C of a parameter's literal default as a Python object. */
  String definitions(Function<Stmt.Param, String> defaultObject) {
    StringBuilder sb = new StringBuilder();
    for (FusedFunctions.Group g : module.fusedDefs()) {
      int nfused = g.fused().size();
      List<FusedFunctions.Specialization> specs = g.specializations();
      sb.append(dispatcherPrototype(g)).append(" {\n    (void)self;\n");
      List<String> cells = new ArrayList<>();
      for (FusedFunctions.Specialization s : specs) {
        for (int k = 0; k < nfused; k++) cells.add(CNames.cString(memberName(g, k, s.members().get(k))));
      }
      sb.append("    static const char *const table[] = {").append(String.join(", ", cells)).append("};\n");
      sb.append("    const char *chosen[").append(nfused).append("] = {0};\n    PyObject *arg;\n");
      for (int k = 0; k < nfused; k++) sb.append(decision(g, k, defaultObject));
      sb.append("    return pyxc_fused_select(chosen, ").append(nfused).append(", table, ").append(specs.size()).append(");\n}\n\n");
    }
    return sb.toString();
  }

  /** The C that sets {@code chosen[k]}: from the argument of the first parameter of fused type k. */
  private String decision(FusedFunctions.Group g, int k, Function<Stmt.Param, String> defaultObject) {
    StringBuilder sb = new StringBuilder();
    List<Stmt.Param> params = g.def().params();
    int index = g.deciding().get(k);
    Stmt.Param p = params.get(index);
    // (Cython looks at the argument at the parameter's index even for a keyword-only one)
    sb.append("    arg = pyxc_fused_arg(args, nargs, kwnames, ").append(index).append(", ").append(CNames.cString(p.name()))
        .append(");\n    if (!arg) ");
    if (p.defaultValue() != null && dev.pyxc.sema.EvaluatedDefaults.isEvaluated(p.defaultValue())) {
      // Evaluated where the def ran: the value its function objects keep.
      int j = (int) params.subList(0, index).stream().filter(q -> q.defaultValue() != null).count();
      sb.append("arg = pyxc_fused_default(self, ").append(j).append(");\n");
    } else if (p.defaultValue() != null) {
      // The default as written decides, not as the parameter converts it (2 is no float's).
      sb.append("arg = ").append(defaultObject.apply(p)).append(";\n");
    } else if (p.kind() == Stmt.Param.Kind.KEYWORD_ONLY) {
      sb.append("{\n        PyErr_SetString(PyExc_TypeError, ").append(CNames.cString("Missing keyword-only argument: '" + p.name() + "'"))
          .append(");\n        return -1;\n    }\n");
    } else {
      long required = params.stream().filter(q -> q.positional() && q.defaultValue() == null).count();
      sb.append("return pyxc_fused_missing(").append(required).append(", nargs);\n");
    }
    // Cython's order: numbers and builtin types (in its preference order), then buffers (None for
    // the first of them), then a plain object member, which takes anything left.
    List<String> tests = new ArrayList<>();
    List<Integer> order = dev.pyxc.sema.FusedTypes.preferredOrder(g.fused().get(k).members());
    for (boolean buffers : new boolean[] {false, true}) {
      for (int member : order) {
        CType t = paramType(g, index, k, member);
        String test = test(t);
        if (test != null && (viewOf(t) != null) == buffers) tests.add("if (" + test + ") " + choose(g, k, member));
      }
    }
    int firstView = firstMember(g, index, k, t -> viewOf(t) != null);
    if (firstView >= 0 && !p.notNone()) tests.add("if (arg == Py_None) " + choose(g, k, firstView));
    int object = firstMember(g, index, k, t -> t instanceof CType.PyObject o && o.builtin() == null && o.extType() == null
        && o.buffer() == null);
    if (object >= 0) tests.add(choose(g, k, object));
    for (int i = 0; i < tests.size(); i++) sb.append(i == 0 ? "    " : "    else ").append(tests.get(i));
    return sb.toString();
  }

  private static String choose(FusedFunctions.Group g, int k, int member) {
    return "chosen[" + k + "] = " + CNames.cString(memberName(g, k, member)) + ";\n";
  }

  /** The first member of fused type k whose parameter type passes {@code test}, or -1. */
  private int firstMember(FusedFunctions.Group g, int index, int k, java.util.function.Predicate<CType> test) {
    for (int member = 0; member < g.fused().get(k).members().size(); member++) {
      if (test.test(paramType(g, index, k, member))) return member;
    }
    return -1;
  }

  /** Whether {@code f} is the Python function of a specialization: itself, or a cpdef one's def wrapper. */
  private static boolean isDef(ModuleIr.Function f, FusedFunctions.Specialization s) {
    return !f.def().isCdef() && f.def().name().equals(s.def().name());
  }

  /** The def (and cpdef) fused methods of class {@code owner}. */
  private static List<FusedFunctions.Group> methods(ModuleIr m, String owner) {
    return m.fusedDefs().stream().filter(g -> owner.equals(g.owner())).toList();
  }

  private static String methodDef(ModuleIr.Function f, String classPart) {
    return "pyxc_fmdef" + classPart + "_" + CSymbols.ident(f.def().name());
  }

  /**
   * Each specialization of class {@code owner}'s fused methods as a method of the method's name
   * (its descriptor goes into the fused object, not the type's dict).
   */
  static String methodDefs(ModuleIr m, String owner, String classPart) {
    StringBuilder sb = new StringBuilder();
    for (FusedFunctions.Group g : methods(m, owner)) {
      for (FusedFunctions.Specialization s : g.specializations()) {
        ModuleIr.Function f = function(m, g, s);
        String doc = f.def().docstring() == null ? "NULL" : CNames.cString(f.def().docstring());
        sb.append("static PyMethodDef ").append(methodDef(f, classPart)).append(" = {").append(CNames.cString(g.name()))
            .append(", (PyCFunction)(void (*)(void))").append(WrapperEmitter.wrapperName(f.ir())).append(", METH_FASTCALL | METH_KEYWORDS, ")
            .append(doc).append("};\n");
      }
    }
    return sb.toString();
  }

  /**
   * After the class's type ({@code type}) is ready: each fused method's name bound in its dict to
   * the object that dispatches to its specializations' method descriptors.
   */
  static String methodsInit(ModuleIr m, String owner, String type, String classPart) {
    StringBuilder sb = new StringBuilder();
    for (FusedFunctions.Group g : methods(m, owner)) {
      int n = g.specializations().size();
      // A staticmethod's specializations are plain functions; a classmethod's take the class first.
      dev.pyxc.sema.ClassInfo.MethodKind kind = dev.pyxc.sema.ClassInfo.methodKind(g.def());
      sb.append("    {\n        PyObject *fs[").append(n).append("] = {0};\n");
      for (int i = 0; i < n; i++) {
        String def = "&" + methodDef(function(m, g, g.specializations().get(i)), classPart);
        sb.append("        fs[").append(i).append("] = ").append(kind == dev.pyxc.sema.ClassInfo.MethodKind.STATIC
            ? "PyCFunction_NewEx(" + def + ", NULL, NULL)"
            : (kind == dev.pyxc.sema.ClassInfo.MethodKind.CLASS ? "PyDescr_NewClassMethod(&" : "PyDescr_NewMethod(&") + type + ", " + def + ")")
            .append(";\n");
      }
      sb.append(makeFused(g, "fused"));
      if (kind != null) {
        sb.append("        if (fused) pyxc_fused_set_binding(fused, ")
            .append(kind == dev.pyxc.sema.ClassInfo.MethodKind.STATIC ? "PYXC_FUSED_STATIC" : "PYXC_FUSED_CLASS").append(");\n");
      }
      sb.append("        if (pyxc_type_dict_set(&").append(type).append(", ")
          .append(CNames.cString(g.name())).append(", fused) < 0) goto bad;\n    }\n");
    }
    return sb.toString();
  }

  /** C declaring {@code var}, the fused object of {@code g} made from {@code fs}, its specializations' function objects (stolen). */
  static String makeFused(FusedFunctions.Group g, String var) {
    List<String> sigs = g.specializations().stream().map(s -> CNames.cString(s.signature())).toList();
    return "        static const char *const sigs[] = {" + String.join(", ", sigs) + "};\n        PyObject *" + var
        + " = pyxc_make_fused(fs, sigs, " + g.specializations().size() + ", " + dispatcher(g) + ");\n";
  }

  private static String memberName(FusedFunctions.Group g, int k, int member) {
    return g.fused().get(k).memberNames().get(member);
  }

  /** The type parameter {@code index} has where fused type {@code k} is its member {@code member}. */
  private CType paramType(FusedFunctions.Group g, int index, int k, int member) {
    for (FusedFunctions.Specialization s : g.specializations()) {
      if (s.members().get(k) == member) {
        // (a function nested in a class body takes that body's scope first)
        dev.pyxc.ir.FuncIr f = function(module, g, s).ir();
        return f.params.get(index + (f.closure != null && f.closure.hasClosure() ? 1 : 0)).type();
      }
    }
    throw new IllegalStateException("no specialization of " + g.name() + " binds member " + member);
  }

  /** The C test that an argument fits a parameter of type {@code t}, or null where none is made (a plain object takes any). */
  private static String test(CType t) {
    if (viewOf(t) != null) {
      CType.MemView v = viewOf(t);
      String kind = bufferKind(v.dtype());
      return kind == null ? null : "pyxc_fused_buffer_is(arg, '" + kind + "', " + itemSize(v.dtype()) + ", " + v.ndim() + ")";
    }
    if (t instanceof CType.BInt) return "PyBool_Check(arg)";
    if (t instanceof CType.Pointer p && p.isCharPtr()) return "PyBytes_Check(arg)"; // (a C string is chosen for bytes, as in Cython)
    if (t instanceof CType.CInt) return "PyLong_Check(arg)";
    if (t instanceof CType.CFloat) return "PyFloat_Check(arg)";
    if (t instanceof CType.CComplex) return "PyComplex_Check(arg)";
    if (t instanceof CType.PyObject o && o.isExtType()) {
      return "PyObject_TypeCheck(arg, &" + dev.pyxc.ir.CSymbols.typeObject(o.extType()) + ")";
    }
    if (t instanceof CType.PyObject o && o.extType() == null && o.builtin() != null) {
      String type = Primitives.builtinTypeObject(o.builtin());
      return type == null ? null : "PyObject_TypeCheck(arg, &" + type + ")";
    }
    return null;
  }

  /** The view a parameter of type {@code t} holds: a view's own type, a buffer variable's buffer; else null. */
  private static CType.MemView viewOf(CType t) {
    if (t instanceof CType.MemView v) return v;
    return t instanceof CType.PyObject o && o.buffer() != null ? o.buffer().view() : null;
  }

  private static String bufferKind(CType dtype) {
    if (dtype instanceof CType.CInt i) return i.kind().signed ? "i" : "u";
    if (dtype instanceof CType.CFloat) return "f";
    if (dtype instanceof CType.CComplex) return "c";
    return null;
  }

  private static int itemSize(CType dtype) {
    if (dtype instanceof CType.CInt i) return i.kind().bits / 8;
    if (dtype instanceof CType.CFloat f) return f.kind() == CType.FloatKind.FLOAT ? 4 : f.kind() == CType.FloatKind.DOUBLE ? 8 : 16;
    if (dtype instanceof CType.CComplex z) return 2 * itemSize(z.real());
    return 0;
  }

  /**
   * Module init: each def fused function's specializations made as function objects
   * ({@code makeFunction} writes one into a variable), gathered into the object bound to its name.
   */
  String initCode(BiFunction<ModuleIr.Function, String, String> makeFunction) {
    StringBuilder sb = new StringBuilder();
    for (FusedFunctions.Group g : module.fusedDefs()) {
      // (a method's is made with its class: ClassEmitter; one made where its def runs, there)
      if (g.owner() != null || g.atStatement()) continue;
      int n = g.specializations().size();
      sb.append("    {\n        PyObject *fs[").append(n).append("] = {0};\n");
      for (int i = 0; i < n; i++) {
        ModuleIr.Function f = function(module, g, g.specializations().get(i));
        sb.append("        {\n").append(makeFunction.apply(f, "fs[" + i + "]")).append("        }\n");
      }
      sb.append(makeFused(g, "fused"));
      sb.append("        if (!fused || PyDict_SetItemString(pyxc_m_dict, ").append(CNames.cString(g.name()))
          .append(", fused) < 0) {\n            Py_XDECREF(fused);\n            goto bad;\n        }\n        Py_DECREF(fused);\n    }\n");
    }
    return sb.toString();
  }
}
