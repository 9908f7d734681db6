package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Pos;
import java.util.List;

/**
 * Structs and unions in expressions: field access (through a pointer too, with {@code .} as in
 * Cython), struct literals {@code Point(1, y=2)} and dict displays stored as a struct, with
 * Cython's messages.
 */
public final class StructChecks {
  private final FunctionChecker fn;

  StructChecks(FunctionChecker fn) {
    this.fn = fn;
  }

  /** The struct an attribute's object is (or points to), or null. */
  public static StructType structOf(CType t) {
    if (t instanceof CType.Struct s) return s.type();
    if (t instanceof CType.Pointer p && p.target() instanceof CType.Struct s) return s.type();
    return null;
  }

  /**
   * {@code s.f}: the field's type. A field the struct lacks is Cython's error, unless the struct
   * converts to a dict: then, as in Cython, the attribute is looked up on that dict at run time.
   */
  CType field(Expr.Attribute a, StructType st, CType objType) {
    if (st.isOpaque()) {
      fn.report(a.pos(), "Cannot select attribute of incomplete type '" + st.name + "'");
      return CType.ERROR;
    }
    CType t = st.fields().get(a.name());
    if (t != null) return t;
    if (objType instanceof CType.Struct && st.convertsToPython()) return CType.OBJECT;
    fn.report(a.pos(), "Object of type '" + st.name + "' has no attribute '" + a.name() + "'");
    return CType.ERROR;
  }

  /** {@code Point(1, y=2)}: the fields in order, then by name; missing ones only warned about, as in Cython. */
  CType literal(Expr.Call c, StructType st) {
    List<String> names = List.copyOf(st.fields().keySet());
    int positional = 0;
    java.util.Set<String> given = new java.util.HashSet<>();
    for (Expr.Arg a : c.args()) {
      CType vt = fn.type(a.value());
      if (a.starred()) {
        fn.report(a.pos(), "'starred arguments of a struct literal' is not supported by pyxc");
        continue;
      }
      String field = a.keyword() != null ? a.keyword() : positional < names.size() ? names.get(positional) : null;
      if (a.keyword() == null) positional++;
      if (field == null || !st.fields().containsKey(field)) {
        fn.report(a.value().pos(), field == null ? "Too many arguments for struct '" + st.name + "'"
            : "struct '" + st.name + "' has no field '" + field + "'");
        continue;
      }
      given.add(field);
      if (fn.recording) value(a.value(), vt, st.fields().get(field));
    }
    if (fn.recording) fn.types.put(c.func(), CType.OBJECT);
    if (fn.recording && given.size() < names.size() && !st.union) {
      fn.diags.warning(c.pos(), "Not all members given for struct '" + st.name + "'");
    }
    return new CType.Struct(st);
  }

  /** A display stored as a struct: a dict's keys are field names; a list's items are the fields in order. */
  void display(Expr value, StructType st) {
    if (!(value instanceof Expr.DictExpr d)) {
      List<Expr> items = dev.pyxc.ast.Exprs.elements(value);
      List<String> names = List.copyOf(st.fields().keySet());
      for (int i = 0; i < items.size(); i++) {
        fn.type(items.get(i));
        if (i >= names.size()) fn.report(items.get(i).pos(), "Too many arguments for struct '" + st.name + "'");
        else value(items.get(i), fn.types.get(items.get(i)), st.fields().get(names.get(i)));
      }
      return;
    }
    for (int i = 0; i < d.keys().size(); i++) {
      Expr k = d.keys().get(i);
      Expr v = d.values().get(i);
      if (!(k instanceof Expr.StrLit key)) {
        fn.report(k.pos(), "'a struct literal with keys other than field names' is not supported by pyxc");
        continue;
      }
      CType field = st.fields().get(key.value());
      if (field == null) {
        fn.report(k.pos(), "struct '" + st.name + "' has no field '" + key.value() + "'");
        continue;
      }
      value(v, fn.types.get(v), field);
    }
  }

  /**
   * Whether a display stands for a struct here, as Cython reads it: a dict display with string
   * keys (fields by name), or a list or tuple display (fields in order).
   */
  public static boolean isStructDict(Expr value, CType wanted) {
    if (!(wanted instanceof CType.Struct)) return false;
    if (value instanceof Expr.DictExpr d) return d.keys().stream().allMatch(k -> k instanceof Expr.StrLit);
    return (value instanceof Expr.ListExpr || value instanceof Expr.TupleExpr)
        && dev.pyxc.ast.Exprs.elements(value).stream().noneMatch(x -> x instanceof Expr.Starred);
  }

  /** The field each item of a struct display sets, in order (a list's by position). */
  public static List<String> displayFields(Expr value, StructType st) {
    if (value instanceof Expr.DictExpr d) return d.keys().stream().map(k -> ((Expr.StrLit) k).value()).toList();
    List<String> names = List.copyOf(st.fields().keySet());
    int n = dev.pyxc.ast.Exprs.elements(value).size();
    return names.subList(0, Math.min(n, names.size()));
  }

  /** The values of a struct display, matching {@link #displayFields}. */
  public static List<Expr> displayValues(Expr value) {
    return value instanceof Expr.DictExpr d ? d.values() : dev.pyxc.ast.Exprs.elements(value);
  }

  private void value(Expr v, CType vt, CType field) {
    Pos pos = v.pos();
    if (v instanceof Expr.NoneLit && !(field instanceof CType.PyObject)) {
      fn.report(pos, "Cannot assign None to " + field.name());
    } else if (v instanceof Expr.StrLit s && Types.isCNumeric(field) && !(field instanceof CType.CInt && s.value().length() == 1)) {
      fn.report(pos, field instanceof CType.CFloat ? "Unicode literals do not support coercion to C types other than Py_UCS4/Py_UNICODE "
          + "(for characters), Py_UNICODE* (for strings) or char*/void* (for auto-encoded strings)."
          : "Only single-character string literals can be coerced into ints.");
    } else if (isStructDict(v, field)) {
      display(v, ((CType.Struct) field).type());
    } else {
      fn.assignments.checkValue(v, field, pos);
    }
  }

  /** Cython's error for a struct value stored as {@code to} (or {@code from} stored into a struct), or null. */
  static String assignError(CType from, CType to) {
    if (from.equals(to)) return null;
    if (to instanceof CType.PyObject && from instanceof CType.Struct s) {
      return s.type().convertsToPython() ? null : "Cannot convert '" + from.name() + "' to Python object";
    }
    if (from instanceof CType.PyObject && to instanceof CType.Struct s) {
      return s.type().convertsToPython() ? null : "Cannot convert Python object to '" + to.name() + "'";
    }
    return "Cannot assign type '" + from.name() + "' to '" + to.name() + "'";
  }
}
