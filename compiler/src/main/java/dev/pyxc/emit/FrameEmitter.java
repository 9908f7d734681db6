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
    StringBuilder sb = new StringBuilder(struct).append(" {\n    PyObject_HEAD\n    int label;\n    PyObject *yf_value;\n    PyObject *yf_iter;\n");
    for (int i = 0; i < params().size(); i++) {
      sb.append("    ").append(CNames.type(params().get(i).type())).append(GeneratorPrimitives.arg(i)).append(";\n");
    }
    for (Register r : fn.frameSlots) sb.append("    ").append(CNames.type(r.type())).append(GeneratorPrimitives.slot(r)).append(";\n");
    for (Register r : fn.frameStorage) sb.append("    ").append(dev.pyxc.ir.CSpelling.declare(r.type(), CNames.reg(r))).append(";\n");
    sb.append("};\nstatic PyTypeObject *pyxc_frametype_").append(fn.closure.cPart).append(";\n");
    return sb.toString();
  }

  String definitions(String starterPrototype, String name, String qualname) {
    String p = fn.closure.cPart;
    StringBuilder sb = new StringBuilder();
    List<OwningHeapType.Field> fields = new java.util.ArrayList<>(List.of(new OwningHeapType.Field("yf_value", CType.OBJECT)));
    for (int i = 0; i < params().size(); i++) fields.add(new OwningHeapType.Field(GeneratorPrimitives.arg(i), params().get(i).type()));
    for (Register r : fn.frameSlots) fields.add(new OwningHeapType.Field(GeneratorPrimitives.slot(r), r.type()));
    sb.append(OwningHeapType.code("pyxc_frame", p, struct, "pyxc.generator_frame", fields));
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
    sb.append("    return pyxc_generator_new((PyObject *)f, ").append(bodyName(fn)).append(", &pyxc_gi_").append(p).append(", pyxc_m_dict);\n}\n");
    String info = "static const pyxc_gen_info pyxc_gi_" + p + " = {" + CNames.cString(name) + ", " + CNames.cString(qualname) + ", "
        + (fn.generatorStop ? 1 : 0) + ", " + CNames.cString(codeSource()) + "};\n";
    return info + sb;
  }

  /**
   * The source of a def whose code object stands for the generator's (gi_code): its parameters and
   * locals by their names (co_varnames), and a yield (a generator's flags).
   */
  private String codeSource() {
    String params = fn.closure.genexpr != null ? "" : dev.pyxc.ir.ScopePrimitives.parameterList(fn.closure.def);
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    for (Register r : fn.registers) {
      String n = r.name();
      // (a Python variable's name: not a hidden one, `$...`, nor a comprehension's, `i.c1`)
      if (r.kind() == Register.Kind.LOCAL && n != null && n.matches("[\\p{L}_][\\p{L}\\p{N}_]*")
          && fn.params.stream().noneMatch(q -> n.equals(q.name()))) {
        names.add(n);
      }
    }
    return "def f(" + params + "):\n" + (names.isEmpty() ? "" : "    " + String.join(" = ", names) + " = None\n") + "    yield\n";
  }

  String initCode() {
    String t = "pyxc_frametype_" + fn.closure.cPart;
    return "    " + t + " = (PyTypeObject *)PyType_FromSpec(&pyxc_frame_spec_" + fn.closure.cPart + ");\n    if (!" + t + ") goto bad;\n";
  }

  /**
   * A C array or lock variable of the body, which the frame holds: its name stands for the frame's field
   * within the body (a macro, so that it stays an array to C: indexing, {@code sizeof}, its address).
   */
  static String storageMacro(FuncIr fn, Register r) {
    return "#define " + CNames.reg(r) + " (" + GeneratorPrimitives.frame(fn) + "->" + CNames.reg(r) + ")\n";
  }

  /** The end of the body: the names {@link #storageMacro} gave, undefined. */
  static String bodyEnd(FuncIr fn) {
    StringBuilder sb = new StringBuilder();
    for (Register r : fn.frameStorage) sb.append("#undef ").append(CNames.reg(r)).append('\n');
    return sb.toString();
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
