package dev.pyxc.emit;

import dev.pyxc.ir.CSymbols;
import dev.pyxc.ir.ModuleIr;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.ClassInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The type slots of an extension type's special methods ({@code __len__} is sq_length and
 * mp_length, {@code __add__} and {@code __radd__} share nb_add, ...). Each slot function is a
 * small adapter: it calls the method's Python wrapper (which converts and checks the arguments
 * with Cython's errors, exactly as a call by name would), then turns the returned object into the
 * slot's C result (a hash, a length, a truth value) and releases it. Nothing else is owned here.
 *
 * <p>Semantics are Cython 3.3's: binary operators follow Python (c_api_binop_methods=False: the
 * slot calls {@code __add__} when the left operand is an instance, else {@code __radd__} when the
 * right one is; with True, {@code __add__} whichever is), {@code !=} is derived from {@code __eq__}, a missing half of the item assignment
 * slot raises NotImplementedError, {@code __getattr__} runs after generic lookup fails.
 */
final class SlotEmitter {
  /** Binary operators: slot name and method stem. */
  private static final List<String[]> BINOPS = List.of(new String[] {"nb_add", "add"}, new String[] {"nb_subtract", "sub"},
      new String[] {"nb_multiply", "mul"}, new String[] {"nb_remainder", "mod"}, new String[] {"nb_power", "pow"},
      new String[] {"nb_lshift", "lshift"}, new String[] {"nb_rshift", "rshift"}, new String[] {"nb_and", "and"},
      new String[] {"nb_xor", "xor"}, new String[] {"nb_or", "or"}, new String[] {"nb_floor_divide", "floordiv"},
      new String[] {"nb_true_divide", "truediv"}, new String[] {"nb_matrix_multiply", "matmul"},
      new String[] {"nb_divmod", "divmod"});
  private static final List<String[]> INPLACE = List.of(new String[] {"nb_inplace_add", "__iadd__"},
      new String[] {"nb_inplace_subtract", "__isub__"}, new String[] {"nb_inplace_multiply", "__imul__"},
      new String[] {"nb_inplace_remainder", "__imod__"}, new String[] {"nb_inplace_power", "__ipow__"},
      new String[] {"nb_inplace_lshift", "__ilshift__"}, new String[] {"nb_inplace_rshift", "__irshift__"},
      new String[] {"nb_inplace_and", "__iand__"}, new String[] {"nb_inplace_xor", "__ixor__"},
      new String[] {"nb_inplace_or", "__ior__"}, new String[] {"nb_inplace_floor_divide", "__ifloordiv__"},
      new String[] {"nb_inplace_true_divide", "__itruediv__"}, new String[] {"nb_inplace_matrix_multiply", "__imatmul__"});
  private static final List<String[]> UNARY_NB = List.of(new String[] {"nb_negative", "__neg__"},
      new String[] {"nb_positive", "__pos__"}, new String[] {"nb_absolute", "__abs__"},
      new String[] {"nb_invert", "__invert__"}, new String[] {"nb_int", "__int__"}, new String[] {"nb_float", "__float__"},
      new String[] {"nb_index", "__index__"});
  private static final List<String> COMPARISONS = List.of("__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");

  private final ClassInfo cls;
  private final ModuleIr module;
  private final String part;
  private final String type;
  /** Slot functions written, by slot name (tp_repr, nb_add, sq_length...). */
  private final Map<String, String> slots = new LinkedHashMap<>();
  private final StringBuilder code = new StringBuilder();

  SlotEmitter(ClassInfo cls, ModuleIr module) {
    this.cls = cls;
    this.module = module;
    this.part = CSymbols.classPart(cls.name());
    this.type = CSymbols.typeObject(cls.name());
  }

  /** Whether {@code name} is a special method that lives in a slot rather than the method table. */
  static boolean isSlotMethod(String name) {
    return switch (name) {
      case "__repr__", "__str__", "__hash__", "__call__", "__iter__", "__next__", "__len__", "__getitem__",
          "__setitem__", "__delitem__", "__contains__", "__bool__", "__nonzero__", "__richcmp__", "__getattr__",
          "__getattribute__", "__setattr__", "__delattr__", "__get__", "__set__", "__delete__", "__del__",
          "__long__" -> true; // Python 2's name of __int__: nb_int when the class has no __int__, no method of its own
      default -> COMPARISONS.contains(name) || name.startsWith("__") && name.endsWith("__") && numberMethod(name);
    };
  }

  /**
   * A binary operator's method (but {@code __pow__}'s, which may take three arguments), left or
   * reflected: Cython lists it among the methods too, so the type's dict holds the method itself
   * rather than the slot's wrapper ({@code o.__radd__(x)} calls {@code __radd__}, not nb_add).
   */
  static boolean listedAsMethod(String name) {
    for (String[] b : BINOPS) {
      if (!b[1].equals("pow") && (name.equals("__" + b[1] + "__") || name.equals("__r" + b[1] + "__"))) return true;
    }
    return false;
  }

  private static boolean numberMethod(String name) {
    for (String[] b : BINOPS) {
      if (name.equals("__" + b[1] + "__") || name.equals("__r" + b[1] + "__")) return true;
    }
    for (String[] i : INPLACE) if (name.equals(i[1])) return true;
    for (String[] u : UNARY_NB) if (name.equals(u[1])) return true;
    return false;
  }

  /** The slot functions; then {@link #typeFields()} and {@link #tables()} name them. */
  String functions() {
    unary("tp_repr", "__repr__");
    unary("tp_str", "__str__");
    unary("tp_iter", "__iter__");
    unary("tp_iternext", "__next__");
    for (String[] u : UNARY_NB) unary(u[0], u[1].equals("__int__") && own("__int__") == null ? "__long__" : u[1]);
    hash();
    call();
    length();
    // Python 2's name for __bool__, which Cython still maps to the same slot.
    truth("nb_bool", own("__bool__") != null ? "__bool__" : "__nonzero__", "PyObject *o", "o", null);
    truth("sq_contains", "__contains__", "PyObject *o, PyObject *v", "o", "v");
    getitem();
    setitem();
    getattr();
    setattr();
    richcompare();
    descriptor();
    finalizer();
    for (String[] b : BINOPS) binop(b[0], b[1]);
    for (String[] i : INPLACE) inplace(i[0], i[1]);
    buffer();
    return code.toString();
  }

  /** Designated initializers of the type object for the slots it has directly. */
  String typeFields() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : slots.entrySet()) {
      if (e.getKey().startsWith("tp_")) sb.append("    .").append(e.getKey()).append(" = ").append(e.getValue()).append(",\n");
    }
    if (has("nb_")) sb.append("    .tp_as_number = &pyxc_nb").append(part).append(",\n");
    if (has("sq_")) sb.append("    .tp_as_sequence = &pyxc_sq").append(part).append(",\n");
    if (has("mp_")) sb.append("    .tp_as_mapping = &pyxc_mp").append(part).append(",\n");
    if (has("bf_")) sb.append("    .tp_as_buffer = &pyxc_bf").append(part).append(",\n");
    return sb.toString();
  }

  /** The number, sequence, mapping and buffer method tables. */
  String tables() {
    StringBuilder sb = new StringBuilder();
    table(sb, "nb_", "PyNumberMethods", "pyxc_nb");
    table(sb, "sq_", "PySequenceMethods", "pyxc_sq");
    table(sb, "mp_", "PyMappingMethods", "pyxc_mp");
    table(sb, "bf_", "PyBufferProcs", "pyxc_bf");
    return sb.toString();
  }

  private void table(StringBuilder sb, String prefix, String ctype, String name) {
    if (!has(prefix)) return;
    sb.append("static ").append(ctype).append(' ').append(name).append(part).append(" = {\n");
    for (Map.Entry<String, String> e : slots.entrySet()) {
      if (e.getKey().startsWith(prefix)) sb.append("    .").append(e.getKey()).append(" = ").append(e.getValue()).append(",\n");
    }
    sb.append("};\n\n");
  }

  private boolean has(String prefix) {
    return slots.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  /** The def method {@code name} of class {@code c} itself, or null. */
  private ModuleIr.Function method(ClassInfo c, String name) {
    for (ModuleIr.Function f : module.functions()) {
      if (c.name().equals(f.ir().owner) && f.ir().cdef == null && f.def().name().equals(name)) return f;
    }
    return null;
  }

  private ModuleIr.Function own(String name) {
    return method(cls, name);
  }

  /** The method as this class has it: its own or the nearest base's. */
  private ModuleIr.Function inherited(String name) {
    for (ClassInfo c = cls; c != null; c = c.base()) {
      ModuleIr.Function f = method(c, name);
      if (f != null) return f;
    }
    return null;
  }

  private String fnName(String slot) {
    return "pyxc_sl" + part + "_" + slot;
  }

  /** A call of the method's wrapper with {@code self} and positional arguments (C expressions). */
  private static String call(ModuleIr.Function f, String self, String... args) {
    String w = WrapperEmitter.wrapperName(f.ir());
    if (args.length == 0) return w + "(" + self + ", NULL, 0, NULL)";
    return w + "(" + self + ", (PyObject *[]){" + String.join(", ", args) + "}, " + args.length + ", NULL)";
  }

  private String start(String slot, String result, String params) {
    String name = fnName(slot);
    slots.put(slot, name);
    code.append("static ").append(result).append(' ').append(name).append('(').append(params).append(") {\n");
    return name;
  }

  private void unary(String slot, String name) {
    ModuleIr.Function f = own(name);
    if (f == null) return;
    start(slot, "PyObject *", "PyObject *o");
    code.append("    return ").append(call(f, "o")).append(";\n}\n\n");
  }

  /** The result as Py_hash_t (Cython's index conversion); -1 is reserved for errors, as CPython's -2 shows. */
  private void hash() {
    ModuleIr.Function f = own("__hash__");
    if (f == null) return;
    start("tp_hash", "Py_hash_t", "PyObject *o");
    code.append("    PyObject *r = ").append(call(f, "o")).append(";\n    if (unlikely(!r)) return -1;\n")
        .append("    Py_hash_t h = (Py_hash_t)pyxc_as_ssize_t(r);\n    Py_DECREF(r);\n")
        .append("    if (unlikely(h == -1) && !PyErr_Occurred()) h = -2;\n    return h;\n}\n\n");
  }

  private void call() {
    ModuleIr.Function f = own("__call__");
    if (f == null) return;
    start("tp_call", "PyObject *", "PyObject *o, PyObject *args, PyObject *kwds");
    code.append("    return pyxc_call_fastcall(").append(WrapperEmitter.wrapperName(f.ir())).append(", o, args, kwds);\n}\n\n");
  }

  private void length() {
    ModuleIr.Function f = own("__len__");
    if (f == null) return;
    String name = start("sq_length", "Py_ssize_t", "PyObject *o");
    slots.put("mp_length", name);
    code.append("    PyObject *r = ").append(call(f, "o")).append(";\n    if (unlikely(!r)) return -1;\n")
        .append("    Py_ssize_t n = pyxc_as_ssize_t(r);\n    Py_DECREF(r);\n    return n;\n}\n\n");
  }

  /** A result taken as a truth value: 1, 0, or -1 on error. */
  private void truth(String slot, String name, String params, String self, String arg) {
    ModuleIr.Function f = own(name);
    if (f == null) return;
    start(slot, "int", params);
    String c = arg == null ? call(f, self) : call(f, self, arg);
    code.append("    PyObject *r = ").append(c).append(";\n    if (unlikely(!r)) return -1;\n")
        .append("    int b = PyObject_IsTrue(r);\n    Py_DECREF(r);\n    return b;\n}\n\n");
  }

  /**
   * A key the method takes as a C integer is converted as Cython's sequence protocol does (an
   * index, so a str is a TypeError naming {@code __index__}'s absence) before the method sees it.
   */
  private String key(ModuleIr.Function f, String k) {
    CType t = f.ir().params.get(1).type();
    if (!(t instanceof CType.CInt)) return null;
    code.append("    Py_ssize_t x = pyxc_as_ssize_t(").append(k).append(");\n")
        .append("    if (unlikely(x == -1 && PyErr_Occurred())) return ").append(k.equals("i") ? "NULL" : "-1").append(";\n");
    return "x";
  }

  /** mp_subscript calls {@code __getitem__}; sq_item (which makes the type a sequence to iter()) boxes the index. */
  private void getitem() {
    ModuleIr.Function f = own("__getitem__");
    if (f == null) return;
    String mp = start("mp_subscript", "PyObject *", "PyObject *o, PyObject *i");
    String x = key(f, "i");
    if (x == null) {
      code.append("    return ").append(call(f, "o", "i")).append(";\n}\n\n");
    } else if (f.ir().params.get(1).type().equals(CType.SSIZE_T)) {
      // The index is what the compiled method takes: no round trip through an int object.
      code.append("    return ").append(FunctionEmitter.implName(f.ir())).append("(o, x);\n}\n\n");
    } else {
      code.append("    PyObject *k = PyLong_FromSsize_t(x);\n    if (unlikely(!k)) return NULL;\n")
          .append("    PyObject *r = ").append(call(f, "o", "k")).append(";\n    Py_DECREF(k);\n    return r;\n}\n\n");
    }
    start("sq_item", "PyObject *", "PyObject *o, Py_ssize_t i");
    code.append("    PyObject *k = PyLong_FromSsize_t(i);\n    if (unlikely(!k)) return NULL;\n")
        .append("    PyObject *r = ").append(mp).append("(o, k);\n    Py_DECREF(k);\n    return r;\n}\n\n");
    if (sequenceOnly(f)) slots.remove("mp_subscript");
  }

  /**
   * A {@code @cython.collection_type("sequence")} class whose item method takes a C integer index
   * is a sequence only, as Cython makes it: the sequence slot, no mapping one (its function stays,
   * called by the sequence slot).
   */
  private boolean sequenceOnly(ModuleIr.Function f) {
    return f != null && "sequence".equals(cls.collectionType()) && f.ir().params.get(1).type() instanceof CType.CInt;
  }

  /**
   * One function for item assignment (v set) and deletion (v NULL); a half the class lacks goes to
   * a base's slot, or is Cython's NotImplementedError.
   */
  private void setitem() {
    ModuleIr.Function set = own("__setitem__");
    ModuleIr.Function del = own("__delitem__");
    if (set == null && del == null) return;
    String mp = start("mp_ass_subscript", "int", "PyObject *o, PyObject *i, PyObject *v");
    code.append("    PyObject *r;\n    if (v) {\n");
    setHalf(set, "assignment", "o, i, v", "i", "v");
    code.append("    } else {\n");
    setHalf(del, "deletion", "o, i, v", "i");
    code.append("    }\n    if (unlikely(!r)) return -1;\n    Py_DECREF(r);\n    return 0;\n}\n\n");
    start("sq_ass_item", "int", "PyObject *o, Py_ssize_t i, PyObject *v");
    code.append("    PyObject *k = PyLong_FromSsize_t(i);\n    if (unlikely(!k)) return -1;\n")
        .append("    int r = ").append(mp).append("(o, k, v);\n    Py_DECREF(k);\n    return r;\n}\n\n");
    if (sequenceOnly(set != null ? set : del) && (set == null || del == null || sequenceOnly(del))) slots.remove("mp_ass_subscript");
  }

  private void setHalf(ModuleIr.Function f, String what, String slotArgs, String... args) {
    if (f == null) {
      if (cls.base() != null) {
        String b = CSymbols.typeObject(cls.base().name());
        code.append("        if (").append(b).append(".tp_as_mapping && ").append(b).append(".tp_as_mapping->mp_ass_subscript)\n")
            .append("            return ").append(b).append(".tp_as_mapping->mp_ass_subscript(").append(slotArgs).append(");\n");
      }
      code.append("        PyErr_Format(PyExc_NotImplementedError, \"Subscript ").append(what)
          .append(" not supported by %.200s\", Py_TYPE(o)->tp_name);\n        return -1;\n");
      return;
    }
    String[] a = args.clone();
    CType t = f.ir().params.get(1).type();
    if (t instanceof CType.CInt) {
      code.append("        Py_ssize_t x = pyxc_as_ssize_t(i);\n        if (unlikely(x == -1 && PyErr_Occurred())) return -1;\n")
          .append("        PyObject *k = PyLong_FromSsize_t(x);\n        if (unlikely(!k)) return -1;\n");
      a[0] = "k";
      code.append("        r = ").append(call(f, "o", a)).append(";\n        Py_DECREF(k);\n");
    } else {
      code.append("        r = ").append(call(f, "o", a)).append(";\n");
    }
  }

  /** One tp_setattro for {@code __setattr__} (v set) and {@code __delattr__} (v NULL); a missing half is generic. */
  private void setattr() {
    if (own("__setattr__") == null && own("__delattr__") == null) return;
    ModuleIr.Function set = inherited("__setattr__");
    ModuleIr.Function del = inherited("__delattr__");
    start("tp_setattro", "int", "PyObject *o, PyObject *n, PyObject *v");
    code.append("    PyObject *r;\n");
    code.append("    if (v) ").append(set != null ? "r = " + call(set, "o", "n", "v") : "return PyObject_GenericSetAttr(o, n, v)")
        .append(";\n");
    code.append("    else ").append(del != null ? "r = " + call(del, "o", "n") : "return PyObject_GenericSetAttr(o, n, NULL)")
        .append(";\n");
    code.append("    if (unlikely(!r)) return -1;\n    Py_DECREF(r);\n    return 0;\n}\n\n");
  }

  /**
   * tp_descr_get passes None for an instance or owner CPython leaves out; tp_descr_set is {@code
   * __set__} with a value and {@code __delete__} without one, a half the class lacks being its
   * base's slot or Cython's NotImplementedError naming the missing method.
   */
  private void descriptor() {
    ModuleIr.Function get = own("__get__");
    if (get != null) {
      start("tp_descr_get", "PyObject *", "PyObject *o, PyObject *i, PyObject *c");
      code.append("    return ").append(call(get, "o", "i ? i : Py_None", "c ? c : Py_None")).append(";\n}\n\n");
    }
    ModuleIr.Function set = own("__set__");
    ModuleIr.Function del = own("__delete__");
    if (set == null && del == null) return;
    start("tp_descr_set", "int", "PyObject *o, PyObject *i, PyObject *v");
    code.append("    PyObject *r;\n    if (v) {\n");
    descriptorHalf(set, "__set__", "v");
    code.append("    } else {\n");
    descriptorHalf(del, "__delete__");
    code.append("    }\n    if (unlikely(!r)) return -1;\n    Py_DECREF(r);\n    return 0;\n}\n\n");
  }

  private void descriptorHalf(ModuleIr.Function f, String name, String... value) {
    if (f != null) {
      String[] args = value.length == 0 ? new String[] {"i"} : new String[] {"i", value[0]};
      code.append("        r = ").append(call(f, "o", args)).append(";\n");
      return;
    }
    if (cls.base() != null) {
      String b = CSymbols.typeObject(cls.base().name());
      code.append("        if (").append(b).append(".tp_descr_set) return ").append(b).append(".tp_descr_set(o, i, v);\n");
    }
    code.append("        PyErr_SetString(PyExc_NotImplementedError, \"").append(name).append("\");\n        return -1;\n");
  }

  /**
   * {@code __del__} is tp_finalize (PEP 442): CPython runs it once, before the dealloc (which calls
   * it for an object it frees, {@code ClassEmitter}) or before the collector clears a cycle. An
   * exception it raises cannot propagate and is reported as Cython reports it (traceback, then
   * unraisable with the method's name); one being handled around it survives.
   */
  private void finalizer() {
    ModuleIr.Function f = own("__del__");
    if (f == null) return;
    start("tp_finalize", "void", "PyObject *o");
    code.append("    PyObject *et, *ev, *tb;\n    PyErr_Fetch(&et, &ev, &tb);\n")
        .append("    PyObject *r = ").append(call(f, "o")).append(";\n")
        .append("    if (unlikely(!r)) pyxc_write_unraisable_traceback(").append(CNames.cString(f.ir().qualifiedName)).append(");\n")
        .append("    else Py_DECREF(r);\n")
        .append("    PyErr_Restore(et, ev, tb);\n}\n\n");
  }

  /**
   * {@code __getattribute__} (else generic lookup) first; {@code __getattr__} only when that fails
   * with AttributeError. A class that defines neither inherits its base's slot.
   */
  private void getattr() {
    if (own("__getattr__") == null && own("__getattribute__") == null) return;
    ModuleIr.Function primary = inherited("__getattribute__");
    ModuleIr.Function fallback = inherited("__getattr__");
    start("tp_getattro", "PyObject *", "PyObject *o, PyObject *n");
    code.append("    PyObject *v = ").append(primary != null ? call(primary, "o", "n") : "PyObject_GenericGetAttr(o, n)")
        .append(";\n");
    if (fallback != null) {
      code.append("    if (!v && PyErr_ExceptionMatches(PyExc_AttributeError)) {\n        PyErr_Clear();\n")
          .append("        v = ").append(call(fallback, "o", "n")).append(";\n    }\n");
    }
    code.append("    return v;\n}\n\n");
  }

  /**
   * {@code __richcmp__(self, other, int op)} as it is; otherwise a switch over the comparison
   * methods of this class and its bases, {@code !=} derived from {@code __eq__} when missing,
   * NotImplemented for the rest.
   */
  private void richcompare() {
    ModuleIr.Function rich = own("__richcmp__");
    if (rich != null) {
      start("tp_richcompare", "PyObject *", "PyObject *o, PyObject *w, int op");
      code.append("    PyObject *k = PyLong_FromLong(op);\n    if (unlikely(!k)) return NULL;\n")
          .append("    PyObject *r = ").append(call(rich, "o", "w", "k")).append(";\n    Py_DECREF(k);\n    return r;\n}\n\n");
      return;
    }
    if (COMPARISONS.stream().noneMatch(n -> own(n) != null)) return;
    start("tp_richcompare", "PyObject *", "PyObject *o, PyObject *w, int op");
    code.append("    switch (op) {\n");
    List<String> cases = new ArrayList<>();
    for (String n : COMPARISONS) {
      ModuleIr.Function f = inherited(n);
      if (f == null) continue;
      cases.add(n);
      code.append("    case Py_").append(n.substring(2, 4).toUpperCase()).append(":\n        return ").append(call(f, "o", "w"))
          .append(";\n");
    }
    ModuleIr.Function eq = inherited("__eq__");
    if (cls.totalOrdering()) totalOrdering(cases);
    if (eq != null && !cases.contains("__ne__")) {
      code.append("    case Py_NE: {\n        PyObject *r = ").append(call(eq, "o", "w")).append(";\n")
          .append("        if (likely(r && r != Py_NotImplemented)) {\n            int b = PyObject_IsTrue(r);\n")
          .append("            Py_DECREF(r);\n            if (unlikely(b < 0)) return NULL;\n")
          .append("            r = Py_NewRef(b ? Py_False : Py_True);\n        }\n        return r;\n    }\n");
    }
    code.append("    default:\n        return Py_NewRef(Py_NotImplemented);\n    }\n}\n\n");
  }

  /**
   * {@code @cython.total_ordering}: each ordering the class lacks derived from the first it has of
   * {@code __lt__}, {@code __le__}, {@code __gt__}, {@code __ge__}, as Cython derives it
   * (NotImplemented passed on; equality from the class's {@code __eq__} or {@code __ne__}).
   */
  private void totalOrdering(List<String> present) {
    String root = null;
    for (String n : List.of("__lt__", "__le__", "__gt__", "__ge__")) {
      if (present.contains(n)) {
        root = n;
        break;
      }
    }
    // Equality from the class's own __eq__, or __ne__ inverted; without either Cython derives nothing
    // (and warns).
    ModuleIr.Function eq = inherited("__eq__");
    boolean ne = eq == null;
    if (ne) eq = inherited("__ne__");
    if (root == null || eq == null) return;
    // For each root: the derived operator and how (NOT, OR_EQ, AND_NE, NOT_AND_NE, NOT_OR_EQ).
    java.util.Map<String, String[][]> derived = java.util.Map.of(
        "__lt__", new String[][] {{"GT", "3"}, {"LE", "1"}, {"GE", "0"}},
        "__le__", new String[][] {{"GE", "4"}, {"LT", "2"}, {"GT", "0"}},
        "__gt__", new String[][] {{"LT", "3"}, {"GE", "1"}, {"LE", "0"}},
        "__ge__", new String[][] {{"LE", "4"}, {"GT", "2"}, {"LT", "0"}});
    ModuleIr.Function f = inherited(root);
    for (String[] d : derived.get(root)) {
      if (present.contains("__" + d[0].toLowerCase() + "__")) continue;
      code.append("    case Py_").append(d[0]).append(":\n        return pyxc_total_order(").append(call(f, "o", "w"))
          .append(", ").append(d[1]).append(", o, w, ").append(WrapperEmitter.wrapperName(eq.ir())).append(ne ? ", 1);\n" : ", 0);\n");
    }
  }

  /**
   * Cython's BinopSlot: {@code __add__} when the left operand is an instance (unless it gives
   * NotImplemented), then {@code __radd__} when the right one is. A method the class lacks is
   * its base's slot, or NotImplemented.
   */
  private void binop(String slot, String stem) {
    ModuleIr.Function left = own("__" + stem + "__");
    ModuleIr.Function right = own("__r" + stem + "__");
    if (left == null && right == null) return;
    boolean pow = stem.equals("pow");
    String extraDecl = pow ? ", PyObject *z" : "";
    if (cls.cApiBinops) {
      if (left == null) return; // (the base's slot, as PyType_Ready fills an empty one)
      start(slot, "PyObject *", "PyObject *a, PyObject *b" + extraDecl);
      code.append("    return ").append(binopCall(left, slot, "a", "b", pow)).append(";\n}\n\n");
      return;
    }
    String name = start(slot, "PyObject *", "PyObject *a, PyObject *b" + extraDecl);
    String self = "(Py_TYPE(a) == Py_TYPE(b) || (Py_TYPE(%1$s)->tp_as_number && Py_TYPE(%1$s)->tp_as_number->" + slot
        + " == &" + name + ") || PyObject_TypeCheck(%1$s, &" + type + "))";
    code.append("    if (").append(String.format(self, "a")).append(") {\n")
        .append("        PyObject *r = ").append(binopCall(left, slot, "a", "b", pow)).append(";\n")
        .append("        if (r != Py_NotImplemented) return r;\n        Py_DECREF(r);\n    }\n")
        .append("    if (").append(String.format(self, "b")).append(") return ").append(binopCall(right, slot, "b", "a", pow))
        .append(";\n    return Py_NewRef(Py_NotImplemented);\n}\n\n");
  }

  private String binopCall(ModuleIr.Function f, String slot, String x, String y, boolean pow) {
    if (f == null) {
      if (cls.base() == null) return "Py_NewRef(Py_NotImplemented)";
      String b = CSymbols.typeObject(cls.base().name());
      String args = pow ? "a, b, z" : "a, b";
      return "(" + b + ".tp_as_number && " + b + ".tp_as_number->" + slot + " ? " + b + ".tp_as_number->" + slot + "(" + args
          + ") : Py_NewRef(Py_NotImplemented))";
    }
    return pow ? powCall(f, x, y) : call(f, x, y);
  }

  /**
   * A call of {@code __pow__} (or {@code __ipow__}) with the slot's modulo {@code z}: a
   * two-parameter method cannot take one, with Cython's message naming it qualified.
   */
  private String powCall(ModuleIr.Function f, String x, String y) {
    if (f.ir().params.size() == 3) return call(f, x, y, "z");
    String qual = CNames.cString(module.name() + "." + cls.name() + "." + f.def().name());
    return "(z == Py_None ? " + call(f, x, y) + " : (PyErr_Format(PyExc_TypeError, \"%s() takes 3 arguments but 2 were given\", "
        + qual + "), (PyObject *)NULL))";
  }

  private void inplace(String slot, String name) {
    ModuleIr.Function f = own(name);
    if (f == null) return;
    boolean pow = name.equals("__ipow__");
    start(slot, "PyObject *", "PyObject *o, PyObject *w" + (pow ? ", PyObject *z" : ""));
    code.append("    return ").append(pow ? powCall(f, "o", "w") : call(f, "o", "w")).append(";\n}\n\n");
  }

  /** The cdef function a buffer method of this class was compiled to (sema's BufferMethods), or null. */
  private ModuleIr.Function bufferMethod(String name) {
    String hoisted = cls.name() + "." + name;
    for (ModuleIr.Function f : module.functions()) {
      if (f.ir().cdef != null && f.def().name().equals(hoisted)) return f;
    }
    return null;
  }

  /**
   * bf_getbuffer as Cython's: the view's {@code obj} is None while the method runs (so that a
   * method which never sets it leaves no exporter behind: NULL afterwards), and cleared when the
   * method raises; bf_releasebuffer calls the method, whose exceptions are unraisable, with an
   * exception being propagated (a consumer released in an error path) kept aside. A subclass
   * without its own inherits the slots (PyType_Ready copies them).
   */
  private void buffer() {
    ModuleIr.Function get = bufferMethod("__getbuffer__");
    if (get != null) {
      start("bf_getbuffer", "int", "PyObject *o, Py_buffer *view, int flags");
      code.append("    if (unlikely(!view)) {\n")
          .append("        PyErr_SetString(PyExc_BufferError, \"PyObject_GetBuffer: view==NULL argument is obsolete\");\n")
          .append("        return -1;\n    }\n    view->obj = Py_NewRef(Py_None);\n")
          .append("    ").append(FunctionEmitter.implName(get.ir())).append("(o, view, flags);\n")
          .append("    if (unlikely(PyErr_Occurred())) {\n        Py_CLEAR(view->obj);\n        return -1;\n    }\n")
          .append("    if (view->obj == Py_None) Py_CLEAR(view->obj);\n    return 0;\n}\n\n");
    }
    ModuleIr.Function release = bufferMethod("__releasebuffer__");
    if (release != null) {
      start("bf_releasebuffer", "void", "PyObject *o, Py_buffer *view");
      code.append("    PyObject *et, *ev, *tb;\n    PyErr_Fetch(&et, &ev, &tb);\n")
          .append("    ").append(FunctionEmitter.implName(release.ir())).append("(o, view);\n")
          .append("    PyErr_Restore(et, ev, tb);\n}\n\n");
    }
  }
}
