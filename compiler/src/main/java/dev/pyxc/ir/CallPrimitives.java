package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import java.util.Set;

/**
 * The runtime calls of a Python call with {@code *iterable} or {@code **mapping} arguments: the
 * positional arguments gathered into a list and then a tuple, the keywords into a dict (Cython's
 * checks: a mapping that is None, a keyword given twice), and the call itself. Every container
 * is a new reference owned by the caller; nothing is stolen.
 */
public final class CallPrimitives {
  private CallPrimitives() {}

  private static Primitive newRef(String name, String template) {
    return new Primitive(name, template, CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  }

  private static Primitive status(String name, String template) {
    return new Primitive(name, template, CType.INT, false, Set.of(), ErrorKind.NEG_ONE);
  }

  /** {@code f(*x)} alone: the items of x as a tuple. */
  public static final Primitive SEQUENCE_TUPLE = newRef("sequence_tuple", "PySequence_Tuple(%0)");
  /** {@code f(**x)}: no positional arguments. */
  public static final Primitive TUPLE_EMPTY = newRef("tuple_empty", "PyTuple_New(0)");
  /** The list gathering positional arguments when a {@code *x} comes first. */
  public static final Primitive LIST_EMPTY = newRef("list_empty", "PyList_New(0)");
  /** Appends one positional argument to the list being gathered. */
  public static final Primitive LIST_APPEND = status("list_append", "PyList_Append(%0, %1)");
  /** Appends the items of a {@code *x} argument to the list being gathered. */
  public static final Primitive LIST_EXTEND = status("list_extend", "pyxc_list_extend(%0, %1)");
  public static final Primitive LIST_AS_TUPLE = new Primitive("list_as_tuple", "PyList_AsTuple(%0)", CType.pyBuiltin("tuple"), false,
      Set.of(), ErrorKind.NULL);
  public static final Primitive DICT_NEW = new Primitive("dict_new", "PyDict_New()", CType.pyBuiltin("dict"), false, Set.of(),
      ErrorKind.NULL);
  /** The first {@code **x} when no keyword precedes it: a new dict of its items. */
  public static final Primitive KWARGS_COPY = newRef("kwargs_copy", "pyxc_kwargs_copy(%0)");
  /** {@code name=value} into the keywords dict; a name already there is Cython's error. */
  public static final Primitive KWARGS_ADD = status("kwargs_add", "pyxc_kwargs_add(%0, %1, %2)");
  /** A later {@code **x} merged into the keywords dict; a name already there is Cython's error. */
  public static final Primitive KWARGS_MERGE = status("kwargs_merge", "pyxc_kwargs_merge(%0, %1)");
  /** {@code callable(*args)}: the tuple of positional arguments, no keywords. */
  public static final Primitive CALL_TUPLE = newRef("call_tuple", "PyObject_Call(%0, %1, NULL)");
  /** {@code callable(*args, **kwargs)}. */
  public static final Primitive CALL_TUPLE_DICT = newRef("call_tuple_dict", "PyObject_Call(%0, %1, %2)");
}
