/* Closures: the scope object of a call whose variables nested functions share, and the function
   objects those nested functions are. The scope types themselves are written per function by the
   compiler (their fields are the shared variables); these are the operations on their fields. */

/* @piece pyxc_cell_get */
/* A shared object variable read into a new reference; unassigned, Python's error: the defining
   function's UnboundLocalError, or a nested function's NameError for a free variable. */
static inline PyObject *pyxc_cell_get(PyObject *value, const char *name, int free) {
    if (likely(value != NULL)) return Py_NewRef(value);
    if (free) {
        PyErr_Format(PyExc_NameError, "free variable '%s' referenced before assignment in enclosing scope", name);
    } else {
        PyErr_Format(PyExc_UnboundLocalError, "local variable '%s' referenced before assignment", name);
    }
    return NULL;
}
/* @end */

/* @piece pyxc_mv_cell_get */
/* The same for a shared view: one more acquisition, or the error while unassigned (owner NULL). */
static inline pyxc_slice pyxc_mv_cell_get(const pyxc_slice *cell, const char *name, int free) {
    pyxc_slice s = *cell;
    if (unlikely(!s.owner)) {
        pyxc_cell_get(NULL, name, free);
        return s;
    }
    pyxc_mv_acquire(&s);
    return s;
}
/* @end */

/* @piece pyxc_cell_del */
/* del of a shared object variable: unassigned is the read's error; the value released after. */
static int pyxc_cell_del(PyObject **cell, const char *name, int free) {
    PyObject *old = *cell;
    if (unlikely(!old)) {
        pyxc_cell_get(NULL, name, free);
        return -1;
    }
    *cell = NULL;
    Py_DECREF(old);
    return 0;
}
/* @end */

/* @piece pyxc_make_function */
/* A def or lambda run inside a function: a builtin function object whose self is the scope of the
   call that made it (its closure; NULL at module level), so that its __qualname__ reads
   outer.<locals>.inner from the scope type's qualified name. New reference. */
static PyObject *pyxc_make_function(PyMethodDef *def, PyObject *scope, PyObject *globals) {
    return PyCFunction_NewEx(def, scope, PyDict_GetItemString(globals, "__name__"));
}
/* @end */

/* @piece pyxc_scope_type */
/* Makes a scope type from its spec and names it for __qualname__ (outer.<locals>). */
static PyTypeObject *pyxc_scope_type(PyType_Spec *spec, const char *qualname) {
    PyObject *t = PyType_FromSpec(spec);
    if (!t) return NULL;
    PyObject *q = PyUnicode_FromString(qualname);
    if (!q || PyObject_SetAttrString(t, "__qualname__", q) < 0) {
        Py_XDECREF(q);
        Py_DECREF(t);
        return NULL;
    }
    Py_DECREF(q);
    return (PyTypeObject *)t;
}
/* @end */
