package dev.pyxc.annotate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one line of generated C does, as far as the annotated page tells it apart. */
enum CLineKind {
  INCREF("inc", "takes a reference"),
  DECREF("dec", "gives up a reference"),
  ACQUIRE("acq", "acquires a buffer (a view's reference)"),
  RELEASE("rel", "releases a buffer acquisition"),
  API("api", "calls the Python C-API"),
  PLAIN("", "plain C");

  final String cssClass;
  final String legend;

  CLineKind(String cssClass, String legend) {
    this.cssClass = cssClass;
    this.legend = legend;
  }

  private static final Pattern INC = Pattern.compile("\\bPy_X?INCREF\\(");
  private static final Pattern DEC = Pattern.compile("\\bPy_(X?DECREF|CLEAR)\\(");
  private static final Pattern ACQ = Pattern.compile("\\b(pyxc_mv_acquire|pyxc_mv_from_object|PyObject_GetBuffer)\\(");
  private static final Pattern REL = Pattern.compile("\\b(pyxc_mv_x?release|PyBuffer_Release)\\(");
  private static final Pattern CALL = Pattern.compile("\\b(_?Py[A-Za-z0-9_]*|pyxc_[a-z0-9_]+)\\s*\\(");
  /**
   * Runtime helpers that are plain C on their success path: compiled functions, index checks,
   * C arithmetic with Python's rounding. A line calling only these does no C-API work.
   */
  private static final Pattern PLAIN_C = Pattern.compile("pyxc_(pf|cf|mv_index|mv_subindex|mv_index_as|floordiv|mod|pow)[a-z0-9_]*"
      + "|PyUnstable_[A-Za-z_]*|Py_UNREACHABLE|Py_ssize_t|PyObject");

  static CLineKind of(String line) {
    if (INC.matcher(line).find()) return INCREF;
    if (DEC.matcher(line).find()) return DECREF;
    if (ACQ.matcher(line).find()) return ACQUIRE;
    if (REL.matcher(line).find()) return RELEASE;
    Matcher m = CALL.matcher(line);
    while (m.find()) {
      if (!PLAIN_C.matcher(m.group(1)).matches()) return API;
    }
    return PLAIN;
  }

  boolean isRefcount() {
    return this == INCREF || this == DECREF;
  }

  boolean isBuffer() {
    return this == ACQUIRE || this == RELEASE;
  }
}
