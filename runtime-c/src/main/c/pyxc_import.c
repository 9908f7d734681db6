/*
 * pyxc runtime: imports. `import a.b`, `from m import name` and `from m import *` go through the
 * interpreter's import machinery as its own bytecode does.
 */

/* @piece pyxc_import */
/*
 * `import a.b`: the top package a (leaf 0), or the module a.b itself (leaf 1, for `import a.b
 * as c` and from-imports). Imports go through builtins.__import__ as the interpreter's do.
 */
static PyObject *pyxc_import(const char *name, int leaf) {
    PyObject *n = PyUnicode_FromString(name), *top, *mod;
    if (!n) return NULL;
    top = PyImport_ImportModuleLevelObject(n, NULL, NULL, NULL, 0);
    if (!top || !leaf || !strchr(name, '.')) {
        Py_DECREF(n);
        return top;
    }
    Py_DECREF(top);
    mod = PyImport_GetModule(n);
    if (!mod && !PyErr_Occurred()) PyErr_Format(PyExc_ImportError, "No module named '%s'", name);
    Py_DECREF(n);
    return mod;
}

/* `from m import name`: the attribute of m, else the submodule m.name, else ImportError. */
static PyObject *pyxc_import_from(PyObject *module, const char *name) {
    PyObject *v = PyObject_GetAttrString(module, name), *modname, *full;
    if (v || !PyErr_ExceptionMatches(PyExc_AttributeError)) return v;
    PyErr_Clear();
    modname = PyObject_GetAttrString(module, "__name__");
    if (modname) {
        full = PyUnicode_FromFormat("%U.%s", modname, name);
        Py_DECREF(modname);
        if (full) {
            v = PyImport_Import(full);
            Py_DECREF(full);
            if (v) return v;
        }
    }
    PyErr_Clear();
    PyErr_Format(PyExc_ImportError, "cannot import name %s", name);
    return NULL;
}
/* @end */

/* @piece pyxc_import_level */
/*
 * An import that starts from the module's package, through the interpreter's import with the
 * module's globals (whose __package__ names the package) as its own IMPORT_NAME does: relative
 * (level > 0: `from . import a`, `from ..b import c`), or at level -1 tried relative first and
 * then absolute (Python 2's implicit relative import in a package's module, which Cython keeps at
 * language level 2). `fromlist` (names ending with NULL, or NULL) is what a from-import takes, so
 * the module named is returned rather than its top package; `leaf` (without one: `import a.b as c`)
 * walks from the top package to the module itself.
 */
static PyObject *pyxc_import_level(PyObject *globals, const char *name, int level, const char *const *fromlist, int leaf) {
    PyObject *n = PyUnicode_FromString(name), *from = NULL, *mod = NULL;
    Py_ssize_t k = 0, i;
    const char *part;
    if (!n) return NULL;
    if (fromlist) {
        while (fromlist[k]) k++;
        if (!(from = PyTuple_New(k))) goto done;
        for (i = 0; i < k; i++) {
            PyObject *s = PyUnicode_FromString(fromlist[i]);
            if (!s) goto done;
            PyTuple_SET_ITEM(from, i, s);
        }
    }
    if (level < 0) {
        mod = PyImport_ImportModuleLevelObject(n, globals, NULL, from, 1);
        if (!mod) {
            if (!PyErr_ExceptionMatches(PyExc_ImportError)) goto done;
            PyErr_Clear();
        }
        level = 0;
    }
    if (!mod) mod = PyImport_ImportModuleLevelObject(n, globals, NULL, from, level);
    for (part = strchr(name, '.'); mod && leaf && !from && part; part = strchr(part + 1, '.')) {
        const char *end = strchr(part + 1, '.');
        PyObject *sub = PyUnicode_FromStringAndSize(part + 1, end ? end - part - 1 : (Py_ssize_t)strlen(part + 1));
        const char *text = sub ? PyUnicode_AsUTF8(sub) : NULL;
        PyObject *next = text ? pyxc_import_from(mod, text) : NULL;
        Py_XDECREF(sub);
        Py_DECREF(mod);
        mod = next;
    }
done:
    Py_XDECREF(from);
    Py_DECREF(n);
    return mod;
}

/* The package the module's relative imports start from, while its code runs at import: the import
   system sets __package__ only after that (a new module has None there), as it does __spec__. The
   module's own name for a package's __init__, else its parent's. */
static int pyxc_set_package(PyObject *module_dict, const char *package) {
    PyObject *p = PyDict_GetItemString(module_dict, "__package__");
    int rc;
    if (p && p != Py_None) return 0;
    if (!(p = PyUnicode_FromString(package))) return -1;
    rc = PyDict_SetItemString(module_dict, "__package__", p);
    Py_DECREF(p);
    return rc;
}
/* @end */

/* @piece pyxc_import_star */
/* The names `from m import *` binds, as the interpreter's import_all_from finds them: m.__all__,
   else the keys of m.__dict__ that do not start with '_' (ImportError when m has neither). */
static PyObject *pyxc_import_star_names(PyObject *m, int *skip_private) {
    PyObject *all = PyObject_GetAttrString(m, "__all__"), *dict;
    *skip_private = 0;
    if (all || !PyErr_ExceptionMatches(PyExc_AttributeError)) return all;
    PyErr_Clear();
    dict = PyObject_GetAttrString(m, "__dict__");
    if (!dict) {
        if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
            PyErr_SetString(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
        }
        return NULL;
    }
    all = PyMapping_Keys(dict);
    Py_DECREF(dict);
    *skip_private = 1;
    return all;
}

/* `from m import *` at module level, as Cython runs it: every name and value is collected first
   (a later duplicate wins); then each non-empty name, as a plain interned str, goes to `set`,
   the module's setter of its cdef variables: 1 when it stored the value in the variable of that
   name, -1 with its TypeError when that name cannot be bound, 0 when no variable has it, and then
   the value becomes a global of the module. 0, or -1 with an exception. */
static int pyxc_import_star(PyObject *module_dict, PyObject *m, int (*set)(PyObject *, PyObject *)) {
    int skip_private, status = -1;
    PyObject *all = pyxc_import_star_names(m, &skip_private), *found = NULL, *name = NULL, *value = NULL;
    PyObject *item_name, *item; /* borrowed from found */
    Py_ssize_t i;
    if (!all) return -1;
    found = PyDict_New();
    if (!found) goto done;
    for (i = 0;; i++) {
        name = PySequence_GetItem(all, i);
        if (!name) {
            if (!PyErr_ExceptionMatches(PyExc_IndexError)) goto done;
            PyErr_Clear();
            break;
        }
        if (skip_private && PyUnicode_Check(name) && PyUnicode_GetLength(name) > 0 && PyUnicode_READ_CHAR(name, 0) == '_') {
            Py_CLEAR(name);
            continue;
        }
        value = PyObject_GetAttr(m, name);
        if (!value || PyDict_SetItem(found, name, value) < 0) goto done;
        Py_CLEAR(name);
        Py_CLEAR(value);
    }
    for (i = 0; PyDict_Next(found, &i, &item_name, &item); ) {
        PyObject *key = PyUnicode_FromObject(item_name);
        int stored;
        if (!key) goto done;
        if (PyUnicode_GetLength(key) == 0) {
            Py_DECREF(key);
            continue;
        }
        PyUnicode_InternInPlace(&key);
        stored = set(key, item);
        if (stored == 0) stored = PyDict_SetItem(module_dict, key, item);
        Py_DECREF(key);
        if (stored < 0) goto done;
    }
    status = 0;
done:
    Py_XDECREF(name);
    Py_XDECREF(value);
    Py_XDECREF(found);
    Py_DECREF(all);
    return status;
}
/* @end */
