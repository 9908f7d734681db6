package dev.pyxc.emit;

import dev.pyxc.ir.FuncIr;
import dev.pyxc.ir.GeneratorPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.Terminator;
import dev.pyxc.sema.CType;
import java.util.List;

/**
 * The C of a generator function around its compiled body: the frame (a struct with where to resume,
 * the arguments, and one slot per value that lives across a yield; the frame owns what its slots
 * hold), the function the wrapper calls, which makes the frame from the arguments and the generator
 * from the frame, and the top of the body, which reads the arguments from the frame and jumps to
 * where the last yield left off.
 */
final class FrameEmitter {
  private final FuncIr fn;
  private final String struct;

  FrameEmitter(FuncIr fn) {
    this.fn = fn;
    this.struct = "struct " + GeneratorPrimitives.frameStruct(fn);
  }

  static String bodyName(FuncIr fn) {
    return "pyxc_gb_" + fn.closure.cPart;
  }

  private List<Register> params() {
    return fn.params;
  }

  String declarations() {
    StringBuilder sb = new StringBuilder(struct).append(" {\n    PyObject_HEAD\n    int label;\n    PyObject *yf_value;\n");
    for (int i = 0; i < params().size(); i++) {
      sb.append("    ").append(CNames.type(params().get(i).type())).append(GeneratorPrimitives.arg(i)).append(";\n");
    }
    for (Register r : fn.frameSlots) sb.append("    ").append(CNames.type(r.type())).append(GeneratorPrimitives.slot(r)).append(";\n");
    sb.append("};\nstatic PyTypeObject *pyxc_frametype_").append(fn.closure.cPart).append(";\n");
    return sb.toString();
  }

  /** Every refcounted field of the frame: the arguments, then the slots. */
  private List<String[]> fields() {
    List<String[]> out = new java.util.ArrayList<>();
    for (int i = 0; i < params().size(); i++) out.add(new String[] {GeneratorPrimitives.arg(i), kind(params().get(i).type())});
    for (Register r : fn.frameSlots) out.add(new String[] {GeneratorPrimitives.slot(r), kind(r.type())});
    return out;
  }

  private static String kind(CType t) {
    return t instanceof CType.MemView ? "view" : t instanceof CType.PyObject ? "object" : "c";
  }

  String definitions(String starterPrototype, String name, String qualname) {
    String p = fn.closure.cPart;
    StringBuilder sb = new StringBuilder();
    sb.append("static int pyxc_frame_traverse_").append(p).append("(PyObject *o, visitproc visit, void *arg) {\n");
    sb.append("    ").append(struct).append(" *f = (").append(struct).append(" *)o;\n    Py_VISIT(Py_TYPE(o));\n    Py_VISIT(f->yf_value);\n");
    for (String[] f : fields()) if (f[1].equals("object")) sb.append("    Py_VISIT(f->").append(f[0]).append(");\n");
    sb.append("    return 0;\n}\n");
    sb.append("static int pyxc_frame_clear_").append(p).append("(PyObject *o) {\n");
    sb.append("    ").append(struct).append(" *f = (").append(struct).append(" *)o;\n    Py_CLEAR(f->yf_value);\n");
    for (String[] f : fields()) {
      if (f[1].equals("object")) sb.append("    Py_CLEAR(f->").append(f[0]).append(");\n");
      else if (f[1].equals("view")) sb.append("    pyxc_mv_release(&f->").append(f[0]).append(");\n    f->").append(f[0]).append(".owner = NULL;\n");
    }
    sb.append("    return 0;\n}\n");
    sb.append("static void pyxc_frame_dealloc_").append(p).append("(PyObject *o) {\n");
    sb.append("    PyTypeObject *tp = Py_TYPE(o);\n    PyObject_GC_UnTrack(o);\n    pyxc_frame_clear_").append(p).append("(o);\n");
    sb.append("    PyObject_GC_Del(o);\n    Py_DECREF(tp);\n}\n");
    sb.append("static PyType_Slot pyxc_frame_slots_").append(p).append("[] = {\n")
        .append("    {Py_tp_dealloc, (void *)pyxc_frame_dealloc_").append(p).append("},\n")
        .append("    {Py_tp_traverse, (void *)pyxc_frame_traverse_").append(p).append("},\n")
        .append("    {Py_tp_clear, (void *)pyxc_frame_clear_").append(p).append("},\n    {0, NULL}\n};\n");
    sb.append("static PyType_Spec pyxc_frame_spec_").append(p).append(" = {\"pyxc.generator_frame\", sizeof(").append(struct)
        .append("), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, pyxc_frame_slots_").append(p).append("};\n");
    // What the wrapper calls: the frame holds its own reference to each argument.
    sb.append(starterPrototype).append(" {\n");
    sb.append("    ").append(struct).append(" *f = PyObject_GC_New(").append(struct).append(", pyxc_frametype_").append(p)
        .append(");\n    if (!f) return NULL;\n");
    sb.append("    memset((char *)f + sizeof(PyObject), 0, sizeof(").append(struct).append(") - sizeof(PyObject));\n");
    for (int i = 0; i < params().size(); i++) {
      Register r = params().get(i);
      String field = "f->" + GeneratorPrimitives.arg(i);
      sb.append("    ").append(field).append(" = ").append(CNames.reg(r)).append(";\n");
      if (r.type() instanceof CType.MemView) sb.append("    pyxc_mv_acquire(&").append(field).append(");\n");
      else if (r.type() instanceof CType.PyObject) sb.append("    Py_XINCREF(").append(field).append(");\n");
    }
    sb.append("    PyObject_GC_Track(f);\n");
    sb.append("    return pyxc_generator_new((PyObject *)f, ").append(bodyName(fn)).append(", ").append(CNames.cString(name)).append(", ")
        .append(CNames.cString(qualname)).append(");\n}\n");
    return sb.toString();
  }

  String initCode() {
    String t = "pyxc_frametype_" + fn.closure.cPart;
    return "    " + t + " = (PyTypeObject *)PyType_FromSpec(&pyxc_frame_spec_" + fn.closure.cPart + ");\n    if (!" + t + ") goto bad;\n";
  }

  /** The top of the body: its arguments read from the frame (borrowed: it keeps them), then the jump to where it resumes. */
  static String bodyStart(FuncIr fn) {
    StringBuilder sb = new StringBuilder();
    String frame = GeneratorPrimitives.frame(fn);
    for (int i = 0; i < fn.params.size(); i++) {
      Register r = fn.params.get(i);
      sb.append("    ").append(CNames.type(r.type())).append(CNames.reg(r)).append(" = ").append(frame).append("->")
          .append(GeneratorPrimitives.arg(i)).append(";\n");
    }
    sb.append("    switch (").append(frame).append("->label) {\n    case 0: break;\n");
    for (var b : fn.blocks) {
      if (b.terminator instanceof Terminator.Yield y) {
        sb.append("    case ").append(y.label()).append(": goto L").append(y.resume().label).append(";\n");
      }
    }
    sb.append("    default: Py_UNREACHABLE();\n    }\n");
    return sb.toString();
  }
}
