/*
 * pyxc runtime: extension types (cdef classes).
 *
 * The compiler writes each type's struct, slots and tables; these are the pieces they share:
 * storing into an owned field, reading a view field, the None test before a C attribute access,
 * type tests, and calling a fastcall method wrapper from the tuple-and-dict slots
 * (tp_new's __cinit__, tp_init's __init__).
 */

/* @piece pyxc_field_set */
/* A store into an object field: the field owns the stolen value and gives up the old one, after
   the store, so that code run by that release (a __del__) already sees the new value. */
static inline void pyxc_field_set(PyObject **field, PyObject *value) {
    PyObject *old = *field;
    *field = value;
    Py_XDECREF(old);
}
/* @end */

/* @piece pyxc_mv_field_set */
/* The same for a view field: it takes over the stolen acquisition and releases the old one. */
static inline void pyxc_mv_field_set(pyxc_slice *field, pyxc_slice value) {
    pyxc_slice old = *field;
    *field = value;
    pyxc_mv_release(&old);
}
/* @end */

/* @piece pyxc_mv_field_get */
/* A view field read into a value of its own: one more acquisition, or Cython's AttributeError
   while the field has never been assigned (owner NULL: the error result). */
static inline pyxc_slice pyxc_mv_field_get(const pyxc_slice *field) {
    pyxc_slice s = *field;
    if (unlikely(!s.owner)) {
        PyErr_SetString(PyExc_AttributeError, "Memoryview is not initialized");
        return s;
    }
    pyxc_mv_acquire(&s);
    return s;
}
/* @end */

/* @piece pyxc_attr_not_none */
/* A C-level attribute or cdef method of an extension-typed value that is None: the AttributeError
   Python would raise (Cython, with nonecheck off, would read through the None object). */
static int pyxc_attr_not_none(PyObject *o, const char *name) {
    if (likely(o != Py_None)) return 0;
    PyErr_Format(PyExc_AttributeError, "'NoneType' object has no attribute '%.200s'", name);
    return -1;
}
/* @end */

/* @piece pyxc_ext_type_test */
/* A value stored where an extension type is declared: an instance of it (or a subtype), or None
   when none_ok (a checked cast <T?>x refuses it). */
static int pyxc_ext_type_test(PyObject *o, PyTypeObject *type, int none_ok) {
    if (likely((none_ok && o == Py_None) || PyObject_TypeCheck(o, type))) return 0;
    PyErr_Format(PyExc_TypeError, "Cannot convert %.200s to %.200s", Py_TYPE(o)->tp_name, type->tp_name);
    return -1;
}
/* @end */

/* @piece pyxc_builtin_type_test */
/* A value stored where a builtin type is declared (cdef list l = x): exactly that type, or None. */
static int pyxc_builtin_type_test(PyObject *o, PyTypeObject *type, const char *name) {
    if (likely(Py_TYPE(o) == type || o == Py_None)) return 0;
    PyErr_Format(PyExc_TypeError, "Expected %.42s, got %.200s", name, Py_TYPE(o)->tp_name);
    return -1;
}
/* @end */

/* @piece pyxc_call_fastcall */
typedef PyObject *(*pyxc_fastcall_fn)(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames);

/* Calls a method wrapper (vectorcall convention) with the arguments of a tp_new or tp_init slot:
   a tuple and an optional dict. New reference, or NULL with an exception set. */
static PyObject *pyxc_call_fastcall(pyxc_fastcall_fn fn, PyObject *self, PyObject *args, PyObject *kwds) {
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    if (!kwds || PyDict_GET_SIZE(kwds) == 0) return fn(self, &PyTuple_GET_ITEM(args, 0), nargs, NULL);
    Py_ssize_t nkw = PyDict_GET_SIZE(kwds);
    PyObject **stack = PyMem_Malloc((size_t)(nargs + nkw) * sizeof(PyObject *));
    PyObject *kwnames = PyTuple_New(nkw);
    if (!stack || !kwnames) {
        PyMem_Free(stack);
        Py_XDECREF(kwnames);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < nargs; i++) stack[i] = PyTuple_GET_ITEM(args, i);
    Py_ssize_t pos = 0, i = 0;
    PyObject *key, *value;
    while (PyDict_Next(kwds, &pos, &key, &value)) {
        Py_INCREF(key);
        PyTuple_SET_ITEM(kwnames, i, key);
        stack[nargs + i] = value;
        i++;
    }
    /* The dict is the caller's; its values stay alive while the call borrows them. */
    PyObject *r = fn(self, stack, nargs, kwnames);
    PyMem_Free(stack);
    Py_DECREF(kwnames);
    return r;
}
/* @end */

/* @piece pyxc_call_dealloc */
/* Runs __dealloc__ while an instance is being destroyed: the instance is alive again for the call
   (so the method may use it), an exception it raises is reported as unraisable, and one that was
   being handled when the destruction began is kept. */
static void pyxc_call_dealloc(PyObject *o, PyObject *(*dealloc)(PyObject *)) {
    PyObject *et, *ev, *tb;
    PyErr_Fetch(&et, &ev, &tb);
    Py_SET_REFCNT(o, Py_REFCNT(o) + 1);
    PyObject *r = dealloc(o);
    if (r) Py_DECREF(r);
    else PyErr_WriteUnraisable(o);
    Py_SET_REFCNT(o, Py_REFCNT(o) - 1);
    PyErr_Restore(et, ev, tb);
}
/* @end */

/* @piece pyxc_type_dict_set */
/* Module init, after PyType_Ready: an entry of a static type's dict (a class attribute, a
   classmethod), stealing the value (NULL: the error that made it). The type's method cache is
   told. */
static int pyxc_type_dict_set(PyTypeObject *type, const char *name, PyObject *value) {
    if (!value) return -1;
    int r = PyDict_SetItemString(type->tp_dict, name, value);
    Py_DECREF(value);
    PyType_Modified(type);
    return r;
}
/* @end */

/* @piece pyxc_classmethod_new */
/* A classmethod object around a builtin function made from def: what Cython puts in a cdef
   class's dict for @classmethod. New reference, or NULL. */
static PyObject *pyxc_classmethod_new(PyMethodDef *def) {
    PyObject *f = PyCFunction_NewEx(def, NULL, NULL);
    if (!f) return NULL;
    PyObject *cm = PyClassMethod_New(f);
    Py_DECREF(f);
    return cm;
}
/* @end */
