/*
 * pyxc runtime: with statements (PEP 343).
 *
 * __enter__ and __exit__ are looked up on the type of the context manager, never on the
 * instance, as CPython does; a type without one is Cython's AttributeError naming the method.
 * __exit__ is bound first and kept; after the body it is called with three Nones, or with the
 * exception's type, value and traceback, whose truth says whether to suppress it.
 */

/* @piece pyxc_with_lookup */
/*
 * type(obj).NAME, borrowed (the type holds it), or NULL with AttributeError: NAME. *key caches
 * the interned name across calls.
 */
static PyObject *pyxc_with_lookup(PyObject *obj, const char *name, PyObject **key) {
    if (*key == NULL && (*key = PyUnicode_InternFromString(name)) == NULL) return NULL;
    PyObject *attr = _PyType_Lookup(Py_TYPE(obj), *key);
    if (attr == NULL && !PyErr_Occurred()) PyErr_SetObject(PyExc_AttributeError, *key);
    return attr;
}
/* @end */

/* @piece pyxc_with_exit_new */
/* type(mgr).__exit__ bound to mgr: a new reference. */
static PyObject *pyxc_with_exit_new(PyObject *mgr) {
    static PyObject *key;
    PyObject *exit = pyxc_with_lookup(mgr, "__exit__", &key);
    if (exit == NULL) return NULL;
    descrgetfunc get = Py_TYPE(exit)->tp_descr_get;
    return get ? get(exit, mgr, (PyObject *)Py_TYPE(mgr)) : Py_NewRef(exit);
}
/* @end */

/* @piece pyxc_with_enter_new */
/* type(mgr).__enter__(mgr): a new reference. A plain function or method descriptor is called
   with mgr as its first argument, without making a bound method. */
static PyObject *pyxc_with_enter_new(PyObject *mgr) {
    static PyObject *key;
    PyObject *enter = pyxc_with_lookup(mgr, "__enter__", &key);
    if (enter == NULL) return NULL;
    if (PyType_HasFeature(Py_TYPE(enter), Py_TPFLAGS_METHOD_DESCRIPTOR)) {
        Py_INCREF(enter);   /* the call may run code that deletes it from the type */
        PyObject *value = PyObject_Vectorcall(enter, &mgr, 1, NULL);
        Py_DECREF(enter);
        return value;
    }
    descrgetfunc get = Py_TYPE(enter)->tp_descr_get;
    PyObject *bound = get ? get(enter, mgr, (PyObject *)Py_TYPE(mgr)) : Py_NewRef(enter);
    if (bound == NULL) return NULL;
    PyObject *value = PyObject_CallNoArgs(bound);
    Py_DECREF(bound);
    return value;
}
/* @end */

/* @piece pyxc_with_exit_normally */
/* exit(None, None, None) after a body left without an exception: 0, or -1 with its error. */
static int pyxc_with_exit_normally(PyObject *exit) {
    PyObject *args[3] = {Py_None, Py_None, Py_None};
    PyObject *result = PyObject_Vectorcall(exit, args, 3, NULL);
    if (result == NULL) return -1;
    Py_DECREF(result);
    return 0;
}
/* @end */

/* @piece pyxc_with_exit_exc */
/* exit(type(exc), exc, traceback) for an exception the body raised: 1 to suppress it, 0 not to, -1 on error. */
static int pyxc_with_exit_exc(PyObject *exit, PyObject *exc) {
    PyObject *tb = PyException_GetTraceback(exc);
    PyObject *args[3] = {(PyObject *)Py_TYPE(exc), exc, tb ? tb : Py_None};
    PyObject *result = PyObject_Vectorcall(exit, args, 3, NULL);
    Py_XDECREF(tb);
    if (result == NULL) return -1;
    int suppress = PyObject_IsTrue(result);
    Py_DECREF(result);
    return suppress;
}
/* @end */
