package dev.pyxc.emit;

import dev.pyxc.sema.CType;
import java.util.List;

/**
 * The C of a heap type whose instances own their fields (a closure's scope, a generator's frame):
 * tp_traverse and tp_clear over the object fields, views released by tp_clear, tp_dealloc clearing
 * them all and dropping the type, and the PyType_Spec that module init makes the type from.
 * Collectable: a scope or frame may hold what holds it.
 */
final class OwningHeapType {
  private OwningHeapType() {}

  /** A field of the instance struct: its C member name and what it holds. */
  record Field(String member, CType type) {}

  /** The functions and spec named {@code prefix_traverse_part} ..., {@code prefix_spec_part}. */
  static String code(String prefix, String part, String struct, String typeName, List<Field> fields) {
    StringBuilder sb = new StringBuilder();
    String self = "    " + struct + " *s = (" + struct + " *)o;\n";
    sb.append("static int ").append(prefix).append("_traverse_").append(part).append("(PyObject *o, visitproc visit, void *arg) {\n")
        .append(self).append("    Py_VISIT(Py_TYPE(o));\n");
    for (Field f : fields) if (f.type() instanceof CType.PyObject) sb.append("    Py_VISIT(s->").append(f.member()).append(");\n");
    sb.append("    return 0;\n}\n");
    sb.append("static int ").append(prefix).append("_clear_").append(part).append("(PyObject *o) {\n").append(self);
    for (Field f : fields) {
      String m = "s->" + f.member();
      if (f.type() instanceof CType.PyObject) sb.append("    Py_CLEAR(").append(m).append(");\n");
      else if (f.type() instanceof CType.MemView) sb.append("    pyxc_mv_release(&").append(m).append(");\n    ").append(m).append(".owner = NULL;\n");
    }
    sb.append("    return 0;\n}\n");
    sb.append("static void ").append(prefix).append("_dealloc_").append(part).append("(PyObject *o) {\n")
        .append("    PyTypeObject *tp = Py_TYPE(o);\n    PyObject_GC_UnTrack(o);\n    ").append(prefix).append("_clear_").append(part)
        .append("(o);\n    PyObject_GC_Del(o);\n    Py_DECREF(tp);\n}\n");
    sb.append("static PyType_Slot ").append(prefix).append("_slots_").append(part).append("[] = {\n")
        .append("    {Py_tp_dealloc, (void *)").append(prefix).append("_dealloc_").append(part).append("},\n")
        .append("    {Py_tp_traverse, (void *)").append(prefix).append("_traverse_").append(part).append("},\n")
        .append("    {Py_tp_clear, (void *)").append(prefix).append("_clear_").append(part).append("},\n    {0, NULL}\n};\n");
    sb.append("static PyType_Spec ").append(prefix).append("_spec_").append(part).append(" = {").append(CNames.cString(typeName))
        .append(", sizeof(").append(struct).append("), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, ").append(prefix).append("_slots_")
        .append(part).append("};\n");
    return sb.toString();
  }
}
