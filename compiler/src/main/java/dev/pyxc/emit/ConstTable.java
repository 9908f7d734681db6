package dev.pyxc.emit;

import dev.pyxc.ir.Const;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/** The module's Python constants: created once at import, borrowed by every call. */
final class ConstTable {
  private final Map<Const, Integer> index = new LinkedHashMap<>();

  /** The C expression for a constant's slot. */
  String ref(Const c) {
    if (c instanceof Const.PyKwNames k) k.names().forEach(n -> ref(new Const.PyStr(n)));
    if (c instanceof Const.PyTuple t) t.items().forEach(this::ref);
    return "pyxc_c[" + index.computeIfAbsent(c, k -> index.size()) + "]";
  }

  int size() {
    return index.size();
  }

  /** Statements that fill the table; each failure jumps to {@code bad}. */
  String initCode() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Const, Integer> e : index.entrySet()) {
      String slot = "pyxc_c[" + e.getValue() + "]";
      sb.append("    ").append(slot).append(" = ").append(create(e.getKey())).append(";\n");
      sb.append("    if (!").append(slot).append(") goto bad;\n");
    }
    return sb.toString();
  }

  private String create(Const c) {
    if (c instanceof Const.PyInt i) {
      BigInteger v = i.value();
      // Large values in hex: Python limits the decimal digits an int may be read from (4300).
      return v.bitLength() < 63 ? "PyLong_FromLongLong(" + v + "LL)" : "PyLong_FromString(\"" + v.toString(16) + "\", NULL, 16)";
    } else if (c instanceof Const.PyFloat f) {
      return "PyFloat_FromDouble(" + FunctionEmitter.cDouble(f.value()) + ")";
    } else if (c instanceof Const.PyComplex z) {
      return "PyComplex_FromDoubles(0.0, " + FunctionEmitter.cDouble(z.imag()) + ")";
    } else if (c instanceof Const.PyStr s) {
      int len = CNames.utf8(s.value()).length;
      return "pyxc_str_const(" + CNames.cString(s.value()) + ", " + len + ")";
    } else if (c instanceof Const.PyBytes b) {
      return "PyBytes_FromStringAndSize(" + CNames.cBytes(b.value()) + ", " + b.value().length() + ")";
    } else if (c instanceof Const.PyNone n) {
      return "Py_NewRef(Py_None)";
    } else if (c instanceof Const.PyBool b) {
      return b.value() ? "Py_NewRef(Py_True)" : "Py_NewRef(Py_False)";
    } else if (c instanceof Const.PyEllipsis e) {
      return "Py_NewRef(Py_Ellipsis)";
    } else if (c instanceof Const.PyKwNames k) {
      StringBuilder sb = new StringBuilder("PyTuple_Pack(" + k.names().size());
      for (String n : k.names()) sb.append(", ").append("pyxc_c[").append(index.get(new Const.PyStr(n))).append("]");
      return sb.append(")").toString();
    } else if (c instanceof Const.PyTuple t) {
      StringBuilder sb = new StringBuilder("PyTuple_Pack(" + t.items().size());
      for (Const item : t.items()) sb.append(", ").append("pyxc_c[").append(index.get(item)).append("]");
      return sb.append(")").toString();
    } else if (c instanceof Const.CInt i) {
      throw new AssertionError("C literal in the constant table");
    } else if (c instanceof Const.CFloat || c instanceof Const.CImag) {
      throw new AssertionError("C literal in the constant table");
    } else {
      throw new AssertionError(c);
    }
  }
}
