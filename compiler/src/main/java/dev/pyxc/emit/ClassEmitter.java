package dev.pyxc.emit;

import dev.pyxc.ir.CSymbols;
import dev.pyxc.ir.ModuleIr;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.sema.CFunction;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.ClassInfo;
import dev.pyxc.sema.ClassInfo.Field;
import java.util.List;

/**
 * The C of one extension type: its instance struct (the base's struct first, then its own
 * fields), and its static type object with the slots that give fields their ownership: tp_new
 * sets object fields to None and runs {@code __cinit__}, tp_dealloc runs {@code __dealloc__} and
 * releases every owned field, tp_traverse and tp_clear let the collector break cycles through
 * object fields, and the getset table exposes {@code public} and {@code readonly} attributes
 * with Cython's conversions.
 */
final class ClassEmitter {
  private final ClassInfo cls;
  private final ModuleIr module;
  private final String struct;
  private final String type;
  private final String part;
  private final SlotEmitter slots;

  ClassEmitter(ClassInfo cls, ModuleIr module) {
    this.cls = cls;
    this.module = module;
    this.struct = CSymbols.instanceStruct(cls.name());
    this.type = CSymbols.typeObject(cls.name());
    this.part = CSymbols.classPart(cls.name());
    this.slots = new SlotEmitter(cls, module);
  }

  /** A type of another module (cimported, or an extern class): taken from it at init. */
  boolean imported() {
    return cls.importedFrom() != null;
  }

  /** The names of this type's bases that are other modules' types. */
  java.util.List<String> importedBases() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (ClassInfo c = cls.base(); c != null; c = c.base()) if (c.importedFrom() != null) out.add(c.name());
    return out;
  }

  /** A public class's type object has external linkage, under its declared name (see HeaderEmitter); others are static. */
  private String linkage() {
    return module.exports().isPublic(cls) ? "" : "static ";
  }

  /** The struct and a forward declaration of the type object: what function bodies refer to. */
  String declarations() {
    StringBuilder sb = new StringBuilder();
    if (cls.isExtern()) {
      // Another module's type: only the pointer to it taken at import; its instances are its own struct.
      return sb.append("static PyTypeObject *").append(typePointer()).append(";\n#define ").append(type).append(" (*")
          .append(typePointer()).append(")\n").toString();
    }
    if (cls.hasVtable()) sb.append(vtableStruct());
    sb.append(struct).append(" {\n");
    if (cls.base() == null) sb.append(builtin() != null ? "    " + builtin().struct() + " base;\n" : "    PyObject_HEAD\n");
    else sb.append("    ").append(structOf(cls.base())).append(" base;\n");
    if (cls.base() == null && cls.hasVtable()) sb.append("    void *").append(CSymbols.VTABLE_POINTER).append(";\n");
    for (Field f : cls.ownFields().values()) {
      // (an array field is declared as one: `double f_x[3]`)
      sb.append("    ").append(f.type() instanceof CType.CArray ? dev.pyxc.ir.CSpelling.declare(f.type(), CSymbols.field(f.name()))
          : CNames.type(f.type()) + CSymbols.field(f.name())).append(";\n");
    }
    if (cls.declaresInstanceDict()) sb.append("    PyObject *pyxc_dict;\n");
    if (cls.declaresWeakrefs()) sb.append("    PyObject *pyxc_weakrefs;\n");
    if (imported()) {
      // The other module's type object, reached through a pointer taken at import under the name a type object has here.
      sb.append("};\nstatic PyTypeObject *").append(typePointer()).append(";\n#define ").append(type).append(" (*")
          .append(typePointer()).append(")\n");
      return sb.toString();
    }
    sb.append("};\n").append(linkage()).append("PyTypeObject ").append(type).append(";\n");
    for (CFunction f : cpdefMethods()) sb.append(CpdefDispatcher.head(f)).append(";\n");
    return sb.toString();
  }

  /** How C spells a class's instance struct: an extern class's own, else the one this module lays out. */
  static String structOf(ClassInfo c) {
    return c.isExtern() && c.externStruct() != null ? c.externStruct() : CSymbols.instanceStruct(c.name());
  }

  /** The base's slot function: its C function when it is this module's, else through its type object. */
  private String baseSlot(String slot, String localPrefix) {
    ClassInfo b = cls.base();
    return b.importedFrom() == null ? localPrefix + CSymbols.classPart(b.name()) : CSymbols.typeObject(b.name()) + "." + slot;
  }

  private String typePointer() {
    return "pyxc_typeptr" + part;
  }

  private String vtablePointer() {
    return "pyxc_vtabptr" + part;
  }

  private List<CFunction> cpdefMethods() {
    return cls.ownCMethods().values().stream().filter(CFunction::cpdef).toList();
  }

  /**
   * The vtable struct (the base's first, so a pointer to it is one to every base's) and its one
   * instance: a function pointer for each cdef method this class introduces and a subclass
   * overrides. C has no empty structs, hence the placeholder when there is nothing of its own.
   */
  private String vtableStruct() {
    StringBuilder sb = new StringBuilder(CSymbols.vtableStruct(cls.name())).append(" {\n");
    if (cls.base() != null) sb.append("    ").append(CSymbols.vtableStruct(cls.base().name())).append(" base;\n");
    List<dev.pyxc.sema.CFunction> slots = cls.ownSlots();
    for (dev.pyxc.sema.CFunction f : slots) {
      String params = f.cParams().stream().map(t -> CNames.type(t).strip()).collect(java.util.stream.Collectors.joining(", "));
      sb.append("    ").append(CNames.type(f.returnType())).append("(*").append(CSymbols.ident(f.name())).append(")(")
          .append(params).append(");\n");
    }
    if (cls.base() == null && slots.isEmpty()) sb.append("    char unused;\n");
    if (imported()) {
      sb.append("};\nstatic ").append(CSymbols.vtableStruct(cls.name())).append(" *").append(vtablePointer()).append(";\n#define ")
          .append(CSymbols.vtable(cls.name())).append(" (*").append(vtablePointer()).append(")\n");
      return sb.toString();
    }
    sb.append("};\nstatic ").append(CSymbols.vtableStruct(cls.name())).append(' ').append(CSymbols.vtable(cls.name()))
        .append(";\n");
    return sb.toString();
  }

  /** The slots, tables and type object, after the methods they call. */
  String definitions() {
    if (imported()) return "";
    StringBuilder sb = new StringBuilder();
    for (CFunction f : cpdefMethods()) {
      sb.append(CpdefDispatcher.definition(f, method(f.name()), module.name() + "." + cls.name() + "." + f.name()));
    }
    sb.append(SlotAdapters.definitions(cls));
    sb.append(tpNew());
    sb.append(tpDealloc());
    if (gc()) sb.append(tpTraverse());
    if (cls.clearsForGc()) sb.append(tpClear());
    if (method("__init__") != null) sb.append(tpInit());
    if (vectorcallable()) sb.append(tpVectorcall());
    sb.append(slots.functions());
    sb.append(slots.tables());
    sb.append(getset());
    sb.append(classMethods());
    sb.append(FusedEmitter.methodDefs(module, cls.name(), part));
    sb.append(methods());
    sb.append(typeObject());
    return sb.toString();
  }

  String name() {
    return cls.name();
  }

  /** Module init, once every type is ready: the type's name in the module (not for @cython.internal). */
  String bindCode() {
    return cls.isInternal() || imported() ? ""
        : "    if (PyModule_AddObjectRef(m, " + CNames.cString(cls.name()) + ", (PyObject *)&" + type + ") < 0) goto bad;\n";
  }

  /** The extern classes of pyxc's bundled declarations whose type objects its runtime makes: by module and name, the function that readies one. */
  private static final java.util.Map<String, String> RUNTIME_TYPES = java.util.Map.of("cython.view.array", "pyxc_cvarray_type");

  /** Module init: make the type ready (its vtable filled first); a cimported one's taken from its module. */
  String initCode() {
    if (cls.isExtern() && RUNTIME_TYPES.containsKey(cls.importedFrom() + "." + cls.pythonName())) {
      // A type pyxc's runtime defines (there is no module to import it from at run time).
      return "    " + typePointer() + " = " + RUNTIME_TYPES.get(cls.importedFrom() + "." + cls.pythonName()) + "();\n    if (!"
          + typePointer() + ") goto bad;\n";
    }
    if (cls.isExtern()) {
      String size = cls.externStruct() == null ? "0" : "sizeof(" + cls.externStruct() + ")";
      return "    " + typePointer() + " = pyxc_import_extern_type(" + CNames.cString(cls.importedFrom()) + ", "
          + CNames.cString(cls.pythonName()) + ", " + size + ", '" + cls.checkSize().charAt(0) + "');\n    if (!" + typePointer()
          + ") goto bad;\n";
    }
    if (imported()) {
      return "    " + typePointer() + " = pyxc_import_type(" + CNames.cString(cls.importedFrom()) + ", "
          + CNames.cString(cls.pythonName()) + ", sizeof(" + struct + "), "
          + (cls.hasVtable() ? "(void **)&" + vtablePointer() : "NULL") + ");\n    if (!" + typePointer() + ") goto bad;\n";
    }
    // A builtin base that is not a constant address (the exception types) is set before PyType_Ready.
    String builtinBase = builtin() != null ? "    " + type + ".tp_base = " + builtin().typeObject() + ";\n"
        : cls.base() != null && cls.base().importedFrom() != null
            ? "    " + type + ".tp_base = &" + CSymbols.typeObject(cls.base().name()) + ";\n" : "";
    StringBuilder vtable = new StringBuilder();
    if (cls.hasVtable()) {
      // Each slot of this class's vtable, from the root's down, holds the implementation this class has. The part
      // a cimported base lays out starts as that base's vtable (its implementations live in its module).
      String path = "";
      for (ClassInfo c = cls; c != null; c = c.base()) {
        if (c != cls && c.importedFrom() != null) {
          vtable.append("    ").append(CSymbols.vtable(cls.name())).append(path).append(" = ").append(CSymbols.vtable(c.name()))
              .append(";\n");
          break;
        }
        path += ".base";
      }
      path = "";
      for (ClassInfo c = cls; c != null; c = c.base()) {
        for (dev.pyxc.sema.CFunction slot : c.ownSlots()) {
          CFunction impl = cls.cmethod(slot.name());
          if (cls.implementer(slot.name()).importedFrom() != null) continue;
          vtable.append("    ").append(CSymbols.vtable(cls.name())).append(path).append('.').append(CSymbols.ident(slot.name()))
              .append(" = ").append(SlotAdapters.filling(slot, impl, c)).append(";\n");
        }
        path += ".base";
      }
    }
    // Modules that cimport the class (or reach it as an api class) find its vtable in its dict, as Cython's do.
    String export = cls.openToOtherModules() && cls.hasVtable()
        ? "    if (pyxc_export_vtable(&" + type + ", &" + CSymbols.vtable(cls.name()) + ") < 0) goto bad;\n" : "";
    // A variable-sized extern base (a tuple) cannot be extended: its items follow its struct (Cython's TypeError;
    // cdef methods count as Cython's vtable pointer would).
    String varBase = cls.base() != null && cls.base().isExtern() && cls.base().externStruct() != null
        ? "    if (pyxc_var_base_check(&" + type + ", sizeof(" + struct + ")" + (cls.hasOwnCdefMethods() ? " + sizeof(void *)" : "")
            + ", sizeof(" + cls.base().externStruct() + ")) < 0) goto bad;\n"
        : "";
    return vtable + builtinBase + varBase + "    if (PyType_Ready(&" + type + ") < 0) goto bad;\n" + export + typeDict();
  }

  /**
   * After PyType_Ready: the class attributes of the body, and each classmethod as a
   * {@code classmethod} object (as Cython's) around a function that takes the class as its first
   * argument, instead of the classmethod_descriptor a METH_CLASS entry makes.
   */
  private String typeDict() {
    StringBuilder sb = new StringBuilder();
    for (java.util.Map.Entry<String, dev.pyxc.ast.Expr> c : cls.constants().entrySet()) {
      sb.append("    if (pyxc_type_dict_set(&").append(type).append(", ").append(CNames.cString(c.getKey())).append(", ")
          .append(literal(c.getValue())).append(") < 0) goto bad;\n");
    }
    for (ModuleIr.Function f : ownMethods()) {
      if (ClassInfo.methodKind(f.def()) != ClassInfo.MethodKind.CLASS) continue;
      sb.append("    if (pyxc_type_dict_set(&").append(type).append(", ").append(CNames.cString(f.def().name()))
          .append(", pyxc_classmethod_new(&").append(classMethodDef(f)).append(")) < 0) goto bad;\n");
    }
    sb.append(FusedEmitter.methodsInit(module, cls.name(), type, part));
    return sb.toString();
  }

  private static String literal(dev.pyxc.ast.Expr e) {
    if (e instanceof dev.pyxc.ast.Expr.IntLit i) return "PyLong_FromString(" + CNames.cString(i.value().toString()) + ", NULL, 10)";
    if (e instanceof dev.pyxc.ast.Expr.FloatLit f) return "PyFloat_FromDouble(" + FunctionEmitter.cDouble(f.value()) + ")";
    if (e instanceof dev.pyxc.ast.Expr.StrLit s) return "PyUnicode_FromString(" + CNames.cString(s.value()) + ")";
    if (e instanceof dev.pyxc.ast.Expr.BoolLit b) return "PyBool_FromLong(" + (b.value() ? 1 : 0) + ")";
    if (e instanceof dev.pyxc.ast.Expr.NoneLit) return "Py_NewRef(Py_None)";
    throw new AssertionError(e);
  }

  private java.util.List<ModuleIr.Function> ownMethods() {
    return module.functions().stream().filter(f -> cls.name().equals(f.ir().owner) && f.ir().cdef == null).toList();
  }

  private String classMethodDef(ModuleIr.Function f) {
    return "pyxc_cmdef" + part + "_" + CSymbols.ident(f.def().name());
  }

  /**
   * For each classmethod, the function the classmethod object wraps: bound by classmethod, it
   * gets the class as its first argument and calls the wrapper with it as self.
   */
  private String classMethods() {
    StringBuilder sb = new StringBuilder();
    for (ModuleIr.Function f : ownMethods()) {
      if (ClassInfo.methodKind(f.def()) != ClassInfo.MethodKind.CLASS) continue;
      String fn = "pyxc_cm" + part + "_" + CSymbols.ident(f.def().name());
      sb.append("static PyObject *").append(fn).append("(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {\n")
          .append("    (void)self;\n    if (unlikely(nargs < 1)) {\n")
          .append("        PyErr_Format(PyExc_TypeError, \"%s() needs an argument\", ").append(CNames.cString(f.def().name()))
          .append(");\n        return NULL;\n    }\n")
          .append("    return ").append(WrapperEmitter.wrapperName(f.ir())).append("(args[0], args + 1, nargs - 1, kwnames);\n}\n\n");
      String doc = f.def().docstring() == null ? "NULL" : CNames.cString(f.def().docstring());
      sb.append("static PyMethodDef ").append(classMethodDef(f)).append(" = {").append(CNames.cString(f.def().name()))
          .append(", (PyCFunction)(void (*)(void))").append(fn).append(", METH_FASTCALL | METH_KEYWORDS, ").append(doc)
          .append("};\n\n");
    }
    return sb.toString();
  }

  /** The builtin type this class (the root of its hierarchy) extends directly, or null. */
  private dev.pyxc.sema.BuiltinBase builtin() {
    return cls.base() == null ? cls.builtinBase() : null;
  }

  private boolean gc() {
    return cls.usesGc();
  }

  private String cast() {
    return "    " + struct + " *p = (" + struct + " *)o;\n";
  }

  /** Whether a {@code __del__} of this class or a base may be the type's tp_finalize (a cimported base's methods are unknown here). */
  private boolean mayFinalize() {
    for (ClassInfo c = cls; c != null; c = c.base()) {
      if (c.importedFrom() != null || methodOf(c, "__del__") != null) return true;
    }
    return false;
  }

  private ModuleIr.Function method(String name) {
    return methodOf(cls, name);
  }

  private ModuleIr.Function methodOf(ClassInfo c, String name) {
    for (ModuleIr.Function f : module.functions()) {
      if (c.name().equals(f.ir().owner) && f.ir().cdef == null && f.def().name().equals(name)) return f;
    }
    return null;
  }

  /** The def method as instances of this class have it: its own or the nearest base's. */
  private ModuleIr.Function inheritedMethod(String name) {
    for (ClassInfo c = cls; c != null; c = c.base()) {
      ModuleIr.Function f = methodOf(c, name);
      if (f != null) return f;
    }
    return null;
  }

  /**
   * Whether a call of the type itself can skip the argument tuple: nothing in the hierarchy takes
   * the constructor's arguments in tp_new ({@code __cinit__}), and no builtin base makes them.
   */
  private boolean vectorcallable() {
    for (ClassInfo c = cls.base(); c != null; c = c.base()) if (c.importedFrom() != null) return false; // its methods are unknown here
    return inheritedMethod("__cinit__") == null && cls.builtinBase() == null;
  }

  /**
   * {@code Point(x, y)} without a tuple (what CPython would build for tp_new and tp_init): the
   * instance made by tp_new, then {@code __init__}'s wrapper called with the arguments as they
   * came. Used by CPython only when this very type is called; subclasses go through tp_call.
   */
  private String tpVectorcall() {
    ModuleIr.Function init = inheritedMethod("__init__");
    StringBuilder sb = new StringBuilder("static PyObject *pyxc_tp_vectorcall").append(part)
        .append("(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames) {\n");
    sb.append("    PyObject *o = pyxc_tp_new").append(part).append("((PyTypeObject *)type, NULL, NULL);\n");
    if (init == null) {
      // As Cython's: with no __init__ or __cinit__ anywhere, the arguments are not looked at.
      sb.append("    (void)args; (void)nargsf; (void)kwnames;\n    return o;\n}\n\n");
      return sb.toString();
    }
    sb.append("    if (unlikely(!o)) return NULL;\n");
    sb.append("    PyObject *r = ").append(WrapperEmitter.wrapperName(init.ir()))
        .append("(o, args, PyVectorcall_NARGS(nargsf), kwnames);\n");
    sb.append("    if (unlikely(!r)) {\n        Py_DECREF(o);\n        return NULL;\n    }\n    Py_DECREF(r);\n    return o;\n}\n\n");
    return sb.toString();
  }

  private String tpNew() {
    StringBuilder sb = new StringBuilder("static PyObject *pyxc_tp_new").append(part)
        .append("(PyTypeObject *t, PyObject *args, PyObject *kwds) {\n");
    if (builtin() != null) {
      sb.append("    PyObject *o = ").append(builtin().typeObject()).append("->tp_new(t, args, kwds);\n");
    } else if (cls.base() != null) {
      sb.append("    PyObject *o = ").append(baseSlot("tp_new", "pyxc_tp_new")).append("(t, args, kwds);\n");
    } else {
      sb.append("    (void)args; (void)kwds;\n    PyObject *o = t->tp_alloc(t, 0);\n");
    }
    sb.append("    if (unlikely(!o)) return NULL;\n");
    if (cls.hasVtable()) {
      sb.append("    ((").append(CSymbols.instanceStruct(cls.root().name())).append(" *)o)->").append(CSymbols.VTABLE_POINTER)
          .append(" = &").append(CSymbols.vtable(cls.name())).append(";\n");
    }
    boolean objects = cls.ownFields().values().stream().anyMatch(f -> f.type() instanceof CType.PyObject);
    if (objects) sb.append(cast());
    for (Field f : cls.ownFields().values()) {
      if (f.type() instanceof CType.PyObject) sb.append("    p->").append(CSymbols.field(f.name())).append(" = Py_NewRef(Py_None);\n");
    }
    ModuleIr.Function cinit = method("__cinit__");
    if (cinit != null) {
      // A __cinit__ that takes only self accepts and ignores whatever the constructor is given.
      String call = cinit.ir().params.size() == 1 ? FunctionEmitter.implName(cinit.ir()) + "(o)"
          : "pyxc_call_fastcall(" + WrapperEmitter.wrapperName(cinit.ir()) + ", o, args, kwds)";
      sb.append("    PyObject *r = ").append(call).append(";\n");
      sb.append("    if (unlikely(!r)) {\n        Py_DECREF(o);\n        return NULL;\n    }\n    Py_DECREF(r);\n");
    }
    sb.append("    return o;\n}\n\n");
    return sb.toString();
  }

  private String tpDealloc() {
    StringBuilder sb = new StringBuilder("static void pyxc_tp_dealloc").append(part).append("(PyObject *o) {\n");
    boolean owned = cls.ownFields().values().stream().anyMatch(f -> f.type().isRefcounted());
    if (mayFinalize()) {
      // Only the dealloc of the object's own type finalizes, before anything is released; a
      // finalizer that resurrects the object ends the dealloc there.
      sb.append("    if (Py_TYPE(o)->tp_finalize && Py_TYPE(o)->tp_dealloc == pyxc_tp_dealloc").append(part)
          .append(gc() ? " && !PyObject_GC_IsFinalized(o)" : "").append(") {\n")
          .append("        if (PyObject_CallFinalizerFromDealloc(o)) return;\n    }\n");
    }
    if (owned) sb.append(cast());
    if (gc()) sb.append("    PyObject_GC_UnTrack(o);\n");
    // A deep chain of instances is freed a level at a time, not by one deep C recursion (only the
    // dealloc of the object's own type engages it; the trashcan needs GC's links).
    boolean trashcan = gc() && cls.trashcan();
    if (trashcan) sb.append("    Py_TRASHCAN_BEGIN(o, pyxc_tp_dealloc").append(part).append(")\n");
    if (cls.declaresWeakrefs()) sb.append("    if (((").append(struct).append(" *)o)->pyxc_weakrefs) PyObject_ClearWeakRefs(o);\n");
    ModuleIr.Function dealloc = method("__dealloc__");
    if (dealloc != null) {
      sb.append("    pyxc_call_dealloc(o, ").append(FunctionEmitter.implName(dealloc.ir())).append(", ")
          .append(CNames.cString(dealloc.ir().qualifiedName)).append(");\n");
    }
    for (Field f : cls.ownFields().values()) {
      String m = "p->" + CSymbols.field(f.name());
      if (f.type() instanceof CType.PyObject) sb.append("    Py_CLEAR(").append(m).append(");\n");
      else if (f.type() instanceof CType.MemView) sb.append("    pyxc_mv_release(&").append(m).append(");\n");
    }
    if (cls.declaresInstanceDict()) sb.append("    Py_CLEAR(((").append(struct).append(" *)o)->pyxc_dict);\n");
    if (builtin() != null) {
      if (builtin().gc()) sb.append("    PyObject_GC_Track(o);\n");
      sb.append("    ").append(builtin().typeObject()).append("->tp_dealloc(o);\n");
    } else if (cls.base() != null) {
      // The base's dealloc untracks again when it takes part in GC; it must find the object tracked.
      if (cls.base().usesGc()) sb.append("    PyObject_GC_Track(o);\n");
      sb.append("    ").append(baseSlot("tp_dealloc", "pyxc_tp_dealloc")).append("(o);\n");
    } else {
      sb.append("    Py_TYPE(o)->tp_free(o);\n");
    }
    if (trashcan) sb.append("    Py_TRASHCAN_END\n");
    sb.append("}\n\n");
    return sb.toString();
  }

  private String tpTraverse() {
    StringBuilder sb = new StringBuilder("static int pyxc_tp_traverse").append(part).append("(PyObject *o, visitproc visit, void *arg) {\n");
    boolean chained = builtin() != null && builtin().gc() || cls.base() != null && cls.base().usesGc();
    if (builtin() != null && builtin().gc()) {
      sb.append("    int e = ").append(builtin().typeObject()).append("->tp_traverse(o, visit, arg);\n    if (e) return e;\n");
    } else if (cls.base() != null && cls.base().usesGc()) {
      sb.append("    int e = ").append(baseSlot("tp_traverse", "pyxc_tp_traverse")).append("(o, visit, arg);\n")
          .append("    if (e) return e;\n");
    }
    boolean any = cls.ownFields().values().stream().anyMatch(f -> ClassInfo.mayFormCycles(f));
    if (any) sb.append(cast());
    for (Field f : cls.ownFields().values()) {
      if (ClassInfo.mayFormCycles(f)) sb.append("    Py_VISIT(p->").append(CSymbols.field(f.name())).append(");\n");
    }
    if (cls.declaresInstanceDict()) sb.append("    Py_VISIT(((").append(struct).append(" *)o)->pyxc_dict);\n");
    if (!chained) sb.append("    (void)o; (void)visit; (void)arg;\n");
    sb.append("    return 0;\n}\n\n");
    return sb.toString();
  }

  /** As Cython: object fields become None, so the instance stays usable by whatever still sees it. */
  private String tpClear() {
    StringBuilder sb = new StringBuilder("static int pyxc_tp_clear").append(part).append("(PyObject *o) {\n");
    if (builtin() != null && builtin().gc()) {
      sb.append("    ").append(builtin().typeObject()).append("->tp_clear(o);\n");
    } else if (cls.base() != null && cls.base().clearsForGc()) {
      sb.append("    ").append(baseSlot("tp_clear", "pyxc_tp_clear")).append("(o);\n");
    }
    boolean any = cls.ownFields().values().stream().anyMatch(f -> ClassInfo.mayFormCycles(f));
    if (any) sb.append(cast());
    for (Field f : cls.ownFields().values()) {
      if (ClassInfo.mayFormCycles(f)) {
        sb.append("    pyxc_field_set(&p->").append(CSymbols.field(f.name())).append(", Py_NewRef(Py_None));\n");
      }
    }
    if (cls.declaresInstanceDict()) sb.append("    Py_CLEAR(((").append(struct).append(" *)o)->pyxc_dict);\n");
    if (!any && !cls.declaresInstanceDict()) sb.append("    (void)o;\n");
    sb.append("    return 0;\n}\n\n");
    return sb.toString();
  }

  private String tpInit() {
    ModuleIr.Function init = method("__init__");
    return "static int pyxc_tp_init" + part + "(PyObject *o, PyObject *args, PyObject *kwds) {\n"
        + "    PyObject *r = pyxc_call_fastcall(" + WrapperEmitter.wrapperName(init.ir()) + ", o, args, kwds);\n"
        + "    if (unlikely(!r)) return -1;\n    Py_DECREF(r);\n    return 0;\n}\n\n";
  }

  private List<Field> visible() {
    return cls.ownFields().values().stream().filter(f -> f.visibility() != dev.pyxc.ast.Stmt.Visibility.PRIVATE).toList();
  }

  /** A getter for each public or readonly attribute, and a setter for each public one. */
  private String getset() {
    List<Field> fields = visible();
    if (!hasGetset()) return "";
    StringBuilder sb = new StringBuilder();
    for (ClassInfo.Property p : cls.properties().values()) sb.append(propertyFunctions(p));
    for (Field f : fields) {
      String m = "((" + struct + " *)o)->" + CSymbols.field(f.name());
      sb.append("static PyObject *pyxc_get").append(part).append('_').append(CSymbols.ident(f.name()))
          .append("(PyObject *o, void *closure) {\n    (void)closure;\n");
      if (f.type() instanceof CType.PyObject) {
        sb.append("    return Py_NewRef(").append(m).append(");\n");
      } else if (f.type() instanceof CType.CArray a) {
        // As Cython reads it: a char array's C string as bytes, any other array as a list.
        dev.pyxc.ir.Primitive read = dev.pyxc.ir.PointerPrimitives.arrayToPython(a);
        sb.append("    return ").append(read.template().replace("%0", m)).append(";\n");
      } else if (f.type() instanceof CType.MemView mv) {
        sb.append("    if (unlikely(!").append(m).append(".owner)) {\n")
            .append("        PyErr_SetString(PyExc_AttributeError, \"Memoryview is not initialized\");\n        return NULL;\n    }\n")
            .append("    return ").append(ViewPrimitives.mvToObject(mv).template().replace("%0", m)).append(";\n");
      } else {
        sb.append("    return ").append(Primitives.box(f.type()).template().replace("%0", m)).append(";\n");
      }
      sb.append("}\n\n");
      if (f.visibility() == dev.pyxc.ast.Stmt.Visibility.PUBLIC) sb.append(setter(f, m));
    }
    sb.append("static PyGetSetDef pyxc_getset").append(part).append("[] = {\n");
    for (Field f : fields) {
      String id = part + "_" + CSymbols.ident(f.name());
      sb.append("    {").append(CNames.cString(f.name())).append(", pyxc_get").append(id).append(", ")
          .append(f.visibility() == dev.pyxc.ast.Stmt.Visibility.PUBLIC ? "pyxc_set" + id : "NULL").append(", NULL, NULL},\n");
    }
    for (ClassInfo.Property p : cls.properties().values()) sb.append(propertyEntry(p));
    if (cls.declaresInstanceDict()) sb.append("    {\"__dict__\", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},\n");
    sb.append("    {NULL, NULL, NULL, NULL, NULL}\n};\n\n");
    return sb.toString();
  }

  private boolean hasGetset() {
    return !visible().isEmpty() || cls.declaresInstanceDict() || !cls.properties().isEmpty();
  }

  /**
   * A property's getter calls its {@code __get__} method; its setter calls {@code __set__} with
   * the value or {@code __del__} without one, through their wrappers (which convert the value
   * with Cython's errors). A missing deleter or setter is Cython's NotImplementedError; with
   * neither, the getset entry has no setter and CPython says the attribute is not writable.
   */
  private String propertyFunctions(ClassInfo.Property p) {
    String id = part + "_" + CSymbols.ident(p.name);
    StringBuilder sb = new StringBuilder();
    if (p.getter != null) {
      sb.append("static PyObject *pyxc_pget").append(id).append("(PyObject *o, void *closure) {\n    (void)closure;\n")
          .append("    return ").append(WrapperEmitter.wrapperName(accessor(p.name + ".__get__").ir())).append("(o, NULL, 0, NULL);\n}\n\n");
    }
    if (p.setter != null || p.deleter != null) {
      sb.append("static int pyxc_pset").append(id).append("(PyObject *o, PyObject *v, void *closure) {\n    (void)closure;\n")
          .append("    PyObject *r;\n    if (v) {\n");
      if (p.setter != null) {
        sb.append("        r = ").append(WrapperEmitter.wrapperName(accessor(p.name + ".__set__").ir())).append("(o, &v, 1, NULL);\n");
      } else {
        sb.append("        PyErr_SetString(PyExc_NotImplementedError, \"__set__\");\n        return -1;\n");
      }
      sb.append("    } else {\n");
      if (p.deleter != null) {
        sb.append("        r = ").append(WrapperEmitter.wrapperName(accessor(p.name + ".__del__").ir())).append("(o, NULL, 0, NULL);\n");
      } else {
        sb.append("        PyErr_SetString(PyExc_NotImplementedError, \"__del__\");\n        return -1;\n");
      }
      sb.append("    }\n    if (unlikely(!r)) return -1;\n    Py_DECREF(r);\n    return 0;\n}\n\n");
    }
    return sb.toString();
  }

  private String propertyEntry(ClassInfo.Property p) {
    String id = part + "_" + CSymbols.ident(p.name);
    String doc = p.getter != null && p.getter.docstring() != null ? CNames.cString(p.getter.docstring()) : "NULL";
    return "    {" + CNames.cString(p.name) + ", " + (p.getter != null ? "pyxc_pget" + id : "NULL") + ", "
        + (p.setter != null || p.deleter != null ? "pyxc_pset" + id : "NULL") + ", " + doc + ", NULL},\n";
  }

  private ModuleIr.Function accessor(String name) {
    return method(name);
  }

  /**
   * Python's assignment to a public attribute: converted and checked as a store from compiled
   * code would be; {@code del} makes an object attribute None and is refused for a C one.
   */
  private String setter(Field f, String m) {
    StringBuilder sb = new StringBuilder("static int pyxc_set").append(part).append('_').append(CSymbols.ident(f.name()))
        .append("(PyObject *o, PyObject *v, void *closure) {\n    (void)closure;\n");
    CType t = f.type();
    if (t instanceof CType.PyObject obj) {
      sb.append("    if (!v) v = Py_None;\n");
      if (obj.isExtType()) {
        sb.append("    if (pyxc_ext_type_test(v, &").append(CSymbols.typeObject(obj.extType())).append(", 1) < 0) return -1;\n");
      } else if (obj.builtin() != null && Primitives.hasTypeTest(obj.builtin())) {
        sb.append("    if (").append(Primitives.builtinTypeTest(obj).template().replace("%0", "v")).append(" < 0) return -1;\n");
      }
      sb.append("    pyxc_field_set(&").append(m).append(", Py_NewRef(v));\n    return 0;\n}\n\n");
      return sb.toString();
    }
    sb.append("    if (!v) {\n        PyErr_SetString(PyExc_NotImplementedError, \"__del__\");\n        return -1;\n    }\n");
    if (t instanceof CType.CArray a) {
      // Filled from a sequence of its exact length (through a scratch copy: a failure changes nothing).
      sb.append("    return ").append(dev.pyxc.ir.PointerPrimitives.arrayFromObject(a).template().replace("%1", "v").replace("%0", m))
          .append(";\n}\n\n");
      return sb.toString();
    }
    if (t instanceof CType.MemView mv) {
      sb.append("    pyxc_slice s = ").append(ViewPrimitives.mvFromObject(mv).template().replace("%0", "v")).append(";\n")
          .append("    if (unlikely(!s.owner)) return -1;\n")
          .append("    pyxc_mv_field_set(&").append(m).append(", s);\n    return 0;\n}\n\n");
      return sb.toString();
    }
    sb.append("    ").append(CNames.type(t)).append("x = ").append(WrapperEmitter.unboxExpr(t, "v")).append(";\n")
        .append("    if (unlikely(").append(WrapperEmitter.failed(t, "x")).append(")) return -1;\n")
        .append("    ").append(m).append(" = x;\n    return 0;\n}\n\n");
    return sb.toString();
  }

  /** The def methods Python calls by name; the special ones live in slots instead. */
  private String methods() {
    StringBuilder sb = new StringBuilder("static PyMethodDef pyxc_methods").append(part).append("[] = {\n");
    java.util.Set<String> fusedSpecializations = FusedEmitter.specializations(module);
    for (ModuleIr.Function f : module.functions()) {
      if (!cls.name().equals(f.ir().owner) || f.ir().cdef != null || fusedSpecializations.contains(f.def().name())) continue;
      String name = f.def().name();
      // __init__ is the tp_init slot; an entry here (replacing the slot's wrapper in the type's
      // dict) only carries its docstring, as Cython shows it. Cython lists binary operators'
      // methods too, so they are method descriptors there.
      boolean coexist = name.equals("__init__") && f.def().docstring() != null || SlotEmitter.listedAsMethod(name);
      if ((name.equals("__init__") && !coexist) || name.equals("__cinit__") || name.equals("__dealloc__")
          || SlotEmitter.isSlotMethod(name) && !coexist || name.contains(".")) {
        continue;
      }
      String doc = f.def().docstring() == null ? "NULL" : CNames.cString(f.def().docstring());
      ClassInfo.MethodKind kind = ClassInfo.methodKind(f.def());
      String flag = kind == ClassInfo.MethodKind.STATIC ? " | METH_STATIC" : kind == ClassInfo.MethodKind.CLASS ? " | METH_CLASS" : "";
      sb.append("    {").append(CNames.cString(name)).append(", (PyCFunction)(void (*)(void))")
          .append(WrapperEmitter.wrapperName(f.ir())).append(", METH_FASTCALL | METH_KEYWORDS").append(flag)
          .append(coexist ? " | METH_COEXIST, " : ", ").append(doc).append("},\n");
      // Cython's auto-pickling methods are also the type's __reduce__ and __setstate__.
      String alias = name.equals("__reduce_cython__") ? "__reduce__" : name.equals("__setstate_cython__") ? "__setstate__" : null;
      if (alias != null && method(alias) == null) {
        sb.append("    {").append(CNames.cString(alias)).append(", (PyCFunction)(void (*)(void))")
            .append(WrapperEmitter.wrapperName(f.ir())).append(", METH_FASTCALL | METH_KEYWORDS, NULL},\n");
      }
    }
    sb.append("    {NULL, NULL, 0, NULL}\n};\n\n");
    return sb.toString();
  }

  private String typeObject() {
    StringBuilder sb = new StringBuilder(linkage()).append("PyTypeObject ").append(type).append(" = {\n");
    sb.append("    PyVarObject_HEAD_INIT(NULL, 0)\n");
    sb.append("    .tp_name = ").append(CNames.cString(module.name() + "." + cls.name())).append(",\n");
    // A variable-size builtin base (int, str, tuple...) keeps its size: the type adds no attribute.
    if (builtin() == null || !builtin().variableSize()) sb.append("    .tp_basicsize = sizeof(").append(struct).append("),\n");
    sb.append("    .tp_dealloc = pyxc_tp_dealloc").append(part).append(",\n");
    // (the version tag lets CPython cache attribute lookups on the type, as Cython's types do unless type_version_tag=False)
    String flags = (cls.noVersionTag() ? "Py_TPFLAGS_DEFAULT" : "Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_VERSION_TAG")
        + (isFinal() ? "" : " | Py_TPFLAGS_BASETYPE") + (gc() ? " | Py_TPFLAGS_HAVE_GC" : "")
        // (what a match statement's sequence and mapping patterns test; a subclass without its own inherits its base's)
        + (cls.collectionType() == null ? "" : cls.collectionType().equals("sequence") ? " | Py_TPFLAGS_SEQUENCE" : " | Py_TPFLAGS_MAPPING");
    sb.append("    .tp_flags = ").append(flags).append(",\n");
    if (cls.def.docstring() != null) sb.append("    .tp_doc = ").append(CNames.cString(cls.def.docstring())).append(",\n");
    if (gc()) {
      sb.append("    .tp_traverse = pyxc_tp_traverse").append(part).append(",\n");
      if (cls.clearsForGc()) sb.append("    .tp_clear = pyxc_tp_clear").append(part).append(",\n");
    }
    sb.append(slots.typeFields());
    sb.append("    .tp_methods = pyxc_methods").append(part).append(",\n");
    if (hasGetset()) sb.append("    .tp_getset = pyxc_getset").append(part).append(",\n");
    if (cls.declaresWeakrefs()) sb.append("    .tp_weaklistoffset = __builtin_offsetof(").append(struct).append(", pyxc_weakrefs),\n");
    if (cls.declaresInstanceDict()) sb.append("    .tp_dictoffset = __builtin_offsetof(").append(struct).append(", pyxc_dict),\n");
    // A cimported base's type object is known only at import (initCode sets it).
    if (cls.base() != null && cls.base().importedFrom() == null) {
      sb.append("    .tp_base = &").append(CSymbols.typeObject(cls.base().name())).append(",\n");
    }
    if (method("__init__") != null) sb.append("    .tp_init = pyxc_tp_init").append(part).append(",\n");
    if (vectorcallable()) sb.append("    .tp_vectorcall = pyxc_tp_vectorcall").append(part).append(",\n");
    sb.append("    .tp_new = pyxc_tp_new").append(part).append(",\n");
    sb.append("};\n\n");
    return sb.toString();
  }

  /** {@code @cython.final}: Python may not subclass it. */
  private boolean isFinal() {
    return cls.isFinal();
  }
}
