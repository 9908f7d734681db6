package dev.pyxc.emit;

import dev.pyxc.ir.CSpelling;
import dev.pyxc.ir.CSymbols;
import dev.pyxc.ir.ModuleVariablePrimitives;
import dev.pyxc.sema.CFunction;
import dev.pyxc.sema.ModuleInfo;
import java.util.List;

/**
 * C for what a module shares with others ({@link ModuleInfo.Capi}): the pointers through which
 * it calls cimported functions, and at init its {@code __pyx_capi__} dict (its {@code .pxd}'s
 * functions and variables) and the addresses it takes from the modules it cimports. A capsule is
 * named by the C signature of what it holds, so a module built against an older {@code .pxd}
 * fails at import rather than calling with the wrong arguments.
 */
final class CapiEmitter {
  private final ModuleInfo.Capi capi;
  /** The imports the module's code uses (all until {@link #keepUsed} says otherwise). */
  private List<ModuleInfo.CapiImport> imports;

  CapiEmitter(ModuleInfo.Capi capi) {
    this.capi = capi;
    this.imports = capi.imports();
  }

  /** Keeps the imports whose C static {@code used} names. */
  void keepUsed(java.util.Set<String> used) {
    imports = capi.imports().stream().filter(i -> used.contains(i.cPointer())).toList();
  }

  /** The C statics through which a module reaches other modules ({@code pyxc_capi...}) that {@code code} names. */
  static java.util.Set<String> capiNames(String code) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (int at = code.indexOf("pyxc_capi"); at >= 0; at = code.indexOf("pyxc_capi", at + 1)) {
      if (at > 0 && (Character.isLetterOrDigit(code.charAt(at - 1)) || code.charAt(at - 1) == '_')) continue;
      int end = at;
      while (end < code.length() && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '_')) end++;
      out.add(code.substring(at, end));
      at = end - 1;
    }
    return out;
  }

  /** The function pointers and cimported enum classes; a cimported variable's pointer is declared with the module's variables. */
  String declarations() {
    StringBuilder sb = new StringBuilder();
    for (ModuleInfo.EnumImport e : capi.enums()) {
      sb.append("static PyObject *").append(dev.pyxc.ir.Primitives.cpdefEnumClass(e.qualified())).append(";\n");
    }
    for (ModuleInfo.CapiImport i : imports) {
      if (i.function() == null) continue;
      CFunction f = i.function();
      sb.append("static ").append(CSpelling.declare(f.returnType(), "(*" + i.cPointer() + ")(" + cParams(f) + ")")).append(";\n");
    }
    return sb.toString();
  }

  /** Module init, first: the capsules of what the module shares (a module that cimports it back finds them). */
  String exportCode() {
    StringBuilder sb = new StringBuilder();
    if (!capi.exports().isEmpty()) {
      sb.append("    {\n        PyObject *capi = PyDict_New();\n        if (!capi) goto bad;\n");
      for (ModuleInfo.CapiExport e : capi.exports()) {
        String address = e.function() != null ? "(void *)" + CSymbols.cdefName(e.function())
            : e.slot() != null ? "(void *)&" + e.slot().cName() : "(void *)&" + ModuleVariablePrimitives.cName(e.variable());
        sb.append("        if (pyxc_capi_export(capi, ").append(CNames.cString(e.name())).append(", ").append(address).append(", ")
            .append(CNames.cString(e.signature())).append(") < 0) {\n")
            .append("            Py_DECREF(capi);\n            goto bad;\n        }\n");
      }
      sb.append("        if (PyModule_AddObject(m, \"__pyx_capi__\", capi) < 0) {\n            Py_DECREF(capi);\n            goto bad;\n")
          .append("        }\n    }\n");
    }
    return sb.toString();
  }

  /** Module init, once its types are ready and bound: the addresses it takes from the modules it cimports. */
  String importCode() {
    StringBuilder sb = new StringBuilder();
    for (ModuleInfo.EnumImport e : capi.enums()) {
      sb.append("    if (!(").append(dev.pyxc.ir.Primitives.cpdefEnumClass(e.qualified())).append(" = pyxc_import_enum_class(")
          .append(CNames.cString(e.module())).append(", ").append(CNames.cString(e.name())).append("))) goto bad;\n");
    }
    for (ModuleInfo.CapiImport i : imports) {
      sb.append("    if (pyxc_capi_import(").append(CNames.cString(i.module())).append(", ").append(CNames.cString(i.name()))
          .append(", ").append(i.legacyName() == null ? "NULL" : CNames.cString(i.legacyName())).append(", (void **)&").append(i.cPointer()).append(", ").append(CNames.cString(i.signature()))
          .append(", ").append(i.function() != null ? 1 : 0).append(") < 0) goto bad;\n");
    }
    return sb.toString();
  }

  private static String cParams(CFunction f) {
    if (f.params().isEmpty()) return "void";
    return String.join(", ", f.params().stream().map(CSpelling::bare).toList());
  }
}
