package dev.pyxc.emit;

import dev.pyxc.ir.ModuleIr;
import dev.pyxc.ir.ScopePrimitives;
import dev.pyxc.sema.CType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes one self-contained C file for a module: the runtime pieces it uses, its functions,
 * their Python wrappers, the constant table and single-phase module init.
 */
public final class CEmitter {
  public static final String VERSION = "0.1.0";

  private CEmitter() {}

  /**
   * The C file as consecutive parts (a function and its wrapper each), so a large module is
   * written out without ever being one string; and, for annotation, the pieces of it that each
   * source line produced; {@code headers}: {@code MODULE.h} and {@code MODULE_api.h} by their
   * suffix, when the module has public or api declarations.
   */
  public record Emitted(List<String> parts, List<CSpan> spans, java.util.Map<String, String> headers) {}

  /**
   * The C of {@code m}; with {@code spans} (only the annotated HTML needs them) also its pieces by
   * line; with active {@code directives}, each function's C under its source lines' {@code #line}.
   */
  public static Emitted emit(ModuleIr m, boolean spans, LineDirectives directives) {
    ConstTable consts = new ConstTable();
    List<CSpan> pieces = new ArrayList<>();
    List<String> code = new ArrayList<>();
    StringBuilder prototypes = new StringBuilder();
    // A base's struct, vtable and type come before its subclasses', wherever the source puts it.
    List<ClassEmitter> classes = m.classes().values().stream()
        .sorted(java.util.Comparator.comparingInt(CEmitter::depth)).map(c -> new ClassEmitter(c, m)).toList();
    StructEmitter structs = new StructEmitter(m.structs());
    CapiEmitter capi = new CapiEmitter(m.capi());
    HeaderEmitter exported = new HeaderEmitter(m.exports(), m.capi(), m.name());
    prototypes.append(structs.definitions());
    prototypes.append(exported.typeAliases());
    for (ClassEmitter c : classes) prototypes.append(c.declarations()).append('\n');
    for (dev.pyxc.sema.ModuleVariable v : m.variables().values()) prototypes.append(dev.pyxc.ir.ModuleVariablePrimitives.declaration(v));
    for (dev.pyxc.sema.ModuleInfo.CpdefEnum e : m.cpdefEnums()) {
      if (e.name() != null) prototypes.append("static PyObject *").append(dev.pyxc.ir.Primitives.cpdefEnumClass(e.name())).append(";\n");
    }
    List<ScopeEmitter> scopes = m.functions().stream().filter(f -> f.ir().closure != null && f.ir().closure.hasScope())
        .map(f -> new ScopeEmitter(f.ir().closure)).toList();
    for (ScopeEmitter s : scopes) prototypes.append(s.declarations());
    for (ModuleIr.Function f : m.functions()) {
      if (isFunctionObject(f)) prototypes.append("static PyMethodDef ").append(ScopePrimitives.methodDef(f.ir().closure)).append(";\n");
    }
    List<FrameEmitter> frames = new ArrayList<>();
    java.util.Set<String> slots = new java.util.HashSet<>();
    for (ModuleIr.Function f : m.functions()) {
      FunctionEmitter proto = new FunctionEmitter(f.ir(), consts, m.sourceFile(), false, LineDirectives.NONE);
      if (f.ir().isGenerator()) {
        FrameEmitter frame = new FrameEmitter(f.ir());
        frames.add(frame);
        prototypes.append(frame.declarations()).append(proto.callablePrototype()).append(";\n");
      }
      prototypes.append(proto.prototype()).append(";\n");
      // The module's slots for a C-level function's evaluated defaults (DefaultSlots), once each.
      if (f.ir().defaultsInSlots) {
        for (int i : dev.pyxc.sema.EvaluatedDefaults.inSlots(f.def(), f.ir().owner, dev.pyxc.sema.ModuleInfo.sharedSlots(m.capi()))) {
          String slot = dev.pyxc.ir.DefaultSlots.name(f.ir().owner, f.def().name(), i);
          if (!slots.add(slot)) continue;
          CType t = f.ir().sourceParam(i).type();
          prototypes.append("static ").append(CNames.type(t)).append(slot).append(t instanceof CType.PyObject ? " = NULL" : "")
              .append(";\n");
        }
      }
      for (int i : f.ir().viewDefaultSlots) {
        String slot = dev.pyxc.ir.DefaultSlots.name(null, f.def().name(), i);
        if (slots.add(slot)) prototypes.append("static ").append(CNames.type(f.ir().params.get(i).type())).append(slot).append(";\n");
      }
    }
    prototypes.append(FusedEmitter.declarations(m));
    // (the struct conversions go here once the code that uses them is written: see below)
    int convertersAt = prototypes.length();
    code.add(prototypes.append('\n').toString());
    for (ModuleIr.Function f : m.functions()) {
      FunctionEmitter fe = new FunctionEmitter(f.ir(), consts, m.sourceFile(), spans, directives);
      StringBuilder part = new StringBuilder(fe.emit()).append(directives.restore()).append('\n');
      if (f.ir().isGenerator()) {
        String qualname = f.ir().closure.qualname == null || f.ir().closure.qualname.isEmpty() ? f.def().name() : f.ir().closure.qualname;
        part.append(new FrameEmitter(f.ir()).definitions(fe.callablePrototype(), f.def().name(), qualname)).append('\n');
      }
      pieces.addAll(fe.spans());
      if (!f.def().isCdef() && !f.def().isModuleBody() && !f.ir().classBody) {
        // The wrapper converts and checks arguments: Cython shows that C under the def line too.
        String wrapper = WrapperEmitter.emit(f.def(), f.ir(), consts, m.sourceFile());
        part.append(directives.attribute(wrapper, f.ir().line)).append(directives.restore()).append('\n');
        if (isFunctionObject(f)) part.append(functionMethodDef(f)).append('\n');
        if (spans) pieces.add(new CSpan(f.ir().line, WrapperEmitter.wrapperName(f.ir()), wrapper));
      }
      code.add(part.toString());
    }
    code.add(exported.publicFunctions());
    for (ClassEmitter c : classes) code.add(c.definitions());
    for (ScopeEmitter s : scopes) code.add(s.definitions());
    StringBuilder methods = new StringBuilder("static PyMethodDef pyxc_methods[] = {\n");
    for (ModuleIr.Function f : m.functions()) {
      if (f.def().isCdef() || f.def().isModuleBody() || f.ir().owner != null || f.ir().classBody || isFunctionObject(f)) continue;
      methods.append("    {").append(methodEntry(f)).append("},\n");
    }
    methods.append("    {NULL, NULL, 0, NULL}\n};\n");

    // Before the constants' init code is written: the functions' defaults are constants.
    StringBuilder functions = new StringBuilder();
    java.util.Set<String> specializations = FusedEmitter.specializations(m);
    for (ModuleIr.Function f : m.functions()) {
      if (isFunctionObject(f) && !f.ir().closure.isNested() && !f.ir().closure.boundAtStatement
          && !specializations.contains(f.def().name()) && !isCFunctionWrapper(f)) {
        functions.append(bindFunction(f, consts));
      }
    }
    FusedEmitter fused = new FusedEmitter(m);
    code.add(fused.definitions(p -> consts.ref(literalDefault(p.defaultValue(), CType.OBJECT))));
    functions.append(fused.initCode((f, var) -> makeFunction(f, consts, var)));
    String init = consts.initCode();
    // Only what the module's code reaches of the other modules' functions and variables is
    // declared and imported, as Cython imports only what it uses (`cimport
    // scipy.linalg.cython_blas as blas` binds hundreds of functions).
    capi.keepUsed(CapiEmitter.capiNames(String.join("", code) + functions + init));
    code.add(1, capi.declarations());
    int nconsts = Math.max(1, consts.size());
    StringBuilder module = new StringBuilder();
    module.append("static struct PyModuleDef pyxc_moduledef = {\n    PyModuleDef_HEAD_INIT, ")
        .append(CNames.cString(m.name())).append(", ")
        .append(m.docstring() == null ? "NULL" : CNames.cString(m.docstring()))
        .append(", -1, pyxc_methods, NULL, NULL, NULL, NULL\n};\n\n");
    // The module's full name (pkg.mod) is its __name__; its init function is named after its last part.
    module.append("PyMODINIT_FUNC PyInit_").append(m.name().substring(m.name().lastIndexOf('.') + 1)).append("(void) {\n");
    // One module object per process, as Cython's: importing the same file under another name (a
    // directory of the package put on sys.path), even while it initialises, gives this one back
    // rather than running its code again.
    module.append("    if (pyxc_module_object) return Py_NewRef(pyxc_module_object);\n");
    module.append("    PyObject *m = PyModule_Create(&pyxc_moduledef);\n    if (!m) return NULL;\n    pyxc_module_object = Py_NewRef(m);\n");
    // freethreading_compatible: on a free-threaded Python the module does not need the GIL enabled.
    if (m.freethreadingCompatible()) {
      module.append("#ifdef Py_GIL_DISABLED\n    PyUnstable_Module_SetGIL(m, Py_MOD_GIL_NOT_USED);\n#endif\n");
    }
    // The functions read their globals through this pointer for as long as they live, which may be
    // longer than the module (a failed import leaves a callback registered with atexit): a
    // reference for the life of the process, as Cython keeps its module dict.
    module.append("    pyxc_m_dict = Py_NewRef(PyModule_GetDict(m));\n");
    // As Cython does: the module is in sys.modules while it initialises, so that what it imports
    // may import it back (a cycle of cimports) and its code may import itself; removed on failure.
    module.append("    {\n        PyObject *name = PyModule_GetNameObject(m);\n        int rc = name ? PyDict_SetItem(")
        .append("PyImport_GetModuleDict(), name, m) : -1;\n        Py_XDECREF(name);\n        if (rc < 0) {\n")
        .append("            Py_DECREF(m);\n            return NULL;\n        }\n    }\n");
    if (code.stream().anyMatch(c -> c.contains("pyxc_import_level("))) {
      module.append("    if (pyxc_set_package(pyxc_m_dict, ").append(CNames.cString(packageOf(m))).append(") < 0) goto bad;\n");
    }
    module.append(init);
    for (dev.pyxc.sema.ModuleInfo.CpdefEnum e : m.cpdefEnums()) module.append(cpdefEnumInit(m.name(), e));
    for (dev.pyxc.sema.ModuleVariable v : m.variables().values()) {
      // Object variables start as None, as in Cython.
      if (v.type() instanceof CType.PyObject && !v.isImported()) module.append("    ").append(dev.pyxc.ir.ModuleVariablePrimitives.cName(v)).append(" = Py_NewRef(Py_None);\n");
    }
    module.append(capi.exportCode());
    if (m.autoImportArray()) {
      // (NumpyImport) numpy's C API is needed before any of the module's code runs: the types' imports included.
      module.append("    if (_import_array() < 0) {\n        PyErr_SetString(PyExc_ImportError, \"numpy.core.multiarray failed to import \"\n")
          .append("            \"(auto-generated because you didn't call 'numpy.import_array()' after cimporting numpy; \"\n")
          .append("            \"use '<void>numpy._import_array' to disable if you are certain you don't need it).\");\n")
          .append("        goto bad;\n    }\n");
    }
    // The module's own types are ready and bound before another module is imported for its types:
    // one that cimports this module back (a cimport cycle) finds them there, as in Cython. Only
    // the bases of its own types are imported before them.
    java.util.Set<String> bases = new java.util.HashSet<>();
    for (ClassEmitter c : classes) if (!c.imported()) c.importedBases().forEach(bases::add);
    for (ClassEmitter c : classes) if (!c.imported() || bases.contains(c.name())) module.append(c.initCode());
    for (ScopeEmitter s : scopes) module.append(s.initCode());
    for (FrameEmitter fr : frames) module.append(fr.initCode());
    // The names are bound once every type is ready, in name order (the order Cython's module has them in).
    classes.stream().sorted(java.util.Comparator.comparing(ClassEmitter::name)).forEach(c -> module.append(c.bindCode()));
    for (ClassEmitter c : classes) if (c.imported() && !bases.contains(c.name())) module.append(c.initCode());
    // Then what it takes from the modules it cimports (which may import this one back: its types are there).
    module.append(capi.importCode());
    module.append(functions);
    if (usesViews(m)) {
      module.append("#ifdef PYXC_TRACK_OWNERS\n    if (PyModule_AddFunctions(m, pyxc_mv_tracking_methods) < 0) goto bad;\n#endif\n");
    }
    for (ModuleIr.Function f : m.functions()) {
      if (!f.def().isModuleBody()) continue;
      // The top-level statements, once the functions and constants exist.
      module.append("    {\n        PyObject *r = ").append(FunctionEmitter.implName(f.ir())).append("();\n")
          .append("        if (!r) goto bad;\n        Py_DECREF(r);\n    }\n");
    }
    module.append("    return m;\nbad:\n    pyxc_forget_module(m);\n    Py_CLEAR(pyxc_module_object);\n    Py_DECREF(m);\n    return NULL;\n}\n");
    code.add(methods.append('\n').append(module).toString());
    // Only the struct conversions the code uses: a header's struct may be incomplete in C (CPython's
    // Py_complex is a typedef of an anonymous struct), which a conversion would have to name.
    String first = code.get(0);
    String all = String.join("", code);
    code.set(0, first.substring(0, convertersAt) + structs.converters(all) + dev.pyxc.ir.ExternDtypes.definitions(all)
        + first.substring(convertersAt));

    StringBuilder out = new StringBuilder();
    out.append("/* Generated by pyxc ").append(VERSION).append(" from ").append(m.sourceFile()).append(". Do not edit. */\n");
    out.append("#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n#include <limits.h>\n#include <math.h>\n#include <stdarg.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n\n");
    // (`cimport openmp` includes <omp.h>, whose functions need the OpenMP runtime too)
    if (m.functions().stream().anyMatch(f -> !f.ir().parallelLoops.isEmpty()) || m.preamble().stream().anyMatch(c -> c.contains("<omp.h>"))) {
      // prange loops: OpenMP threads where the module is built with it (pyxc adds -fopenmp), one thread otherwise.
      out.append(dev.pyxc.build.Gcc.OPENMP_MARK).append("\n#ifdef _OPENMP\n#include <omp.h>\n#endif\n\n");
    }
    if (m.preamble().stream().anyMatch(c -> c.contains("#include \"numpy/"))) out.append(dev.pyxc.build.Gcc.NUMPY_MARK).append("\n\n");
    out.append("#if PY_VERSION_HEX < 0x030B0000\n#error \"pyxc output needs CPython 3.11 or newer\"\n#endif\n");
    out.append("#ifndef likely\n#define likely(x) __builtin_expect(!!(x), 1)\n#define unlikely(x) __builtin_expect(!!(x), 0)\n#endif\n\n");
    if (Stream.concat(m.preamble().stream(), code.stream()).anyMatch(c -> c.contains("CYTHON_COMPILING_IN_"))) {
      // Which Python Cython's output is built for, as its macros say it; code written for Cython tests them.
      out.append(COMPILING_IN_MACROS);
    }
    // What the module's `cdef extern` blocks declare from: their headers and verbatim C, in order.
    for (String c : m.preamble()) out.append(c).append(c.endsWith("\n") ? "" : "\n");
    if (!m.preamble().isEmpty()) out.append('\n');
    out.append(RuntimeBundler.piecesFor(code));
    out.append("\nstatic PyObject *pyxc_module_object;\nstatic PyObject *pyxc_m_dict;\nstatic PyObject *pyxc_c[").append(nconsts).append("];\n\n");
    List<String> parts = new ArrayList<>(code.size() + 1);
    parts.add(out.toString());
    parts.addAll(code);
    return new Emitted(directives.resolve(parts), List.copyOf(pieces), exported.headers());
  }

  /** The package a module's relative imports start from: a package's own ({@code __init__}) module's name, else its parent's. */
  private static String packageOf(ModuleIr m) {
    boolean init = java.nio.file.Path.of(m.sourceFile()).getFileName().toString().startsWith("__init__.");
    return init && !m.name().equals("__init__") ? m.name() : m.name().substring(0, Math.max(0, m.name().lastIndexOf('.')));
  }

  private static final String COMPILING_IN_MACROS = """
      #ifndef CYTHON_COMPILING_IN_CPYTHON
      #define CYTHON_COMPILING_IN_CPYTHON 1
      #define CYTHON_COMPILING_IN_PYPY 0
      #define CYTHON_COMPILING_IN_GRAAL 0
      #define CYTHON_COMPILING_IN_LIMITED_API 0
      #ifdef Py_GIL_DISABLED
      #define CYTHON_COMPILING_IN_CPYTHON_FREETHREADING 1
      #else
      #define CYTHON_COMPILING_IN_CPYTHON_FREETHREADING 0
      #endif
      #endif

      """;

  /**
   * A cpdef enum at module init: its class made and bound in the module (a named one), or each
   * member bound as an int (an anonymous one), as Cython 3 does.
   */
  private static String cpdefEnumInit(String module, dev.pyxc.sema.ModuleInfo.CpdefEnum e) {
    StringBuilder sb = new StringBuilder("    {\n");
    if (e.name() == null) {
      for (int i = 0; i < e.members().size(); i++) {
        sb.append("        PyObject *v").append(i).append(" = PyLong_FromLongLong(").append(e.values().get(i)).append(");\n")
            .append("        if (!v").append(i).append(" || PyDict_SetItemString(pyxc_m_dict, ").append(CNames.cString(e.members().get(i)))
            .append(", v").append(i).append(") < 0) { Py_XDECREF(v").append(i).append("); goto bad; }\n        Py_DECREF(v").append(i).append(");\n");
      }
      return sb.append("    }\n").toString();
    }
    String cls = dev.pyxc.ir.Primitives.cpdefEnumClass(e.name());
    sb.append("        static const char *const names[] = {");
    for (int i = 0; i < e.members().size(); i++) sb.append(i > 0 ? ", " : "").append(CNames.cString(e.members().get(i)));
    // (Not static: an extern enum's values are its header's constants, which C may not fold at file scope.)
    sb.append("};\n        const long long values[] = {");
    for (int i = 0; i < e.values().size(); i++) sb.append(i > 0 ? ", " : "").append(e.values().get(i));
    sb.append("};\n        ").append(cls).append(" = pyxc_cpdef_enum_new(").append(CNames.cString(module)).append(", ")
        .append(CNames.cString(e.name())).append(", names, values, ").append(e.members().size()).append(", ")
        .append(e.doc() == null ? "NULL" : CNames.cString(e.doc())).append(");\n")
        .append("        if (!").append(cls).append(" || PyDict_SetItemString(pyxc_m_dict, ").append(CNames.cString(e.name())).append(", ")
        .append(cls).append(") < 0) goto bad;\n    }\n");
    return sb.toString();
  }

  private static int depth(dev.pyxc.sema.ClassInfo c) {
    int d = 0;
    for (dev.pyxc.sema.ClassInfo b = c.base(); b != null; b = b.base()) d++;
    return d;
  }

  /** The fields of a def's PyMethodDef: its name, its vectorcall wrapper, its docstring. */
  private static String methodEntry(ModuleIr.Function f) {
    String doc = f.def().docstring() == null ? "NULL" : CNames.cString(f.def().docstring());
    return CNames.cString(f.def().displayName()) + ", (PyCFunction)(void (*)(void))" + WrapperEmitter.wrapperName(f.ir())
        + ", METH_FASTCALL | METH_KEYWORDS, " + doc;
  }

  /**
   * Whether the def is a function object of pyxc's own (binding as a method, with a __dict__,
   * __qualname__ and __defaults__, as Cython's binding functions): every def but a cdef class's
   * methods, which are the type's method descriptors, and a module-level def compiled with
   * {@code binding=False}, a builtin function as Cython makes it then.
   */
  private static boolean isFunctionObject(ModuleIr.Function f) {
    dev.pyxc.sema.Closure c = f.ir().closure;
    return c != null && !f.def().isCdef() && !f.def().isModuleBody() && f.ir().owner == null && !f.ir().classBody
        && (f.ir().binding || c.isNested() || c.boundAtStatement || f.def().name().startsWith(dev.pyxc.ast.Stmt.FuncDef.FUSED_PREFIX)
            || isCFunctionWrapper(f));
  }

  /** The def made for a cdef function used as a Python object: made where used, bound to no name. */
  private static boolean isCFunctionWrapper(ModuleIr.Function f) {
    return f.def().name().startsWith(dev.pyxc.ast.Stmt.FuncDef.CFUNCTION_WRAPPER_PREFIX);
  }

  /** A def's entry: what {@code pyxc_make_function} makes its function objects from. */
  private static String functionMethodDef(ModuleIr.Function f) {
    return "static PyMethodDef " + ScopePrimitives.methodDef(f.ir().closure) + " = {" + methodEntry(f) + "};\n";
  }

  /**
   * Module init: a module-level def's function object, bound to its name before the module's code
   * runs, with its literal defaults as its {@code __defaults__}.
   */
  private static String bindFunction(ModuleIr.Function f, ConstTable consts) {
    return "    {\n" + makeFunction(f, consts, "PyObject *f") + "        if (!f || PyDict_SetItemString(pyxc_m_dict, "
        + CNames.cString(f.def().name()) + ", f) < 0) {\n            Py_XDECREF(f);\n            goto bad;\n        }\n        Py_DECREF(f);\n    }\n";
  }

  /**
   * Statements (in a block of their own) making a module-level def's function object in {@code
   * var} (a variable, or one's declaration), NULL on failure.
   */
  private static String makeFunction(ModuleIr.Function f, ConstTable consts, String var) {
    dev.pyxc.sema.Closure c = f.ir().closure;
    List<String> defaults = new ArrayList<>();
    // A cpdef function's evaluated defaults are in the module's slots, not evaluated yet here: no __defaults__.
    boolean literals = dev.pyxc.sema.EvaluatedDefaults.of(f.def()).isEmpty();
    for (dev.pyxc.ast.Stmt.Param p : f.def().params()) {
      if (p.defaultValue() != null && literals) {
        defaults.add(consts.ref(literalDefault(p.defaultValue(), f.ir().params.get(f.def().params().indexOf(p)).type())));
      }
    }
    String tuple = defaults.isEmpty() ? "NULL" : "PyTuple_Pack(" + defaults.size() + ", " + String.join(", ", defaults) + ")";
    return "        PyObject *d = " + tuple + ";\n        " + var + " = " + (defaults.isEmpty() ? "" : "!d ? NULL : ")
        + "pyxc_make_function(&" + ScopePrimitives.methodDef(c) + ", NULL, d, " + ScopePrimitives.signature(c) + ", pyxc_m_dict);\n"
        + "        Py_XDECREF(d);\n";
  }

  /** A literal default as the Python value the parameter's type makes of it (1 for a double: 1.0). */
  private static dev.pyxc.ir.Const literalDefault(dev.pyxc.ast.Expr e, CType t) {
    boolean neg = e instanceof dev.pyxc.ast.Expr.UnaryOp u && u.op() == dev.pyxc.ast.UnaryOperator.NEG;
    dev.pyxc.ast.Expr v = neg ? ((dev.pyxc.ast.Expr.UnaryOp) e).operand() : e;
    if (v instanceof dev.pyxc.ast.Expr.IntLit i) {
      java.math.BigInteger n = neg ? i.value().negate() : i.value();
      if (t instanceof CType.CFloat) return new dev.pyxc.ir.Const.PyFloat(n.doubleValue());
      if (t == CType.BINT) return new dev.pyxc.ir.Const.PyBool(n.signum() != 0);
      return new dev.pyxc.ir.Const.PyInt(n);
    }
    if (v instanceof dev.pyxc.ast.Expr.FloatLit x) return new dev.pyxc.ir.Const.PyFloat(neg ? -x.value() : x.value());
    if (v instanceof dev.pyxc.ast.Expr.StrLit s) return new dev.pyxc.ir.Const.PyStr(s.value());
    if (v instanceof dev.pyxc.ast.Expr.BytesLit b) return new dev.pyxc.ir.Const.PyBytes(b.value());
    if (v instanceof dev.pyxc.ast.Expr.BoolLit b) return new dev.pyxc.ir.Const.PyBool(b.value());
    // (a NULL pointer has no Python value: None stands for it, as for a NULL char * field)
    if (v instanceof dev.pyxc.ast.Expr.NoneLit || v instanceof dev.pyxc.ast.Expr.NullLit) return new dev.pyxc.ir.Const.PyNone();
    throw new AssertionError("literal default " + e);
  }

  /** Whether any function of the module has a memoryview value (and so the view runtime). */
  private static boolean usesViews(ModuleIr m) {
    return m.functions().stream().anyMatch(f -> f.ir().registers.stream().anyMatch(r -> r.type() instanceof CType.MemView));
  }
}
