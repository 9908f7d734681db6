package dev.pyxc.emit;

import dev.pyxc.ast.Stmt;
import java.util.List;

/**
 * The argument parsing of a {@code def} whose signature has more than positional-or-keyword
 * parameters: positional-only ones (before {@code /}), keyword-only ones, {@code *args} and
 * {@code **kwargs}. One call of the runtime's {@code pyxc_parse_args_ex} matches arguments to
 * the named parameters and builds the tuple and the dict, each a new reference that the wrapper
 * owns for the call: the body borrows them as it borrows every argument, and the wrapper
 * releases them when the body returns (or on an error before it runs).
 */
final class SignatureParsing {
  private SignatureParsing() {}

  /** The C that fills {@code values[]} (and {@code star}, {@code dstar}) from the call's arguments. */
  static String parse(String fname, List<Stmt.Param> params, List<Integer> named) {
    StringBuilder sb = new StringBuilder();
    boolean star = params.stream().anyMatch(p -> p.kind() == Stmt.Param.Kind.STAR);
    boolean dstar = params.stream().anyMatch(p -> p.kind() == Stmt.Param.Kind.DSTAR);
    long posonly = params.stream().filter(p -> p.kind() == Stmt.Param.Kind.POSITIONAL_ONLY).count();
    long npos = params.stream().filter(Stmt.Param::positional).count();
    sb.append("    static const unsigned char required[] = {");
    for (int i : named) sb.append(params.get(i).defaultValue() == null ? "1" : "0").append(", ");
    sb.append("0};\n");
    if (star) sb.append("    PyObject *star = NULL;\n");
    if (dstar) sb.append("    PyObject *dstar = NULL;\n");
    sb.append("    if (pyxc_parse_args_ex(").append(CNames.cString(fname)).append(", args, nargs, kwnames, names, required, ")
        .append(posonly).append(", ").append(npos).append(", ").append(named.size()).append(", values, ")
        .append(star ? "&star" : "NULL").append(", ").append(dstar ? "&dstar" : "NULL").append(") < 0) goto bad;\n");
    return sb.toString();
  }

  /** Releases the tuple and dict the parser built ({@code Py_DECREF} after the call, {@code Py_XDECREF} on error). */
  static String release(List<Stmt.Param> params, String how) {
    StringBuilder sb = new StringBuilder();
    for (Stmt.Param p : params) {
      if (p.starred()) sb.append("    ").append(how).append("(").append(p.kind() == Stmt.Param.Kind.STAR ? "star" : "dstar").append(");\n");
    }
    return sb.toString();
  }
}
