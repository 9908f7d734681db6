/*
 * Sharing C functions and variables between modules, as Cython does: a module whose .pxd
 * declares them puts a capsule of each one's address in its __pyx_capi__ dict, named by its C
 * signature; a module that cimports them takes the addresses at import, checking each name.
 */

/* @piece pyxc_capi_export */
/* Adds one capsule to a module's __pyx_capi__ dict. */
static int pyxc_capi_export(PyObject *capi, const char *name, void *p, const char *sig) {
    PyObject *cap = PyCapsule_New(p, sig, NULL);
    int rc = cap ? PyDict_SetItemString(capi, name, cap) : -1;
    Py_XDECREF(cap);
    return rc;
}
/* @end */

/* @piece pyxc_capi_import */
/*
 * Stores in *p the address module `module` exports as `name` (a C function when `function`, else
 * a variable), importing the module; Cython's ImportError when it exports no such name and
 * TypeError when the signature differs from the one this module was compiled against.
 */
static int pyxc_capi_import(const char *module, const char *name, void **p, const char *sig, int function) {
    const char *kind = function ? "function" : "variable";
    PyObject *m = PyImport_ImportModule(module);
    if (!m) return -1;
    PyObject *d = PyObject_GetAttrString(m, "__pyx_capi__");
    Py_DECREF(m);
    if (!d) return -1;
    PyObject *cap = PyDict_GetItemString(d, name);
    if (!cap) {
        PyErr_Format(PyExc_ImportError, "%.200s does not export expected C %s %.200s", module, kind, name);
        Py_DECREF(d);
        return -1;
    }
    if (!PyCapsule_IsValid(cap, sig)) {
        PyErr_Format(PyExc_TypeError, "C %s %.200s.%.200s has wrong signature (expected %.500s, got %.500s)", kind, module,
                     name, sig, PyCapsule_GetName(cap));
        Py_DECREF(d);
        return -1;
    }
    *p = PyCapsule_GetPointer(cap, sig);
    Py_DECREF(d);
    return *p ? 0 : -1;
}
/* @end */
