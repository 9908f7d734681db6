package dev.pyxc.ir;

import dev.pyxc.sema.CType;
import dev.pyxc.sema.CType.IntKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of runtime contracts. Each entry says what the call returns (new or borrowed),
 * what it steals and how it fails; C names follow the same rule ({@code ..._new} results are
 * new references). The builder only picks entries; the refcount pass only reads them.
 */
public final class Primitives {
  private Primitives() {}

  private static Primitive newRef(String name, String template) {
    return new Primitive(name, template, CType.OBJECT, false, Set.of(), ErrorKind.NULL);
  }

  /** A new reference that is exactly of builtin type {@code builtin} (a display's list, tuple, dict): no test where it is stored. */
  private static Primitive newRef(String name, String template, String builtin) {
    return new Primitive(name, template, CType.pyBuiltin(builtin), false, Set.of(), ErrorKind.NULL);
  }

  private static Primitive status(String name, String template) {
    return new Primitive(name, template, CType.INT, false, Set.of(), ErrorKind.NEG_ONE);
  }

  private static Primitive pure(String name, String template, CType result) {
    return new Primitive(name, template, result, false, Set.of(), ErrorKind.NEVER);
  }

  private static Primitive checked(String name, String template, CType result) {
    return new Primitive(name, template, result, false, Set.of(), ErrorKind.NEG_ONE_AND_ERR);
  }

  // Python number protocol: new references, NULL on error.
  public static final Primitive ADD = newRef("py_add", "PyNumber_Add(%0, %1)");
  public static final Primitive SUB = newRef("py_sub", "PyNumber_Subtract(%0, %1)");
  public static final Primitive MUL = newRef("py_mul", "PyNumber_Multiply(%0, %1)");
  public static final Primitive TRUEDIV = newRef("py_truediv", "PyNumber_TrueDivide(%0, %1)");
  public static final Primitive FLOORDIV = newRef("py_floordiv", "PyNumber_FloorDivide(%0, %1)");
  public static final Primitive MOD = newRef("py_mod", "PyNumber_Remainder(%0, %1)");
  public static final Primitive POW = newRef("py_pow", "PyNumber_Power(%0, %1, Py_None)");
  public static final Primitive LSHIFT = newRef("py_lshift", "PyNumber_Lshift(%0, %1)");
  public static final Primitive RSHIFT = newRef("py_rshift", "PyNumber_Rshift(%0, %1)");
  public static final Primitive AND = newRef("py_and", "PyNumber_And(%0, %1)");
  public static final Primitive OR = newRef("py_or", "PyNumber_Or(%0, %1)");
  public static final Primitive XOR = newRef("py_xor", "PyNumber_Xor(%0, %1)");
  public static final Primitive MATMUL = newRef("py_matmul", "PyNumber_MatrixMultiply(%0, %1)");
  public static final Primitive IADD = newRef("py_iadd", "PyNumber_InPlaceAdd(%0, %1)");
  public static final Primitive ISUB = newRef("py_isub", "PyNumber_InPlaceSubtract(%0, %1)");
  public static final Primitive IMUL = newRef("py_imul", "PyNumber_InPlaceMultiply(%0, %1)");
  public static final Primitive ITRUEDIV = newRef("py_itruediv", "PyNumber_InPlaceTrueDivide(%0, %1)");
  public static final Primitive IFLOORDIV = newRef("py_ifloordiv", "PyNumber_InPlaceFloorDivide(%0, %1)");
  public static final Primitive IMOD = newRef("py_imod", "PyNumber_InPlaceRemainder(%0, %1)");
  public static final Primitive IPOW = newRef("py_ipow", "PyNumber_InPlacePower(%0, %1, Py_None)");
  public static final Primitive ILSHIFT = newRef("py_ilshift", "PyNumber_InPlaceLshift(%0, %1)");
  public static final Primitive IRSHIFT = newRef("py_irshift", "PyNumber_InPlaceRshift(%0, %1)");
  public static final Primitive IAND = newRef("py_iand", "PyNumber_InPlaceAnd(%0, %1)");
  public static final Primitive IOR = newRef("py_ior", "PyNumber_InPlaceOr(%0, %1)");
  public static final Primitive IXOR = newRef("py_ixor", "PyNumber_InPlaceXor(%0, %1)");
  public static final Primitive IMATMUL = newRef("py_imatmul", "PyNumber_InPlaceMatrixMultiply(%0, %1)");
  public static final Primitive NEG = newRef("py_neg", "PyNumber_Negative(%0)");
  public static final Primitive POS = newRef("py_pos", "PyNumber_Positive(%0)");
  public static final Primitive INVERT = newRef("py_invert", "PyNumber_Invert(%0)");

  public static final Primitive RICHCOMPARE_LT = newRef("py_lt", "PyObject_RichCompare(%0, %1, Py_LT)");
  public static final Primitive RICHCOMPARE_LE = newRef("py_le", "PyObject_RichCompare(%0, %1, Py_LE)");
  public static final Primitive RICHCOMPARE_GT = newRef("py_gt", "PyObject_RichCompare(%0, %1, Py_GT)");
  public static final Primitive RICHCOMPARE_GE = newRef("py_ge", "PyObject_RichCompare(%0, %1, Py_GE)");
  public static final Primitive RICHCOMPARE_EQ = newRef("py_eq", "PyObject_RichCompare(%0, %1, Py_EQ)");
  public static final Primitive RICHCOMPARE_NE = newRef("py_ne", "PyObject_RichCompare(%0, %1, Py_NE)");
  /** {@code item in container}: 1, 0, or -1 on error. */
  public static final Primitive CONTAINS = status("py_contains", "PySequence_Contains(%1, %0)");
  /** The same for a container typed dict, set or frozenset, which may be None: Cython's message then. */
  public static final Primitive CONTAINS_NOT_NONE = status("py_contains_not_none", "pyxc_contains_not_none(%1, %0)");

  /** {@code item in container} for a container of this static type. */
  public static Primitive contains(CType container) {
    return container instanceof CType.PyObject o && o.builtin() != null
        && (o.builtin().equals("dict") || o.builtin().equals("set") || o.builtin().equals("frozenset")) ? CONTAINS_NOT_NONE : CONTAINS;
  }
  public static final Primitive IS = pure("py_is", "(%0 == %1)", CType.BINT);
  public static final Primitive IS_TRUE = status("py_is_true", "PyObject_IsTrue(%0)");

  /**
   * The truth of a value typed as a sized builtin (None is false): its length, read from the
   * object without calling into CPython (so also where the GIL is released, as Cython allows),
   * or null for another type.
   */
  public static Primitive truthOfSized(CType.PyObject t) {
    if (t.builtin() == null) return null;
    String size = switch (t.builtin()) {
      case "list" -> "PyList_GET_SIZE";
      case "tuple" -> "PyTuple_GET_SIZE";
      case "bytes" -> "PyBytes_GET_SIZE";
      case "bytearray" -> "PyByteArray_GET_SIZE";
      case "dict" -> "PyDict_GET_SIZE";
      case "set", "frozenset" -> "PySet_GET_SIZE";
      case "str" -> "PyUnicode_GET_LENGTH";
      default -> null;
    };
    return size == null ? null : new Primitive("truth_" + t.builtin(), "(%0 != Py_None && " + size + "(%0) != 0)", CType.BINT, false,
        Set.of(), ErrorKind.NEVER);
  }

  public static final Primitive GETATTR = newRef("py_getattr", "PyObject_GetAttr(%0, %1)");
  public static final Primitive SETATTR = status("py_setattr", "PyObject_SetAttr(%0, %1, %2)");
  public static final Primitive GETITEM = newRef("py_getitem", "PyObject_GetItem(%0, %1)");
  public static final Primitive SETITEM = status("py_setitem", "PyObject_SetItem(%0, %1, %2)");
  public static final Primitive DELITEM = status("py_delitem", "PyObject_DelItem(%0, %1)");
  public static final Primitive DELATTR = status("py_delattr", "PyObject_DelAttr(%0, %1)");
  public static final Primitive SLICE_NEW = newRef("py_slice_new", "PySlice_New(%0, %1, %2)");
  public static final Primitive TUPLE_PACK = newRef("py_tuple_pack", "PyTuple_Pack(%n, %*)", "tuple");
  public static final Primitive LIST_PACK = newRef("py_list_pack", "pyxc_list_pack_new(%n, %*)", "list");
  /** An empty set (a new reference), filled by {@link #SET_ADD}, which borrows both. */
  public static final Primitive SET_NEW = new Primitive("py_set_new", "PySet_New(NULL)", CType.pyBuiltin("set"), false, Set.of(),
      ErrorKind.NULL);
  public static final Primitive SET_ADD = status("py_set_add", "PySet_Add(%0, %1)");
  /** The empty containers a comprehension fills, and adding to them (arguments borrowed; status). */
  public static final Primitive LIST_NEW = newRef("py_list_new", "PyList_New(0)", "list");
  public static final Primitive DICT_NEW = newRef("py_dict_new", "PyDict_New()", "dict");
  public static final Primitive LIST_APPEND = status("py_list_append", "pyxc_list_append(%0, %1)");
  public static final Primitive DICT_SETITEM = status("py_dict_setitem", "PyDict_SetItem(%0, %1, %2)");
  /** Drops the exception just raised: a failed check_bound whose variable is then only left out. */
  public static final Primitive ERR_CLEAR = new Primitive("err_clear", "PyErr_Clear()", CType.VOID, false, Set.of(), ErrorKind.NEVER);
  /** Arguments alternate key, value; nothing is stolen. */
  public static final Primitive DICT_PACK = newRef("py_dict_pack", "pyxc_dict_pack_new(%n, %*)", "dict");
  /**
   * {@code s[i]} of a str (a Py_UCS4) or of bytes or a bytearray (a C int), read in C as Cython
   * reads it, with the wraparound and boundscheck directives; its errors are raised with the GIL taken.
   */
  public static Primitive itemInC(String builtin, boolean wraparound, boolean boundscheck) {
    String flags = (wraparound ? 1 : 0) + ", " + (boundscheck ? 1 : 0) + ")";
    return builtin.equals("str")
        ? new Primitive("item_str", "pyxc_str_item(%0, %1, " + flags, new CType.CInt(CType.IntKind.UCS4), false, Set.of(), ErrorKind.NEG_ONE)
        : new Primitive("item_bytes", "pyxc_bytes_item(%0, %1, " + (builtin.equals("bytearray") ? 1 : 0) + ", " + flags, CType.INT, false,
            Set.of(), ErrorKind.NEG_ONE);
  }

  /** {@code b[i] = v} of a bytearray with C values, as Cython stores it: {@code checked}, a ValueError outside range(0, 256). */
  public static Primitive bytearraySetInC(boolean checked, boolean wraparound, boolean boundscheck) {
    return status("item_bytearray_set", "pyxc_bytearray_set(%0, %1, (long)%2, " + (checked ? 1 : 0) + ", " + (wraparound ? 1 : 0) + ", "
        + (boundscheck ? 1 : 0) + ")");
  }

  /** {@code hash(x)} of an object, as Cython types it: a Py_hash_t (CPython never hashes to -1 but on error). */
  public static final Primitive HASH = new Primitive("py_hash", "PyObject_Hash(%0)", new CType.CInt(CType.IntKind.HASH_T), false, Set.of(), ErrorKind.NEG_ONE);
  /** {@code isinstance(x, cls)} as a C truth value (-1 with an exception, as CPython's). */
  public static final Primitive ISINSTANCE = new Primitive("py_isinstance", "PyObject_IsInstance(%0, %1)", CType.BINT, false, Set.of(),
      ErrorKind.NEG_ONE);
  /** {@code ord(x)} of an object as Cython computes it: a C long (-1 with ValueError or TypeError). */
  public static final Primitive ORD = new Primitive("py_ord", "pyxc_ord(%0)", CType.LONG, false, Set.of(), ErrorKind.NEG_ONE);
  public static final Primitive LEN = new Primitive("py_len", "PyObject_Length(%0)", CType.SSIZE_T, false, Set.of(), ErrorKind.NEG_ONE);
  public static final Primitive GET_ITER = newRef("py_get_iter", "PyObject_GetIter(%0)");
  /** {@code next(it)} and {@code next(it, default)} as Cython's (its TypeError for what is no iterator). */
  public static final Primitive NEXT = newRef("py_next", "pyxc_next(%0, NULL)");
  public static final Primitive NEXT_OR = newRef("py_next_or", "pyxc_next(%0, %1)");
  /** Next item as a new reference; NULL at the end (no exception) or on error (exception set). */
  public static final Primitive ITER_NEXT = newRef("py_iter_next", "PyIter_Next(%0)");
  /** After PyIter_Next returned NULL: -1 if that was an error. */
  public static final Primitive ITER_FINISHED = status("iter_finished", "pyxc_iter_finished()");
  public static final Primitive RAISE = new Primitive("raise", "pyxc_raise(%0, NULL)", CType.VOID, false, Set.of(), ErrorKind.ALWAYS);
  public static final Primitive RAISE_FROM = new Primitive("raise_from", "pyxc_raise(%0, %1)", CType.VOID, false, Set.of(), ErrorKind.ALWAYS);
  /** A cdef function returning a view ends without returning one: Cython's TypeError. */
  public static final Primitive RAISE_UNINITIALIZED_VIEW = new Primitive("raise_uninitialized_view",
      "PyErr_SetString(PyExc_TypeError, \"Memoryview return value is not initialized\")", CType.VOID, false, Set.of(), ErrorKind.ALWAYS);
  public static final Primitive RERAISE = new Primitive("reraise", "pyxc_reraise()", CType.VOID, false, Set.of(), ErrorKind.ALWAYS);
  /** A call of a cdef function: arguments borrowed, result owned, failure as its signature says. */
  public static Primitive cdefCall(dev.pyxc.sema.CFunction f) {
    return cdefCall(f, CSymbols.cdefName(f));
  }

  /**
   * A call of a C function a header declares, whose parameters typed as an extern class take
   * pointers to its instance struct ({@code structs.get(i)}, null for the others): the object
   * passed is cast to that struct, as the header's prototype wants it.
   */
  public static Primitive externCall(dev.pyxc.sema.CFunction f, java.util.List<String> structs) {
    if (structs.stream().allMatch(java.util.Objects::isNull)) return cdefCall(f);
    StringBuilder t = new StringBuilder(CSymbols.cdefName(f)).append('(');
    for (int i = 0; i < structs.size(); i++) {
      t.append(i > 0 ? ", " : "").append(structs.get(i) == null ? "" : "(" + structs.get(i) + " *)").append('%').append(i);
    }
    return new Primitive("cdef_" + f.name(), t.append(')').toString(), f.returnType(), false, Set.of(), errorKind(f.propagation()));
  }

  /** The same call of the compiled body itself: no dispatch to a Python override ({@code Base.m(self)}). */
  public static Primitive cdefBodyCall(dev.pyxc.sema.CFunction f) {
    return cdefCall(f, CSymbols.cdefBodyName(f));
  }

  private static Primitive cdefCall(dev.pyxc.sema.CFunction f, String cName) {
    boolean noArguments = f.params().isEmpty() && !f.takesVarargs();
    return new Primitive("cdef_" + f.name(), cName + (noArguments ? "()" : "(%*)"), f.returnType(), false,
        Set.of(), errorKind(f.propagation()));
  }

  /** How a caller learns that a C function raised, by its convention. */
  private static ErrorKind errorKind(dev.pyxc.sema.CFunction.Propagation p) {
    return switch (p) {
      case NULL -> ErrorKind.NULL;
      case VALUE_MINUS_ONE -> ErrorKind.NEG_ONE;
      case MAYBE_MINUS_ONE -> ErrorKind.NEG_ONE_AND_ERR;
      case ERR_OCCURRED -> ErrorKind.ERR_OCCURRED;
      case NONE -> ErrorKind.NEVER;
    };
  }

  /** A call through a pointer to a C function (argument 0), with its type's exception convention. */
  public static Primitive functionPointerCall(CType.Function f) {
    StringBuilder t = new StringBuilder("(%0)(");
    for (int i = 1; i <= f.params().size(); i++) t.append(i > 1 ? ", " : "").append('%').append(i);
    return new Primitive("fptr_call", t.append(')').toString(), f.result(), false, Set.of(), errorKind(f.propagation()));
  }

  /** A cdef function's address, a value of pointer-to-function type. */
  public static Primitive functionAddress(dev.pyxc.sema.CFunction f, CType.Pointer type) {
    return new Primitive("cdef_address_" + f.name(), CSymbols.cdefName(f), type, false, Set.of(), ErrorKind.NEVER);
  }

  /** {@code a, b = obj}: a new tuple of exactly n items, NULL with Cython's ValueError otherwise. */
  public static Primitive unpack(int n) {
    return newRef("unpack_" + n, "pyxc_unpack_tuple(%0, " + n + ")");
  }

  /** {@code a, *b, c = obj}: a new tuple of before + 1 + after items, the middle one the list of those left over. */
  public static Primitive unpackStarred(int before, int after) {
    return newRef("unpack_starred_" + before + "_" + after, "pyxc_unpack_starred(%0, " + before + ", " + after + ")");
  }

  /** {@code {**m}} in a dict display: the mapping's items merged into the dict (0/-1). */
  public static final Primitive DICT_MERGE = status("dict_merge", "pyxc_dict_merge(%0, %1)");

  /** {@code {*a, b}}: a new set of the items of a list. */
  public static final Primitive SET_FROM_LIST = newRef("set_from_list", "PySet_New(%0)");

  /** Item i of a tuple made by {@link #unpack}: a new reference. */
  public static Primitive tupleItem(int i) {
    return new Primitive("tuple_item_" + i, "Py_NewRef(PyTuple_GET_ITEM(%0, " + i + "))", CType.OBJECT, false, Set.of(),
        ErrorKind.NEVER);
  }

  /** {@code exec(code, globals, locals)} (None for either missing): the runtime's, with Cython's rules and messages. */
  public static final Primitive EXEC =
      new Primitive("exec", "pyxc_exec(pyxc_m_dict, %0, %1, %2)", CType.OBJECT, false, Set.of(), ErrorKind.NULL);

  /** {@code globals()} in compiled code: the module's dict, as in Cython (the builtin would give the caller's). */
  public static final Primitive MODULE_GLOBALS =
      new Primitive("module_globals", "Py_NewRef(pyxc_m_dict)", CType.OBJECT, false, Set.of(), ErrorKind.NEVER);

  /** {@code del name} of a module global: NameError, as in Python, when it is not there. */
  public static final Primitive DEL_GLOBAL = status("del_global", "pyxc_del_global(pyxc_m_dict, %0)");
  /** A name read in a Python class body: the class namespace, then the globals, then builtins (NameError). */
  public static final Primitive NS_LOOKUP = newRef("ns_lookup", "pyxc_ns_lookup(%0, %1, pyxc_m_dict)");
  /**
   * A reference of its own to a value: {@code locals()} in a class body (the namespace itself, as
   * in Python), a borrowed value a generator keeps across a yield (see GeneratorFrames).
   */
  public static final Primitive OWN = new Primitive("own", "Py_NewRef(%0)", CType.OBJECT, false, Set.of(), ErrorKind.NEVER);
  /** {@code dir()} in a class body: the namespace's names, sorted. */
  public static final Primitive NS_DIR = newRef("ns_dir", "pyxc_ns_dir(%0)");
  /** {@code del name} in a class body: NameError when the namespace does not hold it, as Python's. */
  public static final Primitive NS_DEL = status("ns_del", "pyxc_ns_del(%0, %1)");

  /** Removes a module global if it is there (an {@code except ... as} name at its clause's end). */
  public static final Primitive UNBIND_GLOBAL = status("unbind_global", "pyxc_dict_del_if_present(pyxc_m_dict, %0)");

  /** Binds a module global: the module dict gets its own reference. */
  public static final Primitive IMPORT_STAR = status("import_star", "pyxc_import_star(pyxc_m_dict, %0, %1)");
  public static final Primitive SET_GLOBAL = status("set_global", "PyDict_SetItem(pyxc_m_dict, %0, %1)");

  /** {@code import name}: the top package, or with {@code leaf} (an {@code as}, a from-import) the module itself. */
  public static Primitive importModule(String name, boolean leaf) {
    return newRef("import", "pyxc_import(" + cString(name) + ", " + (leaf ? 1 : 0) + ")");
  }

  /**
   * An import from the module's package: {@code level} dots up ({@code from . import a}), or at
   * level -1 there first and then absolute (Python 2's implicit relative import); {@code fromlist}
   * (null for none) the names a from-import takes. See pyxc_import_level.
   */
  public static Primitive importFromPackage(String name, int level, List<String> fromlist, boolean leaf) {
    String names = fromlist == null ? "NULL"
        : "(const char *const[]){" + fromlist.stream().map(Primitives::cString).collect(java.util.stream.Collectors.joining(", ")) + ", NULL}";
    return newRef("import_level", "pyxc_import_level(pyxc_m_dict, " + cString(name) + ", " + level + ", " + names + ", " + (leaf ? 1 : 0) + ")");
  }

  /** {@code from m import name}: the attribute, or ImportError as Cython words it. */
  public static Primitive importFrom(String name) {
    return newRef("import_from", "pyxc_import_from(%0, " + cString(name) + ")");
  }

  // try/except/finally and assert
  /** The pending exception as one instance with its traceback: a new reference; clears the error. */
  public static final Primitive EXC_FETCH = new Primitive("exc_fetch", "pyxc_exc_fetch()", CType.OBJECT, false, Set.of(), ErrorKind.NEVER);
  /** Raises a fetched exception again as it was (steals it). */
  public static final Primitive EXC_RAISE_AGAIN = new Primitive("exc_raise_again", "pyxc_exc_raise_again(%0)", CType.VOID, false,
      Set.of(0), ErrorKind.ALWAYS);
  public static final Primitive EXC_MATCHES = pure("exc_matches", "PyErr_GivenExceptionMatches(%0, %1)", CType.BINT);
  /** sys.exception() before a handler starts: a new reference (None for none). */
  public static final Primitive EXC_HANDLED = new Primitive("exc_handled", "pyxc_exc_handled()", CType.OBJECT, false, Set.of(),
      ErrorKind.NEVER);
  /** Makes the (borrowed) exception the one being handled, for bare raise and sys.exception(). */
  public static final Primitive EXC_SET_HANDLED = pure("exc_set_handled", "PyErr_SetHandledException(%0)", CType.VOID);
  /** Puts back the exception handled before the handler (stolen). */
  public static final Primitive EXC_RESTORE_HANDLED = new Primitive("exc_restore_handled", "pyxc_exc_set_handled(%0)", CType.VOID,
      false, Set.of(0), ErrorKind.NEVER);
  /** {@code cython.view.memoryview(obj, flags)}: the exporter asked for a buffer with the flags, then Python's memoryview of it. */
  public static final Primitive VIEW_MEMORYVIEW = new Primitive("view_memoryview", "pyxc_view_memoryview(%0, %1)", CType.pyBuiltin("memoryview"),
      false, Set.of(), ErrorKind.NULL);
  /** The exception a finally body kept aside, dropped where an error of the body's own replaces it (with the GIL held). */
  public static final Primitive EXC_DROP = new Primitive("exc_drop", "Py_DECREF(%0)", CType.VOID, false, Set.of(0), ErrorKind.NEVER);
  // with statements (PEP 343): __enter__ and __exit__ are looked up on the type, as CPython does.
  /** type(mgr).__exit__ bound to mgr: a new reference; Cython's {@code AttributeError: __exit__} when the type has none. */
  public static final Primitive WITH_EXIT = newRef("with_exit", "pyxc_with_exit_new(%0)");
  /** type(mgr).__enter__(mgr): a new reference; {@code AttributeError: __enter__} when the type has none. */
  public static final Primitive WITH_ENTER = newRef("with_enter", "pyxc_with_enter_new(%0)");
  /** exit(None, None, None) when the body is left without an exception; its result is discarded. */
  public static final Primitive WITH_EXIT_NORMALLY = status("with_exit_normally", "pyxc_with_exit_normally(%0)");
  /** exit(type(exc), exc, traceback) for a fetched exception (borrowed): 1 if the result is true (suppress), else 0. */
  public static final Primitive WITH_EXIT_EXC = status("with_exit_exc", "pyxc_with_exit_exc(%0, %1)");
  /** The line a pending error was raised at, kept across a finally body that may set its own. */
  public static final Primitive LINENO_SAVE = pure("lineno_save", "pyxc_lineno", CType.INT);
  public static final Primitive LINENO_RESTORE = pure("lineno_restore", "pyxc_lineno = %0", CType.VOID);
  public static final Primitive ASSERTIONS_ENABLED = pure("assertions_enabled", "pyxc_assertions_enabled()", CType.BINT);
  public static final Primitive ASSERT_FAILED = new Primitive("assert_failed", "pyxc_assert_failed(NULL)", CType.VOID, false, Set.of(),
      ErrorKind.ALWAYS);
  public static final Primitive ASSERT_FAILED_MSG = new Primitive("assert_failed_msg", "pyxc_assert_failed(%0)", CType.VOID, false,
      Set.of(), ErrorKind.ALWAYS);

  /** Adds this frame's traceback entry to a handled exception, at the line its error was raised. */
  public static Primitive excAddTraceback(String qualifiedName, String sourceFile) {
    return pure("exc_add_traceback", "pyxc_exc_add_traceback(%0, " + cString(qualifiedName) + ", pyxc_lineno, "
        + cString(sourceFile) + ")", CType.VOID);
  }

  /**
   * {@code with nogil:} releases the GIL, keeping the thread state to take it back with; {@code
   * with gil:} takes it (from any thread, with or without it) and gives it back as it found it.
   * No object is touched: sema allows none inside ({@code NogilChecks}).
   */
  public static final Primitive GIL_RELEASE = new Primitive("gil_release", "PyEval_SaveThread()", new CType.Pointer(CType.VOID), false,
      Set.of(), ErrorKind.NEVER);
  /** In a nogil function, which may be called with or without it: the GIL released only when held (else NULL). */
  public static final Primitive GIL_RELEASE_IF_HELD = new Primitive("gil_release_if_held",
      "(PyGILState_Check() ? (void *)PyEval_SaveThread() : NULL)", new CType.Pointer(CType.VOID), false, Set.of(), ErrorKind.NEVER);
  public static final Primitive GIL_RESTORE_IF_RELEASED = new Primitive("gil_restore_if_released",
      "((%0) ? PyEval_RestoreThread((PyThreadState *)%0) : (void)0)", CType.VOID, false, Set.of(), ErrorKind.NEVER);
  /** A function bound to an instance: a {@code method} object (a cdef method named through an instance, as an object). */
  public static final Primitive METHOD_NEW = new Primitive("method_new", "PyMethod_New(%0, %1)", CType.OBJECT, false, Set.of(),
      ErrorKind.NULL);

  public static final Primitive GIL_ENSURE = new Primitive("gil_ensure", "(int)PyGILState_Ensure()", CType.INT, false, Set.of(),
      ErrorKind.NEVER);
  public static final Primitive GIL_ENSURE_RELEASE = new Primitive("gil_ensure_release", "PyGILState_Release((PyGILState_STATE)%0)",
      CType.VOID, false, Set.of(), ErrorKind.NEVER);

  /** Language level 2's {@code raise E, V, tb}, all borrowed: always fails. */
  public static final Primitive RAISE_LEGACY = new Primitive("raise_legacy", "pyxc_raise_legacy(%0, %1, %2)", CType.VOID, false, Set.of(),
      ErrorKind.ALWAYS);

  public static final Primitive RANGE_STEP_ZERO = new Primitive("range_step_zero", "pyxc_range_step_zero()", CType.VOID, false, Set.of(), ErrorKind.ALWAYS);

  // Boxing: C scalar -> new reference.
  public static final Primitive BOX_DOUBLE = newRef("box_double", "PyFloat_FromDouble(%0)");
  public static final Primitive BOX_BINT = newRef("box_bint", "pyxc_bool_new(%0)");
  private static final Primitive BOX_LL = newRef("box_longlong", "PyLong_FromLongLong(%0)");
  private static final Primitive BOX_ULL = newRef("box_ulonglong", "PyLong_FromUnsignedLongLong(%0)");

  // Unboxing: object -> C scalar, raising TypeError/OverflowError as Cython does.
  public static final Primitive UNBOX_DOUBLE = checked("unbox_double", "pyxc_as_double(%0)", CType.DOUBLE);
  public static final Primitive UNBOX_FLOAT = checked("unbox_float", "(float)pyxc_as_double(%0)", CType.FLOAT);
  private static final Primitive UNBOX_LONGDOUBLE = checked("unbox_longdouble", "(long double)pyxc_as_double(%0)", CType.LONGDOUBLE);
  /** A C complex as Python's complex (its parts as doubles, as Cython converts them). */
  private static final Primitive BOX_COMPLEX = newRef("box_complex", "PyComplex_FromDoubles((double)__real__(%0), (double)__imag__(%0))");

  /**
   * Any number (or object with {@code __complex__}, {@code __float__}, {@code __index__}) as a C
   * complex, TypeError otherwise: CPython's own conversion, as Cython uses it.
   */
  private static Primitive unboxComplex(CType.CComplex t) {
    return checked("unbox_" + t.name().replace(' ', '_'), "(" + CSpelling.bare(t) + ")pyxc_as_complex(%0)", t);
  }
  private static final Map<IntKind, Primitive> UNBOX_INT = new EnumMap<>(IntKind.class);
  /** The limits the runtime's checked conversions take for each C integer kind they name (pyxc_convert.c). */
  /**
   * The kinds whose header typedefs convert by the header's size and signedness; Py_ssize_t's keep
   * its index-only conversion, code points theirs.
   */
  private static final Set<IntKind> HEADER_SIZED = EnumSet.complementOf(EnumSet.of(IntKind.SSIZE_T, IntKind.HASH_T, IntKind.UCS4, IntKind.UNICODE));

  /** Whether an integer is a header's typedef converted by the header's size and signedness (see HEADER_SIZED). */
  public static boolean headerSized(CType.CInt i) {
    return i.typedefName() != null && i.cpdefEnum() == null && HEADER_SIZED.contains(i.kind());
  }

  static {
    for (IntKind k : IntKind.values()) {
      UNBOX_INT.put(k, checked("unbox_" + suffix(k), "pyxc_as_" + suffix(k) + "(%0)", new CType.CInt(k)));
    }
  }

  /** The runtime's name suffix for a C integer kind ({@code pyxc_as_ulong}). */
  public static String suffix(IntKind k) {
    return switch (k) {
      case CHAR -> "char";
      case SCHAR -> "schar";
      case UCHAR -> "uchar";
      case SHORT -> "short";
      case USHORT -> "ushort";
      case INT -> "int";
      case UINT -> "uint";
      case LONG -> "long";
      case ULONG -> "ulong";
      case LONGLONG -> "longlong";
      case ULONGLONG -> "ulonglong";
      case SSIZE_T -> "ssize_t";
      case SIZE_T -> "size_t";
      case HASH_T -> "hash_t";
      case PTRDIFF_T -> "ptrdiff_t";
      case UCS4 -> "py_ucs4";
      case UNICODE -> "py_unicode";
    };
  }

  /** A code point as a one-character str, as Cython converts a Py_UCS4 (ValueError beyond U+10FFFF). */
  public static final Primitive BOX_UCS4 = newRef("box_py_ucs4", "PyUnicode_FromOrdinal((int)%0)", "str");

  public static Primitive box(CType t) {
    if (t instanceof CType.CFloat f) {
      return BOX_DOUBLE;
    } else if (dev.pyxc.sema.Types.isSoftComplex(t)) {
      return PowerPrimitives.SOFT_COMPLEX_BOX;
    } else if (t instanceof CType.CComplex) {
      return BOX_COMPLEX;
    } else if (t instanceof CType.BInt b) {
      return BOX_BINT;
    } else if (t instanceof CType.CInt i && i.cpdefEnum() != null) {
      // A cpdef enum's value is its member (a pseudo-member for a value that has none, as in Cython).
      return newRef("box_enum", "pyxc_cpdef_enum_member(" + cpdefEnumClass(i.cpdefEnum()) + ", (long long)%0)");
    } else if (dev.pyxc.sema.Types.isUcs4(t)) {
      return BOX_UCS4;
    } else if (t instanceof CType.CInt i && headerSized(i)) {
      return newRef("box_" + CSymbols.ident(i.typedefName()), "pyxc_box_header_int(%0, " + i.typedefName() + ")");
    } else if (t instanceof CType.CInt i) {
      return i.kind().signed ? BOX_LL : BOX_ULL;
    } else {
      throw new IllegalArgumentException("cannot box " + t);
    }
  }

  /** The module's static holding a cpdef enum's class. */
  public static String cpdefEnumClass(String name) {
    return "pyxc_cpe_" + CSymbols.ident(name);
  }

  public static Primitive unbox(CType t) {
    if (t instanceof CType.CFloat f) {
      return f.kind() == CType.FloatKind.FLOAT ? UNBOX_FLOAT : f.kind() == CType.FloatKind.DOUBLE ? UNBOX_DOUBLE : UNBOX_LONGDOUBLE;
    } else if (t instanceof CType.BInt b) {
      return IS_TRUE;
    } else if (t instanceof CType.CComplex c) {
      return unboxComplex(c);
    } else if (t instanceof CType.CInt i) {
      if (headerSized(i)) {
        // A header typedef's conversion, by its real size and signedness and named as Cython names it
        // (`value too large to convert to npy_int8`).
        return checked("unbox_" + CSymbols.ident(i.typedefName()),
            "pyxc_as_header_int((%0), " + i.typedefName() + ", \"" + i.typedefName() + "\")", i);
      }
      return UNBOX_INT.get(i.kind());
    } else {
      throw new IllegalArgumentException("cannot unbox to " + t);
    }
  }

  // Casts between object types (Cython's <list>x, <list?>x): see CastLowering.
  /**
   * The same object under another static type: steals its operand's reference and returns it as
   * its own, so a cast needs no ownership rule of its own (an operand still used afterwards, or
   * borrowed, gets an inc_ref from the refcount pass like any stolen value).
   * <pre>
   *   inc_ref x  # borrowed value stolen by retype_list: take a reference
   *   %2 = retype_list steal x
   * </pre>
   */
  public static Primitive retype(CType.PyObject to) {
    return new Primitive("retype_" + (to.isExtType() ? to.extType() : to.builtin()), "%0", to, false, Set.of(0), ErrorKind.NEVER);
  }

  /**
   * An object stored where a builtin type is declared ({@code cdef list l = x}): exactly that
   * type, or None; Cython's {@code Expected list, got tuple} otherwise.
   */
  public static Primitive builtinTypeTest(CType.PyObject to) {
    return status("assign_test_" + to.builtin(), "pyxc_builtin_type_test(%0, &" + builtinTypeObject(to.builtin()) + ", "
        + cString(to.builtin()) + ")");
  }

  /** Whether a builtin type has a run-time test (the others are only ever inferred, never declared). */
  public static boolean hasTypeTest(String builtin) {
    return builtinTypeObject(builtin) != null;
  }

  /** The C type object of a builtin type that has a run-time test, or null. */
  public static String builtinTypeObject(String builtin) {
    return switch (builtin) {
      case "list" -> "PyList_Type";
      case "dict" -> "PyDict_Type";
      case "tuple" -> "PyTuple_Type";
      case "str" -> "PyUnicode_Type";
      case "bytes" -> "PyBytes_Type";
      case "bytearray" -> "PyByteArray_Type";
      case "set" -> "PySet_Type";
      case "frozenset" -> "PyFrozenSet_Type";
      case "type" -> "PyType_Type";
      case "range" -> "PyRange_Type";
      case "slice" -> "PySlice_Type";
      case "memoryview" -> "PyMemoryView_Type";
      case "bool" -> "PyBool_Type";
      default -> null;
    };
  }

  /** An exact type test against a builtin type, None refused (Cython's {@code Expected list, got NoneType}). */
  public static Primitive typeTest(CType.PyObject to) {
    String typeObject = builtinTypeObject(to.builtin());
    if (typeObject == null) throw new IllegalArgumentException("no type test for " + to.builtin());
    return status("type_test_" + to.builtin(), "pyxc_type_test(%0, &" + typeObject + ", " + cString(to.builtin()) + ")");
  }

  /** {@code <list?>x} for an x already typed list: TypeError for None (Cython's {@code Cannot convert NoneType to list}). */
  public static Primitive noneTest(CType.PyObject to) {
    return status("none_test_" + to.builtin(), "pyxc_none_test(%0, " + cString(to.builtin()) + ")");
  }

  /** {@code <bytes>i} for a C integer: a new one-byte bytes object, OverflowError outside a byte. */
  public static Primitive byteOf(CType from) {
    boolean anyChar = from instanceof CType.CInt i && i.kind().bits == 8;
    return new Primitive("byte_new", "pyxc_byte_new((long long)%0, " + (anyChar ? 1 : 0) + ")", CType.pyBuiltin("bytes"), false,
        Set.of(), ErrorKind.NULL);
  }

  // C arithmetic with Python semantics (floor division, sign of modulo, ZeroDivisionError).
  public static Primitive cFloorDiv(CType t) {
    return checked("c_floordiv", cFunc("floordiv", t) + "(%0, %1)", t);
  }

  /**
   * The cdivision_warnings directive's RuntimeWarning after {@code a // b} or {@code a % b} (%0,
   * %1) of opposite signs, attributed to the source line (no registry: each one is shown).
   */
  public static Primitive cdivisionWarning(String sourceFile, int line, String module) {
    return new Primitive("cdivision_warning", "pyxc_cdivision_warning((%0 < 0) ^ (%1 < 0), " + cString(sourceFile)
        + ", " + line + ", " + cString(module) + ")", CType.INT, false, Set.of(), ErrorKind.NEG_ONE);
  }

  /** {@code a % b} and {@code a // b} of C floats under cdivision=True, as C computes them (Cython's fmod and floor). */
  public static Primitive cFloatModOrFloorDiv(boolean mod, CType.CFloat t) {
    String suffix = t.name().equals("float") ? "f" : t.name().equals("long double") ? "l" : "";
    String template = mod ? "fmod" + suffix + "(%0, %1)" : "floor" + suffix + "((%0) / (%1))";
    return new Primitive(mod ? "c_fmod" : "c_float_floordiv", template, t, false, Set.of(), ErrorKind.NEVER);
  }

  public static Primitive cMod(CType t) {
    return checked("c_mod", cFunc("mod", t) + "(%0, %1)", t);
  }

  /** True division of C numbers: ZeroDivisionError("float division"). */
  public static final Primitive C_TRUEDIV = checked("c_truediv", "pyxc_truediv_d(%0, %1)", CType.DOUBLE);
  private static String cFunc(String op, CType t) {
    if (t instanceof CType.CFloat) return "pyxc_" + op + "_d";
    CType.CInt i = (CType.CInt) t;
    return "pyxc_" + op + (i.kind().signed ? "_ll" : "_ull");
  }

  static String cString(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
