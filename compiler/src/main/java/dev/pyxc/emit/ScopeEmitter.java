package dev.pyxc.emit;

import dev.pyxc.ir.ScopePrimitives;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Closure;
import java.util.List;
import java.util.Map;

/**
 * The C of one function's scope type (see {@link ScopePrimitives}): a struct with the closure it
 * was made in ({@code outer}) and one field per shared variable, which the scope owns. A heap type
 * made from a spec at module init and named {@code f.<locals>} (what a traceback or a debugger
 * shows of it); collectable, since a nested function stored in its own scope (recursion through a
 * closure) is a cycle.
 */
final class ScopeEmitter {
  private final Closure c;
  private final String struct;

  ScopeEmitter(Closure c) {
    this.c = c;
    this.struct = "struct " + ScopePrimitives.struct(c);
  }

  String declarations() {
    StringBuilder sb = new StringBuilder(struct).append(" {\n    PyObject_HEAD\n    PyObject *outer;\n");
    for (Map.Entry<String, CType> e : c.cellTypes.entrySet()) {
      // (a C array is the field itself: the functions sharing it reach its elements there)
      String field = ScopePrimitives.field(e.getKey());
      sb.append("    ").append(e.getValue() instanceof CType.CArray ? dev.pyxc.ir.CSpelling.declare(e.getValue(), field)
          : CNames.type(e.getValue()) + field).append(";\n");
    }
    sb.append("};\nstatic PyTypeObject *").append(ScopePrimitives.typeObject(c)).append(";\n");
    sb.append("static PyObject *pyxc_scope_new_").append(c.cPart).append("(PyObject *outer);\n");
    return sb.toString();
  }

  String definitions() {
    String p = c.cPart;
    StringBuilder sb = new StringBuilder();
    sb.append("static PyObject *pyxc_scope_new_").append(p).append("(PyObject *outer) {\n");
    sb.append("    ").append(struct).append(" *s = PyObject_GC_New(").append(struct).append(", ").append(ScopePrimitives.typeObject(c))
        .append(");\n    if (!s) return NULL;\n");
    // Everything after the header starts unassigned: NULL objects, views without an owner, zero C values.
    sb.append("    memset((char *)s + sizeof(PyObject), 0, sizeof(").append(struct).append(") - sizeof(PyObject));\n");
    sb.append("    s->outer = Py_XNewRef(outer);\n    PyObject_GC_Track(s);\n    return (PyObject *)s;\n}\n");
    List<OwningHeapType.Field> fields = new java.util.ArrayList<>(List.of(new OwningHeapType.Field("outer", CType.OBJECT)));
    for (Map.Entry<String, CType> e : c.cellTypes.entrySet()) fields.add(new OwningHeapType.Field(ScopePrimitives.field(e.getKey()), e.getValue()));
    sb.append(OwningHeapType.code("pyxc_scope", p, struct, qualname(), fields));
    return sb.toString();
  }

  /** The scope type is made and named before any code of the module runs. */
  String initCode() {
    return "    " + ScopePrimitives.typeObject(c) + " = pyxc_scope_type(&pyxc_scope_spec_" + c.cPart + ", " + CNames.cString(qualname())
        + ");\n    if (!" + ScopePrimitives.typeObject(c) + ") goto bad;\n";
  }

  private String qualname() {
    return (c.qualname == null || c.qualname.isEmpty() ? c.def.name() : c.qualname) + ".<locals>";
  }
}
