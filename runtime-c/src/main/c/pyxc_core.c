/*
 * pyxc runtime: core pieces. Each piece below is pasted into a generated module only when the
 * module's C names one of the functions it provides (see RuntimeBundler). Pieces are plain C99
 * against the CPython API; none of them keeps global state.
 */

/* @piece pyxc_add_traceback */
/* Adds a frame "File FILE, line LINE, in FUNC" to the traceback of the current exception. */
static void pyxc_add_traceback(const char *funcname, int lineno, const char *filename) {
    _PyTraceback_Add(funcname, filename, lineno);
}
/* @end */

/* @piece pyxc_any_thread */
/*
 * What code that may run without the GIL (a nogil function, a `with nogil:` block) does when it
 * fails: each takes the GIL for the moment it needs it (PyGILState_Ensure, which a thread holding
 * the GIL may call too), as Cython's generated code does. Cold paths only.
 */
static void pyxc_set_error_any_thread(PyObject *type, const char *message) {
    PyGILState_STATE s = PyGILState_Ensure();
    PyErr_SetString(type, message);
    PyGILState_Release(s);
}

static void pyxc_format_error_any_thread(PyObject *type, const char *format, ...) {
    va_list args;
    va_start(args, format);
    PyGILState_STATE s = PyGILState_Ensure();
    PyErr_FormatV(type, format, args);
    PyGILState_Release(s);
    va_end(args);
}

static int pyxc_err_occurred_any_thread(void) {
    if (PyGILState_Check()) return PyErr_Occurred() != NULL;
    PyGILState_STATE s = PyGILState_Ensure();
    int r = PyErr_Occurred() != NULL;
    PyGILState_Release(s);
    return r;
}

static void pyxc_add_traceback_any_thread(const char *funcname, int lineno, const char *filename) {
    PyGILState_STATE s = PyGILState_Ensure();
    _PyTraceback_Add(funcname, filename, lineno);
    PyGILState_Release(s);
}

/* @end */

/* @piece pyxc_get_global */
/* Module globals first, then builtins; a new reference, or NULL with NameError. */
static PyObject *pyxc_get_global(PyObject *globals, PyObject *name) {
    PyObject *v = PyDict_GetItemWithError(globals, name);
    if (v) { Py_INCREF(v); return v; }
    if (PyErr_Occurred()) return NULL;
    v = PyDict_GetItemWithError(PyEval_GetBuiltins(), name);
    if (v) { Py_INCREF(v); return v; }
    if (!PyErr_Occurred()) PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    return NULL;
}

/* A global read at one place of the code remembers what it found and the versions of the dicts it
   looked in (as Cython's module-global cache does): while neither dict has changed, the value is
   still theirs (and alive) and no lookup is needed. CPython 3.12 deprecates the dict versions; there
   every read looks the name up. */
typedef struct {
    uint64_t globals_version, builtins_version;
    PyObject *builtins;     /* the builtins dict the value came from, or NULL for a module global */
    PyObject *value;        /* borrowed from the dict that holds it */
} pyxc_global_cache;

static inline PyObject *pyxc_get_global_cached(PyObject *globals, PyObject *name, pyxc_global_cache *c) {
#if PY_VERSION_HEX < 0x030C0000
    if (c->value != NULL && c->globals_version == ((PyDictObject *)globals)->ma_version_tag
        && (c->builtins == NULL || c->builtins_version == ((PyDictObject *)c->builtins)->ma_version_tag)) {
        return Py_NewRef(c->value);
    }
    PyObject *v = PyDict_GetItemWithError(globals, name);
    if (v) {
        c->globals_version = ((PyDictObject *)globals)->ma_version_tag;
        c->builtins = NULL;
        c->value = v;
        return Py_NewRef(v);
    }
    if (PyErr_Occurred()) return NULL;
    PyObject *builtins = PyEval_GetBuiltins();
    v = PyDict_GetItemWithError(builtins, name);
    if (v) {
        c->globals_version = ((PyDictObject *)globals)->ma_version_tag;
        c->builtins = builtins;
        c->builtins_version = ((PyDictObject *)builtins)->ma_version_tag;
        c->value = v;
        return Py_NewRef(v);
    }
    if (!PyErr_Occurred()) PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    return NULL;
#else
    (void)c;
    return pyxc_get_global(globals, name);
#endif
}
/* @end */

/* @piece pyxc_unbound_local */
/* (also from nogil code: a view read before assignment there, which takes the GIL to raise) */
static int pyxc_unbound_local(const char *name) {
    pyxc_format_error_any_thread(PyExc_UnboundLocalError, "local variable '%s' referenced before assignment", name);
    return -1;
}
/* @end */

/* @piece pyxc_bool_new */
static PyObject *pyxc_bool_new(long v) {
    PyObject *r = v ? Py_True : Py_False;
    Py_INCREF(r);
    return r;
}
/* @end */

/* @piece pyxc_list_append */
/* A comprehension's append: into the room the list already has when there is some (no call, as
   CPython's own LIST_APPEND does), else PyList_Append. Borrows x; status. */
static inline int pyxc_list_append(PyObject *list, PyObject *x) {
    PyListObject *l = (PyListObject *)list;
    Py_ssize_t n = Py_SIZE(l);
    if (l->allocated > n) {
        PyList_SET_ITEM(list, n, Py_NewRef(x));
        Py_SET_SIZE(l, n + 1);
        return 0;
    }
    return PyList_Append(list, x);
}
/* @end */

/* @piece pyxc_list_pack_new */
/* A new list of n items; the items are borrowed (the list takes its own references). */
static PyObject *pyxc_list_pack_new(Py_ssize_t n, ...) {
    va_list va;
    PyObject *list = PyList_New(n);
    if (!list) return NULL;
    va_start(va, n);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = va_arg(va, PyObject *);
        Py_INCREF(item);
        PyList_SET_ITEM(list, i, item);
    }
    va_end(va);
    return list;
}
/* @end */

/* @piece pyxc_dict_pack_new */
/* A new dict from n borrowed arguments alternating key, value. */
static PyObject *pyxc_dict_pack_new(Py_ssize_t n, ...) {
    va_list va;
    PyObject *dict = PyDict_New();
    if (!dict) return NULL;
    va_start(va, n);
    for (Py_ssize_t i = 0; i + 1 < n; i += 2) {
        PyObject *k = va_arg(va, PyObject *);
        PyObject *v = va_arg(va, PyObject *);
        if (PyDict_SetItem(dict, k, v) < 0) { va_end(va); Py_DECREF(dict); return NULL; }
    }
    va_end(va);
    return dict;
}
/* @end */

/* @piece pyxc_iter_finished */
/* After PyIter_Next returned NULL: 0 when the iterator is exhausted, -1 when it raised. */
static int pyxc_iter_finished(void) {
    if (!PyErr_Occurred()) return 0;
    if (PyErr_ExceptionMatches(PyExc_StopIteration)) { PyErr_Clear(); return 0; }
    return -1;
}
/* @end */

/* @piece pyxc_raise */
/* Python's `raise exc [from cause]`: classes are instantiated; cause NULL when absent. */
static void pyxc_raise(PyObject *exc, PyObject *cause) {
    PyObject *value = NULL;
    if (PyExceptionClass_Check(exc)) {
        value = PyObject_CallNoArgs(exc);
        if (!value) return;
        if (!PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError,
                "calling %R should have returned an instance of BaseException, not %R", exc, Py_TYPE(value));
            Py_DECREF(value);
            return;
        }
    } else if (PyExceptionInstance_Check(exc)) {
        value = exc;
        Py_INCREF(value);
    } else {
        PyErr_SetString(PyExc_TypeError, "raise: exception class must be a subclass of BaseException");
        return;
    }
    if (cause) {
        PyObject *fixed = NULL;
        if (cause == Py_None) {
            fixed = NULL;
        } else if (PyExceptionClass_Check(cause)) {
            fixed = PyObject_CallNoArgs(cause);
            if (!fixed) { Py_DECREF(value); return; }
        } else if (PyExceptionInstance_Check(cause)) {
            fixed = cause;
            Py_INCREF(fixed);
        } else {
            PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
            Py_DECREF(value);
            return;
        }
        PyException_SetCause(value, fixed);
    }
    PyErr_SetObject((PyObject *)Py_TYPE(value), value);
    Py_DECREF(value);
}
/* @end */

/* @piece pyxc_raise_legacy */
/* Language level 2's `raise E, V, tb` (tb None when not given), as Cython raises it: V an instance
   of class E is raised itself, a tuple gives E's arguments, None none, anything else the one. */
static void pyxc_raise_legacy(PyObject *type, PyObject *value, PyObject *tb) {
    PyObject *instance;
    if (tb != Py_None && !PyTraceBack_Check(tb)) {
        PyErr_SetString(PyExc_TypeError, "raise: arg 3 must be a traceback or None");
        return;
    }
    if (PyExceptionInstance_Check(type)) {
        if (value != Py_None) {
            PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
            return;
        }
        instance = Py_NewRef(type);
    } else if (PyExceptionClass_Check(type)) {
        if (PyObject_TypeCheck(value, (PyTypeObject *)type)) {
            instance = Py_NewRef(value);
        } else {
            PyObject *args = value == Py_None ? PyTuple_New(0) : PyTuple_Check(value) ? Py_NewRef(value) : PyTuple_Pack(1, value);
            if (!args) return;
            instance = PyObject_Call(type, args, NULL);
            Py_DECREF(args);
            if (!instance) return;
            if (!PyExceptionInstance_Check(instance)) {
                PyErr_Format(PyExc_TypeError, "calling %R should have returned an instance of BaseException, not %R", type,
                             Py_TYPE(instance));
                Py_DECREF(instance);
                return;
            }
        }
    } else {
        PyErr_SetString(PyExc_TypeError, "raise: exception class must be a subclass of BaseException");
        return;
    }
    if (tb != Py_None && PyException_SetTraceback(instance, tb) < 0) {
        Py_DECREF(instance);
        return;
    }
    PyErr_SetObject((PyObject *)Py_TYPE(instance), instance);
    Py_DECREF(instance);
}
/* @end */

/* @piece pyxc_reraise */
/* Bare `raise`: re-raises the exception being handled, as the interpreter does. */
static void pyxc_reraise(void) {
    PyObject *exc = PyErr_GetHandledException();
    if (!exc || exc == Py_None) {
        Py_XDECREF(exc);
        PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
        return;
    }
    PyErr_Restore((PyObject *)Py_TYPE(exc), exc, PyException_GetTraceback(exc));
    Py_INCREF(Py_TYPE(exc));
}
/* @end */

/* @piece pyxc_range_more */
#define pyxc_range_more(i, stop, step) ((step) > 0 ? (i) < (stop) : (i) > (stop))
/* @end */

/* @piece pyxc_range_step_zero */
static void pyxc_range_step_zero(void) {
    PyErr_SetString(PyExc_ValueError, "range() arg 3 must not be zero");
}
/* @end */

/* @piece pyxc_contains_not_none */
/* `x in d` for d typed dict, set or frozenset: None gets Cython's message, not Python's. */
static int pyxc_contains_not_none(PyObject *container, PyObject *item) {
    if (container == Py_None) {
        PyErr_SetString(PyExc_TypeError, "'NoneType' object is not iterable");
        return -1;
    }
    return PySequence_Contains(container, item);
}
/* @end */

/* @piece pyxc_dict_del_if_present */
/* del d[key], where a missing key is no error: 0, or -1 with an exception. */
static int pyxc_dict_del_if_present(PyObject *d, PyObject *key) {
    if (PyDict_DelItem(d, key) == 0) return 0;
    if (!PyErr_ExceptionMatches(PyExc_KeyError)) return -1;
    PyErr_Clear();
    return 0;
}
/* @end */

/* @piece pyxc_exec */
/* exec(code[, globals[, locals]]) and language level 2's exec statement, as Cython runs them:
   no (or None) globals is the module's dict, no (or None) locals the globals; a str is compiled
   as UTF-8 under the module's future flags; the messages are Cython's. */
static PyObject *pyxc_exec(PyObject *module_dict, PyObject *code, PyObject *globals, PyObject *locals) {
    if (!globals || globals == Py_None) {
        globals = module_dict;
    } else if (!PyDict_Check(globals)) {
        PyErr_Format(PyExc_TypeError, "exec() arg 2 must be a dict, not %.200s", Py_TYPE(globals)->tp_name);
        return NULL;
    }
    if (!locals || locals == Py_None) locals = globals;
    if (!PyDict_GetItemString(globals, "__builtins__") && PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins()) < 0) {
        return NULL;
    }
    if (PyCode_Check(code)) {
        if (PyCode_GetNumFree((PyCodeObject *)code) > 0) {
            PyErr_SetString(PyExc_TypeError, "code object passed to exec() may not contain free variables");
            return NULL;
        }
        return PyEval_EvalCode(code, globals, locals);
    }
    PyCompilerFlags flags = _PyCompilerFlags_INIT;
    const char *source;
    if (PyUnicode_Check(code)) {
        flags.cf_flags = PyCF_SOURCE_IS_UTF8;
        source = PyUnicode_AsUTF8(code);
        if (!source) return NULL;
    } else if (PyBytes_Check(code)) {
        source = PyBytes_AS_STRING(code);
    } else {
        PyErr_Format(PyExc_TypeError, "exec: arg 1 must be string, bytes or code object, got %.200s", Py_TYPE(code)->tp_name);
        return NULL;
    }
    PyEval_MergeCompilerFlags(&flags);
    return PyRun_StringFlags(source, Py_file_input, globals, locals, &flags);
}
/* @end */

/* @piece pyxc_del_global */
/* del name at module level (or of a global): Python's NameError when the module has no such name. */
static int pyxc_del_global(PyObject *d, PyObject *name) {
    if (PyDict_DelItem(d, name) == 0) return 0;
    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    }
    return -1;
}
/* @end */

/* @piece pyxc_str_const */
/* An interned str constant from UTF-8 bytes (names used as attributes and keywords compare fast);
 * a lone surrogate of the literal comes as its three bytes. */
static PyObject *pyxc_str_const(const char *utf8, Py_ssize_t len) {
    PyObject *s = PyUnicode_DecodeUTF8(utf8, len, "surrogatepass");
    if (s) PyUnicode_InternInPlace(&s);
    return s;
}
/* @end */

/* @piece pyxc_exc_fetch */
/*
 * try/except/finally. The pending exception is taken as one normalized instance carrying its
 * traceback (a new reference), matched, and either handled or raised again as it was.
 */
static PyObject *pyxc_exc_fetch(void) {
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb) PyException_SetTraceback(value, tb);
    Py_XDECREF(type);
    Py_XDECREF(tb);
    return value;
}
/* @end */

/* @piece pyxc_exc_raise_again */
/* Makes exc (stolen) the pending exception again, with the traceback it has. */
static void pyxc_exc_raise_again(PyObject *exc) {
    PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(exc)), exc, PyException_GetTraceback(exc));
}
/* @end */

/* @piece pyxc_exc_add_traceback */
/* A handled exception gets this frame's entry, as it would have had on its way out. */
static void pyxc_exc_add_traceback(PyObject *exc, const char *funcname, int lineno, const char *filename) {
    PyObject *type, *value, *tb;
    PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(exc)), Py_NewRef(exc), PyException_GetTraceback(exc));
    _PyTraceback_Add(funcname, filename, lineno);
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb) PyException_SetTraceback(value, tb);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
}
/* @end */

/* @piece pyxc_exc_handled */
/* The exception being handled (sys.exception()): a new reference, None when there is none. */
static PyObject *pyxc_exc_handled(void) {
    PyObject *e = PyErr_GetHandledException();
    return e ? e : Py_NewRef(Py_None);
}

/* Makes exc (stolen; None for none) the exception being handled. */
static void pyxc_exc_set_handled(PyObject *exc) {
    PyErr_SetHandledException(exc == Py_None ? NULL : exc);
    Py_DECREF(exc);
}
/* @end */

/* @piece pyxc_assert_failed */
/* A failed assert: AssertionError, with msg when given (NULL otherwise). */
static void pyxc_assert_failed(PyObject *msg) {
    if (msg) PyErr_SetObject(PyExc_AssertionError, msg);
    else PyErr_SetNone(PyExc_AssertionError);
}

/* Whether asserts run: not under python -O, as Cython 3 decides at run time. */
static int pyxc_assertions_enabled(void) {
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
    return !Py_OptimizeFlag;
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
}
/* @end */

/* @piece pyxc_write_unraisable */
/*
 * The exception of a noexcept cdef function cannot reach its caller: it is printed as
 * "Exception ignored in: 'mod.f'" and cleared, as Cython does.
 */
static void pyxc_write_unraisable(const char *qualname) {
    PyObject *name = PyUnicode_FromString(qualname);
    PyErr_WriteUnraisable(name);
    Py_XDECREF(name);
}
/* @end */

/* @piece pyxc_write_unraisable_traceback */
/* The exception of a noexcept function or a finalizer (__del__), as Cython reports it: printed with
   its traceback through sys.excepthook, then given to sys.unraisablehook with the qualified name,
   and cleared. */
static void pyxc_write_unraisable_traceback(const char *qualname) {
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    Py_XINCREF(t);
    Py_XINCREF(v);
    Py_XINCREF(tb);
    PyErr_Restore(t, v, tb);
    PyErr_PrintEx(0);
    PyErr_Restore(t, v, tb);
    pyxc_write_unraisable(qualname);
}
/* @end */

/* @piece pyxc_write_unraisable_plain_any_thread */
/* As above, without the traceback printed first (the unraisable_tracebacks directive off). */
static void pyxc_write_unraisable_plain_any_thread(const char *qualname) {
    PyGILState_STATE s = PyGILState_Ensure();
    pyxc_write_unraisable(qualname);
    PyGILState_Release(s);
}
/* @end */

/* @piece pyxc_write_unraisable_any_thread */
/* A nogil function's lost exception, reported as Cython does (its traceback printed first), with
   the GIL taken for the moment. */
static void pyxc_write_unraisable_any_thread(const char *qualname) {
    PyGILState_STATE s = PyGILState_Ensure();
    pyxc_write_unraisable_traceback(qualname);
    PyGILState_Release(s);
}
/* @end */

/* @piece pyxc_unpack_tuple */
/*
 * `a, b = obj`: exactly n items of obj as a new tuple, or NULL with ValueError in Cython's
 * words. Tuples of the right size are shared, other objects are iterated.
 */
static PyObject *pyxc_unpack_error(Py_ssize_t got, Py_ssize_t n) {
    if (got < n) {
        PyErr_Format(PyExc_ValueError, "need more than %zd value%.1s to unpack", got, got == 1 ? "" : "s");
    } else {
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %zd)", n);
    }
    return NULL;
}

static PyObject *pyxc_unpack_tuple(PyObject *obj, Py_ssize_t n) {
    PyObject *it, *t, *extra;
    Py_ssize_t i;
    if (PyTuple_CheckExact(obj)) {
        if (PyTuple_GET_SIZE(obj) != n) return pyxc_unpack_error(PyTuple_GET_SIZE(obj), n);
        return Py_NewRef(obj);
    }
    if (PyList_CheckExact(obj)) {
        if (PyList_GET_SIZE(obj) != n) return pyxc_unpack_error(PyList_GET_SIZE(obj), n);
        return PyList_AsTuple(obj);
    }
    it = PyObject_GetIter(obj);
    if (!it) return NULL;
    t = PyTuple_New(n);
    if (!t) { Py_DECREF(it); return NULL; }
    for (i = 0; i < n; i++) {
        PyObject *item = PyIter_Next(it);
        if (!item) {
            if (!PyErr_Occurred()) pyxc_unpack_error(i, n);
            goto fail;
        }
        PyTuple_SET_ITEM(t, i, item);
    }
    extra = PyIter_Next(it);
    if (extra) {
        Py_DECREF(extra);
        pyxc_unpack_error(n + 1, n);
        goto fail;
    }
    if (PyErr_Occurred()) goto fail;
    Py_DECREF(it);
    return t;
fail:
    Py_DECREF(it);
    Py_DECREF(t);
    return NULL;
}
/* @end */

/* @piece pyxc_dict_merge */
/* `{**m}` in a dict display: m's items merged into d, later keys winning; a value that is not a
   mapping is Python's TypeError. 0, or -1 with an exception. */
static int pyxc_dict_merge(PyObject *d, PyObject *m) {
    if (PyDict_Update(d, m) == 0) return 0;
    if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping", Py_TYPE(m)->tp_name);
    }
    return -1;
}
/* @end */

/* @piece pyxc_unpack_starred */
/* `a, *b, c = obj`: the items of obj as a new tuple of before + 1 + after, the middle one a list of
   the items left over; NULL with Cython's ValueError when there are fewer than before + after. */
static PyObject *pyxc_unpack_starred(PyObject *obj, Py_ssize_t before, Py_ssize_t after) {
    PyObject *items = PySequence_List(obj);
    if (!items) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(items);
    PyObject *t = NULL;
    if (n < before + after) {
        pyxc_unpack_error(n, before + after);
        goto done;
    }
    t = PyTuple_New(before + 1 + after);
    if (!t) goto done;
    for (Py_ssize_t i = 0; i < before; i++) PyTuple_SET_ITEM(t, i, Py_NewRef(PyList_GET_ITEM(items, i)));
    PyObject *rest = PyList_GetSlice(items, before, n - after);
    if (!rest) {
        Py_CLEAR(t);
        goto done;
    }
    PyTuple_SET_ITEM(t, before, rest);
    for (Py_ssize_t i = 0; i < after; i++) PyTuple_SET_ITEM(t, before + 1 + i, Py_NewRef(PyList_GET_ITEM(items, n - after + i)));
done:
    Py_DECREF(items);
    return t;
}
/* @end */

/* @piece pyxc_store_default */
/* A definition storing an evaluated default into the module's slot: the slot takes the reference
   (stolen) and releases the value it held, should the definition run again. */
static void pyxc_store_default(PyObject **slot, PyObject *value) {
    PyObject *old = *slot;
    *slot = value;
    Py_XDECREF(old);
}

/* An evaluated default read for a call that leaves it out (borrowed), or NameError while the
   definition that evaluates it has not run yet. */
static inline PyObject *pyxc_default_get(PyObject *slot, const char *param) {
    if (slot != NULL) return slot;
    PyErr_Format(PyExc_NameError, "default of '%s' not evaluated yet", param);
    return NULL;
}
/* @end */

/* @piece pyxc_type_full_name */
/* A type's name as Cython's messages give it: module-qualified but for builtins (int, mod.Point,
   mod.Outer.Inner). New reference, or NULL. */
static PyObject *pyxc_type_full_name(PyTypeObject *t) {
    PyObject *name = PyType_GetQualName(t);
    if (!name) return NULL;
    PyObject *module = PyObject_GetAttrString((PyObject *)t, "__module__");
    if (!module) {
        PyErr_Clear();
        return name;
    }
    PyObject *r = name;
    if (PyUnicode_Check(module) && PyUnicode_CompareWithASCIIString(module, "builtins") != 0) {
        r = PyUnicode_FromFormat("%U.%U", module, name);
        Py_DECREF(name);
    }
    Py_DECREF(module);
    return r;
}
/* @end */

/* @piece pyxc_next */
/* next(it[, dflt]) as Cython computes it: an object that is no iterator is its TypeError ("int
   object is not an iterator"); at the end, dflt (NULL: none) or StopIteration. New reference, or
   NULL with an exception. */
static PyObject *pyxc_next(PyObject *it, PyObject *dflt) {
    iternextfunc next = Py_TYPE(it)->tp_iternext;
    if (!next) {
        PyObject *name = pyxc_type_full_name(Py_TYPE(it));
        if (name) {
            PyErr_Format(PyExc_TypeError, "%U object is not an iterator", name);
            Py_DECREF(name);
        }
        return NULL;
    }
    PyObject *r = next(it);
    if (r) return r;
    if (PyErr_Occurred()) {
        if (!dflt || !PyErr_ExceptionMatches(PyExc_StopIteration)) return NULL;
        PyErr_Clear();
    }
    if (dflt) return Py_NewRef(dflt);
    PyErr_SetNone(PyExc_StopIteration);
    return NULL;
}
/* @end */
