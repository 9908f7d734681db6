package dev.pyxc.sema;

import java.util.Map;

/**
 * A builtin type an extension type may extend, as Cython allows it: the C struct its instances
 * begin with, its type object, whether it takes part in cyclic GC, and whether its instances have
 * a variable size (then a subclass can add no attribute: its data follows the base's items).
 */
public record BuiltinBase(String name, String struct, String typeObject, boolean gc, boolean variableSize) {
  private static BuiltinBase exception(String name) {
    return new BuiltinBase(name, "PyBaseExceptionObject", "((PyTypeObject *)PyExc_" + name + ")", true, false);
  }

  private static final Map<String, BuiltinBase> BASES = Map.ofEntries(
      Map.entry("list", new BuiltinBase("list", "PyListObject", "(&PyList_Type)", true, false)),
      Map.entry("dict", new BuiltinBase("dict", "PyDictObject", "(&PyDict_Type)", true, false)),
      Map.entry("set", new BuiltinBase("set", "PySetObject", "(&PySet_Type)", true, false)),
      Map.entry("frozenset", new BuiltinBase("frozenset", "PySetObject", "(&PyFrozenSet_Type)", true, false)),
      Map.entry("bytearray", new BuiltinBase("bytearray", "PyByteArrayObject", "(&PyByteArray_Type)", false, false)),
      Map.entry("float", new BuiltinBase("float", "PyFloatObject", "(&PyFloat_Type)", false, false)),
      Map.entry("complex", new BuiltinBase("complex", "PyComplexObject", "(&PyComplex_Type)", false, false)),
      Map.entry("int", new BuiltinBase("int", "PyLongObject", "(&PyLong_Type)", false, true)),
      Map.entry("str", new BuiltinBase("str", "PyUnicodeObject", "(&PyUnicode_Type)", false, true)),
      Map.entry("unicode", new BuiltinBase("str", "PyUnicodeObject", "(&PyUnicode_Type)", false, true)),
      Map.entry("bytes", new BuiltinBase("bytes", "PyBytesObject", "(&PyBytes_Type)", false, true)),
      Map.entry("tuple", new BuiltinBase("tuple", "PyTupleObject", "(&PyTuple_Type)", true, true)),
      Map.entry("BaseException", exception("BaseException")),
      Map.entry("Exception", exception("Exception")));

  /** The builtin base of that name, or null when pyxc cannot extend it. */
  public static BuiltinBase named(String name) {
    return BASES.get(name);
  }
}
