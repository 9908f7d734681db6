package dev.pyxc.emit;

import dev.pyxc.ir.CSpelling;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.StructPrimitives;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.StructType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * C for a module's structs and unions: the definitions of its own (a struct held by value comes
 * before the one holding it), and for every struct that has a Python form its two conversions,
 * to a dict of its fields and from a mapping (Cython's messages for a missing key, for a union's
 * one member).
 */
final class StructEmitter {
  private final List<StructType> structs;

  StructEmitter(List<StructType> structs) {
    this.structs = structs;
  }

  /** Forward declarations, then definitions in dependency order. */
  String definitions() {
    StringBuilder sb = new StringBuilder();
    for (StructType st : structs) if (!st.extern) sb.append(st.cName).append(";\n");
    Set<StructType> done = new LinkedHashSet<>();
    for (StructType st : structs) define(st, done, sb);
    return sb.toString();
  }

  private void define(StructType st, Set<StructType> done, StringBuilder sb) {
    if (st.extern || st.isOpaque() || !done.add(st)) return;
    for (CType t : st.fields().values()) {
      CType inner = t;
      while (inner instanceof CType.CArray a) inner = a.elem();
      if (inner instanceof CType.Struct s) define(s.type(), done, sb);
    }
    sb.append(st.cName).append(" {\n");
    for (Map.Entry<String, CType> f : st.fields().entrySet()) {
      sb.append("    ").append(CSpelling.declare(f.getValue(), st.cField(f.getKey()))).append(";\n");
    }
    sb.append('}').append(st.packed ? " __attribute__((packed))" : "").append(";\n");
  }

  /** The conversions of every struct with a Python form. */
  /** The conversions of the structs whose converters {@code code} names, and those theirs name in turn. */
  String converters(String code) {
    StringBuilder sb = new StringBuilder();
    List<StructType> convertible = new ArrayList<>();
    for (StructType st : structs) if (st.convertsToPython()) convertible.add(st);
    java.util.Set<StructType> used = new java.util.LinkedHashSet<>();
    List<String> reached = new ArrayList<>(List.of(code)); // (and the conversions taken so far, which may name others)
    boolean grew = true;
    while (grew) {
      grew = false;
      for (StructType st : convertible) {
        String f = StructPrimitives.converter(st);
        if (used.contains(st) || reached.stream().noneMatch(c -> c.contains(f + "_to_py(") || c.contains(f + "_from_py(") || c.contains(f + "_item_")
            || c.contains(f + "_dtype"))) {
          continue;
        }
        used.add(st);
        StringBuilder own = new StringBuilder();
        toPy(st, own);
        fromPy(st, own);
        reached.add(own.toString());
        grew = true;
      }
    }
    convertible.retainAll(used);
    for (StructType st : convertible) {
      String f = StructPrimitives.converter(st);
      sb.append("static PyObject *").append(f).append("_to_py(").append(st.cName).append(" v);\n");
      sb.append("static ").append(st.cName).append(' ').append(f).append("_from_py(PyObject *o);\n");
    }
    for (StructType st : convertible) itemConverters(st, sb);
    for (StructType st : convertible) {
      toPy(st, sb);
      fromPy(st, sb);
    }
    // (the descriptors of views' items: after the conversions they box an item with)
    for (StructType st : convertible) if (code.contains(dev.pyxc.ir.StructDtypes.descriptor(st))) sb.append(dev.pyxc.ir.StructDtypes.definition(st));
    return sb.toString();
  }

  /** One element of an array of the struct, converted through a pointer (the runtime's pyxc_carray_elem). */
  private static void itemConverters(StructType st, StringBuilder sb) {
    String f = StructPrimitives.converter(st);
    sb.append("static __attribute__((unused)) PyObject *").append(f).append("_item_to_py(const void *item) {\n")
        .append("    return ").append(f).append("_to_py(*(const ").append(st.cName).append(" *)item);\n}\n");
    sb.append("static __attribute__((unused)) int ").append(f).append("_item_from_py(PyObject *value, void *item) {\n")
        .append("    *(").append(st.cName).append(" *)item = ").append(f).append("_from_py(value);\n")
        .append("    return PyErr_Occurred() ? -1 : 0;\n}\n");
  }

  private static void toPy(StructType st, StringBuilder sb) {
    String f = StructPrimitives.converter(st);
    if (st.isCTuple()) {
      tupleToPy(st, f, sb);
      return;
    }
    sb.append("static __attribute__((unused)) PyObject *").append(f).append("_to_py(").append(st.cName).append(" v) {\n");
    sb.append("    PyObject *d = PyDict_New();\n    if (!d) return NULL;\n    PyObject *x;\n");
    for (Map.Entry<String, CType> e : st.fields().entrySet()) {
      sb.append("    x = ").append(box(e.getValue(), "v." + st.cField(e.getKey()))).append(";\n");
      sb.append("    if (!x || PyDict_SetItemString(d, ").append(CNames.cString(e.getKey())).append(", x) < 0) {\n")
          .append("        Py_XDECREF(x);\n        Py_DECREF(d);\n        return NULL;\n    }\n    Py_DECREF(x);\n");
    }
    sb.append("    return d;\n}\n\n");
  }

  private static void tupleToPy(StructType st, String f, StringBuilder sb) {
    List<CType> items = st.items();
    sb.append("static __attribute__((unused)) PyObject *").append(f).append("_to_py(").append(st.cName).append(" v) {\n");
    sb.append("    PyObject *t = PyTuple_New(").append(items.size()).append("), *x;\n    if (!t) return NULL;\n");
    for (int i = 0; i < items.size(); i++) {
      sb.append("    x = ").append(box(items.get(i), "v." + st.cField(Integer.toString(i)))).append(";\n");
      sb.append("    if (!x) {\n        Py_DECREF(t);\n        return NULL;\n    }\n    PyTuple_SET_ITEM(t, ").append(i).append(", x);\n");
    }
    sb.append("    return t;\n}\n\n");
  }

  /**
   * From a sequence of exactly as many items (Cython's TypeErrors otherwise), each converted as
   * an assignment converts it.
   */
  private static void tupleFromPy(StructType st, String f, StringBuilder sb) {
    List<CType> items = st.items();
    sb.append("static __attribute__((unused)) ").append(st.cName).append(' ').append(f).append("_from_py(PyObject *o) {\n");
    sb.append("    ").append(st.cName).append(" r;\n    memset(&r, 0, sizeof r);\n");
    sb.append("    if (!PySequence_Check(o)) {\n        PyErr_Format(PyExc_TypeError, \"Expected a sequence of size %zd, got %.200s\", (Py_ssize_t)")
        .append(items.size()).append(", Py_TYPE(o)->tp_name);\n        return r;\n    }\n");
    sb.append("    Py_ssize_t n = PySequence_Length(o);\n    if (n < 0) return r;\n    if (n != ").append(items.size())
        .append(") {\n        PyErr_Format(PyExc_TypeError, \"Expected a sequence of size %zd, got size %zd\", (Py_ssize_t)")
        .append(items.size()).append(", n);\n        return r;\n    }\n    PyObject *item;\n    int ok;\n");
    for (int i = 0; i < items.size(); i++) {
      sb.append("    item = PySequence_GetItem(o, ").append(i).append(");\n    if (!item) return r;\n    ok = ")
          .append(store(items.get(i), "r." + st.cField(Integer.toString(i)), "item")).append(";\n    Py_DECREF(item);\n    if (!ok) return r;\n");
    }
    sb.append("    return r;\n}\n\n");
  }

  /** A C expression making a new object of a field's value. */
  private static String box(CType t, String value) {
    if (t instanceof CType.Struct s) return StructPrimitives.converter(s.type()) + "_to_py(" + value + ")";
    // (a C string field is bytes, as Cython makes it; a NULL one None rather than a crash)
    if (t instanceof CType.Pointer) return "(" + value + " ? PyBytes_FromString((const char *)" + value + ") : Py_NewRef(Py_None))";
    if (t instanceof CType.CArray a) return dev.pyxc.ir.PointerPrimitives.arrayToPython(a).template().replace("%0", value);
    return Primitives.box(t).template().replace("%0", value);
  }

  /**
   * From a mapping: every key looked up first (a missing one is Cython's ValueError), then each
   * value converted; for a union, exactly one of its members' keys.
   */
  private static void fromPy(StructType st, StringBuilder sb) {
    String f = StructPrimitives.converter(st);
    if (st.isCTuple()) {
      tupleFromPy(st, f, sb);
      return;
    }
    sb.append("static __attribute__((unused)) ").append(st.cName).append(' ').append(f).append("_from_py(PyObject *o) {\n");
    sb.append("    ").append(st.cName).append(" r;\n    memset(&r, 0, sizeof r);\n");
    sb.append("    if (!PyMapping_Check(o)) {\n        PyErr_Format(PyExc_TypeError, \"Expected a mapping, got %.200s\", Py_TYPE(o)->tp_name);\n")
        .append("        return r;\n    }\n");
    List<String> names = new ArrayList<>(st.fields().keySet());
    if (st.union) {
      unionFromPy(st, names, sb);
      return;
    }
    sb.append("    PyObject *items[").append(names.size()).append("] = {0};\n    int ok = 1;\n");
    for (int i = 0; i < names.size(); i++) {
      sb.append("    if (ok) {\n        items[").append(i).append("] = PyMapping_GetItemString(o, ").append(CNames.cString(names.get(i)))
          .append(");\n        if (!items[").append(i).append("]) {\n            ok = 0;\n")
          .append("            if (PyErr_ExceptionMatches(PyExc_KeyError)) {\n                PyErr_Clear();\n")
          .append("                PyErr_SetString(PyExc_ValueError, \"No value specified for struct attribute '")
          .append(names.get(i)).append("'\");\n            }\n        }\n    }\n");
    }
    for (int i = 0; i < names.size(); i++) {
      sb.append("    if (ok) ok = ").append(store(st.fields().get(names.get(i)), "r." + st.cField(names.get(i)), "items[" + i + "]")).append(";\n");
    }
    sb.append("    for (int i = 0; i < ").append(names.size()).append("; i++) Py_XDECREF(items[i]);\n    return r;\n}\n\n");
  }

  private static void unionFromPy(StructType st, List<String> names, StringBuilder sb) {
    sb.append("    PyObject *item = NULL;\n    const char *found = NULL;\n");
    for (String n : names) {
      sb.append("    if (PyMapping_HasKeyString(o, ").append(CNames.cString(n)).append(")) {\n")
          .append("        if (found) {\n            PyErr_Format(PyExc_ValueError, \"More than one union attribute passed: '%s' and '%s'\", found, ")
          .append(CNames.cString(n)).append(");\n            Py_XDECREF(item);\n            return r;\n        }\n")
          .append("        found = ").append(CNames.cString(n)).append(";\n        item = PyMapping_GetItemString(o, ").append(CNames.cString(n))
          .append(");\n        if (!item) return r;\n        if (!")
          .append(store(st.fields().get(n), "r." + st.cField(n), "item")).append(") {\n            Py_DECREF(item);\n            return r;\n        }\n    }\n");
    }
    sb.append("    if (!found) PyErr_SetString(PyExc_ValueError, \"No value specified for any of the union attributes (")
        .append(String.join(", ", names)).append(")\");\n    Py_XDECREF(item);\n    return r;\n}\n\n");
  }

  /** A C expression storing {@code item} converted into {@code dest}: 1, or 0 with the conversion's error. */
  private static String store(CType t, String dest, String item) {
    if (t instanceof CType.Struct s) {
      return "((" + dest + " = " + StructPrimitives.converter(s.type()) + "_from_py(" + item + ")), !PyErr_Occurred())";
    }
    // (the characters stay the object's: the mapping given holds them, as in Cython)
    if (t instanceof CType.Pointer p) return "((" + dest + " = (" + dev.pyxc.ir.CSpelling.declare(p, "") + ")pyxc_bytes_as_chars(" + item + ")) != NULL)";
    if (t instanceof CType.CArray a) return "(" + dev.pyxc.ir.PointerPrimitives.arrayFromObject(a).template().replace("%1", item).replace("%0", dest) + " == 0)";
    String unbox = Primitives.unbox(t).template().replace("%0", item);
    if (t instanceof CType.BInt) return "((" + dest + " = " + unbox + ") != -1)";
    return "((" + dest + " = " + unbox + "), !PyErr_Occurred())";
  }
}
