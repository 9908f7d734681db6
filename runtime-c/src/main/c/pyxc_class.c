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

/* @piece pyxc_default_view_get */
/* A view parameter's evaluated default, borrowed from its module slot for a call that leaves it
   out, or NameError while the definition that evaluates it has not run yet (owner NULL). */
static inline pyxc_slice pyxc_default_view_get(const pyxc_slice *slot, const char *param) {
    pyxc_slice s = *slot;
    if (unlikely(!s.owner)) PyErr_Format(PyExc_NameError, "default of '%s' not evaluated yet", param);
    return s;
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

/* @piece pyxc_mv_global_get */
/* A module-level view variable read into a value of its own; before its first assignment the
   error Cython gives, UnboundLocalError (it words it as for a local). */
static inline pyxc_slice pyxc_mv_global_get(const pyxc_slice *var, const char *name) {
    pyxc_slice s = *var;
    if (unlikely(!s.owner)) {
        PyErr_Format(PyExc_UnboundLocalError, "local variable '%s' referenced before assignment", name);
        return s;
    }
    pyxc_mv_acquire(&s);
    return s;
}
/* @end */

/* @piece pyxc_arg_not_none */
/* A C function's argument declared not None (by its annotation) that is None, as Cython checks it. */
static int pyxc_arg_not_none(PyObject *o) {
    if (likely(o != Py_None)) return 0;
    pyxc_format_error_any_thread(PyExc_TypeError, "cannot pass None into a C function argument that is declared 'not None'"); /* also from nogil code */
    return -1;
}
/* @end */

/* @piece pyxc_attr_not_none */
/* A C-level attribute or cdef method of an extension-typed value that is None: the AttributeError
   Python would raise (Cython, with nonecheck off, would read through the None object). */
static int pyxc_attr_not_none(PyObject *o, const char *name) {
    if (likely(o != Py_None)) return 0;
    pyxc_format_error_any_thread(PyExc_AttributeError, "'NoneType' object has no attribute '%.200s'", name); /* also from nogil code */
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
   (so the method may use it), an exception it raises is reported as unraisable with the method's
   qualified name as the object (as Cython reports it), and one that was being handled when the
   destruction began is kept. */
static void pyxc_call_dealloc(PyObject *o, PyObject *(*dealloc)(PyObject *), const char *where) {
    PyObject *et, *ev, *tb;
    PyErr_Fetch(&et, &ev, &tb);
    Py_SET_REFCNT(o, Py_REFCNT(o) + 1);
    PyObject *r = dealloc(o);
    if (r) {
        Py_DECREF(r);
    } else {
        PyObject *xt, *xv, *xtb;
        PyErr_Fetch(&xt, &xv, &xtb);
        PyObject *name = PyUnicode_FromString(where);
        PyErr_Clear();
        PyErr_Restore(xt, xv, xtb);
        PyErr_WriteUnraisable(name ? name : o);
        Py_XDECREF(name);
    }
    Py_SET_REFCNT(o, Py_REFCNT(o) - 1);
    PyErr_Restore(et, ev, tb);
}
/* @end */

/* ---- Python classes ---- */

/* @piece pyxc_ns_lookup */
/* A name read in a class body: the namespace (any mapping a metaclass prepared), then the module
   globals and builtins, as CPython's LOAD_NAME. New reference, or NULL with NameError. */
static PyObject *pyxc_ns_lookup(PyObject *ns, PyObject *name, PyObject *globals) {
    PyObject *v;
    if (PyDict_CheckExact(ns)) {
        v = PyDict_GetItemWithError(ns, name);
        if (v) return Py_NewRef(v);
        if (PyErr_Occurred()) return NULL;
    } else {
        v = PyObject_GetItem(ns, name);
        if (v) return v;
        if (!PyErr_ExceptionMatches(PyExc_KeyError)) return NULL;
        PyErr_Clear();
    }
    return pyxc_get_global(globals, name);
}
/* @end */

/* @piece pyxc_ns_dir */
/* dir() in a class body: the names of the namespace (any mapping), sorted. New list, or NULL. */
static PyObject *pyxc_ns_dir(PyObject *ns) {
    PyObject *keys = PyMapping_Keys(ns);
    if (!keys) return NULL;
    PyObject *names = PySequence_List(keys);
    Py_DECREF(keys);
    if (names && PyList_Sort(names) < 0) Py_CLEAR(names);
    return names;
}
/* @end */

/* @piece pyxc_ns_del */
/* del name in a class body: NameError when the namespace lacks it. 0, or -1 with an exception. */
static int pyxc_ns_del(PyObject *ns, PyObject *name) {
    if (PyObject_DelItem(ns, name) == 0) return 0;
    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    }
    return -1;
}
/* @end */

/* @piece pyxc_class_cell */
/* The class a method's zero-argument super() names: borrowed, or RuntimeError while its class
   statement has not finished (CPython's empty __class__ cell). */
static PyObject *pyxc_class_cell(PyObject *cls) {
    if (likely(cls != NULL)) return cls;
    PyErr_SetString(PyExc_RuntimeError, "super(): empty __class__ cell");
    return NULL;
}
/* @end */

/* @piece pyxc_build_class */
/* A class statement, as CPython's __build_class__ does it with the body compiled (given the scope
   of the function the statement is in, or NULL): the metaclass
   (the metaclass keyword, else the most derived metaclass of the bases, else type), its
   __prepare__ namespace, __module__ / __qualname__ / __doc__, the body run into the namespace,
   then metaclass(name, bases, namespace, **keywords). New reference, or NULL. */
static PyObject *pyxc_build_class(PyObject *bases, PyObject *keywords, PyObject *name, PyObject *qualname, PyObject *doc,
                                  PyObject *globals, PyObject *(*body)(PyObject *ns, PyObject *closure), PyObject *closure) {
    PyObject *meta = NULL, *kw = NULL, *ns = NULL, *cls = NULL, *r;
    if (keywords != Py_None) {
        kw = PyDict_Copy(keywords);
        if (!kw) return NULL;
        meta = PyDict_GetItemString(kw, "metaclass");
        if (meta) {
            Py_INCREF(meta);
            if (PyDict_DelItemString(kw, "metaclass") < 0) goto done;
        }
    }
    if (!meta) meta = Py_NewRef(PyTuple_GET_SIZE(bases) ? (PyObject *)Py_TYPE(PyTuple_GET_ITEM(bases, 0)) : (PyObject *)&PyType_Type);
    if (PyType_Check(meta)) {
        /* The most derived metaclass among the given one and those of the bases. */
        PyTypeObject *winner = (PyTypeObject *)meta;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(bases); i++) {
            PyTypeObject *t = Py_TYPE(PyTuple_GET_ITEM(bases, i));
            if (PyType_IsSubtype(winner, t)) continue;
            if (PyType_IsSubtype(t, winner)) {
                winner = t;
                continue;
            }
            PyErr_SetString(PyExc_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                            "subclass of the metaclasses of all its bases");
            goto done;
        }
        Py_SETREF(meta, Py_NewRef((PyObject *)winner));
    }
    PyObject *prepare = PyObject_GetAttrString(meta, "__prepare__");
    if (!prepare) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError)) goto done;
        PyErr_Clear();
    }
    if (prepare) {
        PyObject *args[2] = {name, bases};
        ns = PyObject_VectorcallDict(prepare, args, 2, kw);
        Py_DECREF(prepare);
    } else {
        ns = PyDict_New();
    }
    if (!ns) goto done;
    if (!PyMapping_Check(ns)) {
        PyErr_Format(PyExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                     PyType_Check(meta) ? ((PyTypeObject *)meta)->tp_name : "<metaclass>", Py_TYPE(ns)->tp_name);
        goto done;
    }
    PyObject *module = PyDict_GetItemString(globals, "__name__");
    if (module && PyMapping_SetItemString(ns, "__module__", module) < 0) goto done;
    if (PyMapping_SetItemString(ns, "__qualname__", qualname) < 0) goto done;
    if (doc != Py_None && PyMapping_SetItemString(ns, "__doc__", doc) < 0) goto done;
    r = body(ns, closure);
    if (!r) goto done;
    Py_DECREF(r);
    {
        PyObject *args[3] = {name, bases, ns};
        cls = PyObject_VectorcallDict(meta, args, 3, kw);
    }
done:
    Py_XDECREF(meta);
    Py_XDECREF(kw);
    Py_XDECREF(ns);
    return cls;
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

/* @piece pyxc_ext_class_setitem */
/* A cdef class body binding a name (ns is the type's dict): the type's attribute cache is told,
   and the value's __set_name__ (looked up on the value, as Cython does) called with the type and
   the name, each time. 0, or -1 with an exception. */
static int pyxc_ext_class_setitem(PyTypeObject *type, PyObject *ns, PyObject *k, PyObject *v) {
    if (PyDict_SetItem(ns, k, v) < 0) return -1;
    PyType_Modified(type);
    PyObject *name = PyUnicode_FromString("__set_name__");
    if (!name) return -1;
    int has = PyObject_HasAttr(v, name);
    PyObject *r = has ? PyObject_CallMethodObjArgs(v, name, (PyObject *)type, k, NULL) : NULL;
    Py_DECREF(name);
    if (!has) return 0;
    if (!r) return -1;
    Py_DECREF(r);
    return 0;
}
/* @end */

/* @piece pyxc_ext_class_body */
/* The statements of a cdef class body, run where the class statement stands with the type's
   dict as their namespace (see pyxc_ext_class_setitem). 0, or -1 with an exception. */
static int pyxc_ext_class_body(PyTypeObject *type, PyObject *(*body)(PyObject *ns, PyObject *closure)) {
    PyObject *r = body(type->tp_dict, NULL);
    PyType_Modified(type);
    if (!r) return -1;
    Py_DECREF(r);
    return 0;
}
/* @end */

/* @piece pyxc_mv_field_borrow */
/* A view attribute read for an element access that follows at once: the attribute's own slice,
   with no acquisition of its own (the instance keeps it), or Cython's AttributeError while it
   has never been assigned (owner NULL: the error result). */
static inline pyxc_slice pyxc_mv_field_borrow(const pyxc_slice *field) {
    if (unlikely(!field->owner)) PyErr_SetString(PyExc_AttributeError, "Memoryview is not initialized");
    return *field;
}
/* @end */

/* @piece pyxc_total_order */
/* An ordering derived by @cython.total_ordering from the root comparison's result r (stolen), as
   Cython derives it: how = 0 not r; 1 r or a == b; 2 r and a != b; 3 not r and a != b;
   4 not r or a == b, where a == b is the class's own equality method (eq, a method wrapper;
   ne set when it is __ne__, whose result is inverted). NotImplemented and errors pass through. */
static PyObject *pyxc_total_order(PyObject *r, int how, PyObject *a, PyObject *b,
                                  PyObject *(*eq)(PyObject *, PyObject *const *, Py_ssize_t, PyObject *), int ne) {
    if (!r || r == Py_NotImplemented) return r;
    int t = PyObject_IsTrue(r);
    Py_DECREF(r);
    if (t < 0) return NULL;
    int want_unequal = how == 2 || how == 3;
    switch (how) {
    case 0: return Py_NewRef(t ? Py_False : Py_True);
    case 1: if (t) return Py_NewRef(Py_True); break;
    case 2: if (!t) return Py_NewRef(Py_False); break;
    case 3: if (t) return Py_NewRef(Py_False); break;
    default: if (!t) return Py_NewRef(Py_True); break;
    }
    PyObject *e = eq(a, (PyObject *[]){b}, 1, NULL);
    if (!e || e == Py_NotImplemented) return e;
    int v = PyObject_IsTrue(e);
    Py_DECREF(e);
    if (v < 0) return NULL;
    int equal = ne ? !v : v;
    return Py_NewRef(equal != want_unequal ? Py_True : Py_False);
}
/* @end */
