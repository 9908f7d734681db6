/*
 * Sharing C functions, variables and types between modules, as Cython does: a module whose .pxd
 * declares them puts a capsule of each one's address in its __pyx_capi__ dict, named by its C
 * signature (a type's vtable in its dict); a module that cimports them takes the addresses at
 * import, checking each name. A module is in sys.modules while it initialises, for cycles.
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
 * TypeError when the signature differs from the one this module was compiled against. A fused
 * function's specialization is looked up as `legacy` (its older name) when not found as `name`.
 */
static int pyxc_capi_import(const char *module, const char *name, const char *legacy, void **p, const char *sig, int function) {
    const char *kind = function ? "function" : "variable";
    PyObject *m = PyImport_ImportModule(module);
    if (!m) return -1;
    PyObject *d = PyObject_GetAttrString(m, "__pyx_capi__");
    Py_DECREF(m);
    if (!d) return -1;
    PyObject *cap = PyDict_GetItemString(d, name);
    if (!cap && legacy) cap = PyDict_GetItemString(d, name = legacy);
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

/* @piece pyxc_import_enum_class */
/* The class of cpdef enum `name` cimported from `module`, imported at init and kept for the life of
   the process. A module that cannot give it (a .pxd without a module) leaves its values ints, as
   Cython does, with Cython's warning; None stands for that. New reference, or NULL. */
static PyObject *pyxc_import_enum_class(const char *module, const char *name) {
    PyObject *m = PyImport_ImportModule(module);
    PyObject *v = m ? PyObject_GetAttrString(m, name) : NULL;
    Py_XDECREF(m);
    if (v || !(PyErr_ExceptionMatches(PyExc_ImportError) || PyErr_ExceptionMatches(PyExc_AttributeError))) return v;
    PyErr_Clear();
    if (PyErr_WarnFormat(PyExc_UserWarning, 1, "enum class %s not importable from %s. You are probably using a cpdef enum "
                         "declared in a .pxd file that does not have a .py  or .pyx file.", name, module) < 0) {
        return NULL;
    }
    return Py_NewRef(Py_None);
}
/* @end */

/* @piece pyxc_import_type */
/*
 * The type `name` of module `module`, which this module declared from its .pxd with instances of
 * `size` bytes: Cython's TypeError when it is no type, ValueError when its instances are smaller
 * (a warning when larger; no check for size 0); with `vtable`, also its vtable from the
 * __pyx_vtable__ capsule in its dict. The reference is kept for the life of the process, as the
 * module's functions use it.
 */
static PyTypeObject *pyxc_import_type(const char *module, const char *name, size_t size, void **vtable) {
    PyObject *m = PyImport_ImportModule(module);
    if (!m) return NULL;
    PyObject *t = PyObject_GetAttrString(m, name);
    Py_DECREF(m);
    if (!t) return NULL;
    if (!PyType_Check(t)) {
        PyErr_Format(PyExc_TypeError, "%.200s.%.200s is not a type object", module, name);
        goto bad;
    }
    Py_ssize_t basicsize = ((PyTypeObject *)t)->tp_basicsize;
    /* A variable-sized type's struct may declare one item beyond its basic size (a tuple's first item). */
    Py_ssize_t itemsize = ((PyTypeObject *)t)->tp_itemsize;
    /* (the declared struct ends aligned: its first item takes at least a pointer's alignment, as Cython reckons) */
    if (itemsize && itemsize < (Py_ssize_t)sizeof(void *)) itemsize = sizeof(void *);
    if (size && (size_t)(basicsize + itemsize) < size) {
        PyErr_Format(PyExc_ValueError, "%.200s.%.200s size changed, may indicate binary incompatibility. "
                     "Expected %zd from C header, got %zd from PyObject", module, name, (Py_ssize_t)size, basicsize + itemsize);
        goto bad;
    }
    if (size && (size_t)basicsize > size && PyErr_WarnFormat(NULL, 0, "%.200s.%.200s size changed, may indicate binary incompatibility. "
                                                     "Expected %zd from C header, got %zd from PyObject", module, name,
                                                     (Py_ssize_t)size, basicsize) < 0) {
        goto bad;
    }
    if (vtable) {
        PyObject *cap = PyDict_GetItemString(((PyTypeObject *)t)->tp_dict, "__pyx_vtable__");
        if (!cap) {
            PyErr_SetString(PyExc_KeyError, "__pyx_vtable__");
            goto bad;
        }
        *vtable = PyCapsule_GetPointer(cap, NULL);
        if (!*vtable) goto bad;
    }
    return (PyTypeObject *)t;
bad:
    Py_DECREF(t);
    return NULL;
}
/* @end */

/* @piece pyxc_import_extern_type */
/* An extern class's type, its size checked as its check_size says: 'w' (smaller is an error,
 * larger a warning), 'e' (any difference is an error) or 'i' (none); size 0 when no struct was named. */
static PyTypeObject *pyxc_import_extern_type(const char *module, const char *name, size_t size, char check) {
    PyTypeObject *t = pyxc_import_type(module, name, check == 'w' ? size : 0, NULL);
    if (t && check == 'e' && size && ((size_t)t->tp_basicsize > size || (size_t)(t->tp_basicsize + t->tp_itemsize) < size)) {
        PyErr_Format(PyExc_ValueError, "%.200s.%.200s size changed, may indicate binary incompatibility. "
                     "Expected %zd from C header, got %zd from PyObject", module, name, (Py_ssize_t)size, t->tp_basicsize);
        Py_DECREF(t);
        return NULL;
    }
    return t;
}
/* @end */

/* @piece pyxc_var_base_check */
/* A class whose base is variable-sized (its items after its struct) may not add to that struct. */
static int pyxc_var_base_check(PyTypeObject *type, size_t size, size_t base_size) {
    if (type->tp_base->tp_itemsize && size > base_size) {
        PyErr_Format(PyExc_TypeError, "inheritance from PyVarObject types like '%.200s' not currently supported",
                     type->tp_base->tp_name);
        return -1;
    }
    return 0;
}
/* @end */

/* @piece pyxc_export_vtable */
/* A type's vtable as the __pyx_vtable__ capsule of its dict, where modules that cimport it look. */
static int pyxc_export_vtable(PyTypeObject *type, void *vtable) {
    PyObject *cap = PyCapsule_New(vtable, NULL, NULL);
    if (!cap) return -1;
    int rc = PyDict_SetItemString(type->tp_dict, "__pyx_vtable__", cap);
    Py_DECREF(cap);
    if (rc == 0) PyType_Modified(type);
    return rc;
}
/* @end */

/* @piece pyxc_forget_module */
/*
 * A module whose init failed: out of sys.modules again (it was put there while it initialised,
 * for cimport cycles), so that a later import tries again; the pending error is kept.
 */
static void pyxc_forget_module(PyObject *m) {
    PyObject *et, *ev, *tb;
    PyErr_Fetch(&et, &ev, &tb);
    PyObject *name = PyModule_GetNameObject(m);
    if (name) {
        PyObject *modules = PyImport_GetModuleDict();
        if (PyDict_GetItem(modules, name) == m && PyDict_DelItem(modules, name) < 0) PyErr_Clear();
        Py_DECREF(name);
    } else {
        PyErr_Clear();
    }
    PyErr_Restore(et, ev, tb);
}
/* @end */
