/* Fused def functions: the object a module binds to the name of a def whose parameters have fused
   types. It holds one function object per specialization and, called, runs the one its module's
   dispatcher picks from the arguments; indexed (f[double], f['int|float']) it gives that one; its
   __signatures__ maps each specialization's name to it, as Cython's fused functions do. */

/* @piece pyxc_fused_arg */
/* The argument a call gives for a parameter (at position pos, or named name), borrowed, or NULL
   where it gives none. */
static PyObject *pyxc_fused_arg(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames, Py_ssize_t pos,
                                const char *name) {
    if (pos >= 0 && pos < nargs) return args[pos];
    if (kwnames) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(kwnames); i++) {
            if (pyxc_keyword_is(PyTuple_GET_ITEM(kwnames, i), name)) return args[nargs + i];
        }
    }
    return NULL;
}
/* @end */

/* @piece pyxc_fused_missing */
/* Cython's error for a call that gives no argument for a fused parameter without a default. */
static Py_ssize_t pyxc_fused_missing(Py_ssize_t required, Py_ssize_t nargs) {
    PyErr_Format(PyExc_TypeError, "Expected at least %zd argument%s, got %zd", required, required == 1 ? "" : "s", nargs);
    return -1;
}
/* @end */

/* @piece pyxc_fused_buffer_is */
/* Whether an object exports a buffer of ndim dimensions whose items are what format describes
   (one struct-module code, native byte order) of itemsize bytes: the memoryview specialization
   it can be given to. Objects that export none, or another, are not. */
static int pyxc_fused_buffer_is(PyObject *o, char kind, Py_ssize_t itemsize, int ndim) {
    if (!PyObject_CheckBuffer(o)) return 0;
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_RECORDS_RO) < 0) {
        PyErr_Clear();
        return 0;
    }
    const char *f = view.format ? view.format : "B";
    if (*f == '@' || *f == '=' || *f == '<') f++;
    /* One code; a complex one is 'Z' and its part's code ("Zd" for double complex). */
    int complex_item = f[0] == 'Z' && f[1] != '\0' && strchr("fdg", f[1]);
    int ok = view.ndim == ndim && view.itemsize == itemsize && f[0] != '\0' && (complex_item ? f[2] == '\0' : f[1] == '\0');
    if (ok) {
        char c = f[0];
        /* The kind of item: signed or unsigned integer, float, complex. */
        char got = complex_item ? 'c' : strchr("bhilqn", c) ? 'i' : strchr("BHILQN?", c) ? 'u' : strchr("efdg", c) ? 'f' : 0;
        ok = got == kind;
    }
    PyBuffer_Release(&view);
    return ok;
}
/* @end */

/* @piece pyxc_fused_select */
/* The specialization whose members are those chosen (chosen[k] the member of fused type k, NULL
   where no argument decided it, which any member then matches): the only one that fits, as
   Cython's dispatch finds it; its errors when none does (a single fused type left undecided among
   them) or several do. table holds nspecs rows of nfused names. */
static Py_ssize_t pyxc_fused_select(const char *const *chosen, Py_ssize_t nfused, const char *const *table, Py_ssize_t nspecs) {
    Py_ssize_t found = -1, candidates = 0;
    if (nfused == 1 && !chosen[0]) nspecs = 0;
    for (Py_ssize_t s = 0; s < nspecs; s++) {
        int match = 1;
        for (Py_ssize_t k = 0; k < nfused && match; k++) match = !chosen[k] || strcmp(chosen[k], table[s * nfused + k]) == 0;
        if (match) {
            if (found < 0) found = s;
            candidates++;
        }
    }
    if (candidates == 0) {
        PyErr_SetString(PyExc_TypeError, "No matching signature found");
        return -1;
    }
    if (candidates > 1) {
        PyErr_SetString(PyExc_TypeError, "Function call with ambiguous argument types");
        return -1;
    }
    return found;
}
/* @end */

/* @piece pyxc_make_fused */
/* The dispatcher is given the fused object itself: a default evaluated where its def ran is read
   from its specializations' function objects (pyxc_fused_default). */
typedef Py_ssize_t (*pyxc_fused_dispatch)(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames);

enum { PYXC_FUSED_METHOD, PYXC_FUSED_STATIC, PYXC_FUSED_CLASS };

typedef struct {
    PyObject_HEAD
    PyObject *functions;    /* the specializations' function objects, a tuple in Cython's order */
    PyObject *signatures;   /* their names (as __signatures__ has them) to them */
    PyObject *name, *qualname, *doc, *module, *dict;
    PyObject *code;         /* __code__, made on first use: the first specialization's parameters, a code object of its own */
    pyxc_fused_dispatch dispatch;
    vectorcallfunc vectorcall;
    int binding;            /* PYXC_FUSED_METHOD, or a staticmethod's (binds to nothing) or a classmethod's (to the class) */
} pyxc_fused_object;

static PyObject *pyxc_fused_vectorcall(PyObject *o, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    pyxc_fused_object *f = (pyxc_fused_object *)o;
    Py_ssize_t i = f->dispatch(o, args, PyVectorcall_NARGS(nargsf), kwnames);
    if (i < 0) return NULL;
    return PyObject_Vectorcall(PyTuple_GET_ITEM(f->functions, i), args, nargsf, kwnames);
}

/* One index of f[...] as the name of a member: a string as written, a type by its __name__
   (f[float] is C float's specialization, as in Cython), anything else by str(). */
static PyObject *pyxc_fused_index_name(PyObject *index) {
    if (PyUnicode_Check(index)) return Py_NewRef(index);
    if (PyType_Check(index)) return PyObject_GetAttrString(index, "__name__");
    return PyObject_Str(index);
}

static PyObject *pyxc_fused_getitem(PyObject *o, PyObject *index) {
    pyxc_fused_object *f = (pyxc_fused_object *)o;
    PyObject *key;
    if (PyTuple_Check(index)) {
        PyObject *names = PyList_New(0);
        if (!names) return NULL;
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(index); i++) {
            PyObject *one = pyxc_fused_index_name(PyTuple_GET_ITEM(index, i));
            if (!one || PyList_Append(names, one) < 0) {
                Py_XDECREF(one);
                Py_DECREF(names);
                return NULL;
            }
            Py_DECREF(one);
        }
        PyObject *sep = PyUnicode_FromString("|");
        key = sep ? PyUnicode_Join(sep, names) : NULL;
        Py_XDECREF(sep);
        Py_DECREF(names);
    } else {
        key = pyxc_fused_index_name(index);
    }
    if (!key) return NULL;
    PyObject *found = PyDict_GetItemWithError(f->signatures, key);
    if (!found && !PyErr_Occurred()) PyErr_SetObject(PyExc_KeyError, key);
    Py_DECREF(key);
    return Py_XNewRef(found);
}

static PyMappingMethods pyxc_fused_as_mapping = {
    .mp_subscript = pyxc_fused_getitem,
};

static int pyxc_fused_traverse(PyObject *o, visitproc visit, void *arg) {
    pyxc_fused_object *f = (pyxc_fused_object *)o;
    Py_VISIT(f->functions);
    Py_VISIT(f->signatures);
    Py_VISIT(f->dict);
    return 0;
}

static int pyxc_fused_clear(PyObject *o) {
    pyxc_fused_object *f = (pyxc_fused_object *)o;
    Py_CLEAR(f->functions);
    Py_CLEAR(f->signatures);
    Py_CLEAR(f->dict);
    return 0;
}

static void pyxc_fused_dealloc(PyObject *o) {
    pyxc_fused_object *f = (pyxc_fused_object *)o;
    PyObject_GC_UnTrack(o);
    pyxc_fused_clear(o);
    Py_XDECREF(f->name);
    Py_XDECREF(f->qualname);
    Py_XDECREF(f->doc);
    Py_XDECREF(f->module);
    Py_XDECREF(f->code);
    PyObject_GC_Del(o);
}

static PyObject *pyxc_fused_repr(PyObject *o) {
    return PyUnicode_FromFormat("<fused_cython_function %U at %p>", ((pyxc_fused_object *)o)->qualname, o);
}

static PyObject *pyxc_fused_get_field(PyObject *o, void *offset) {
    return Py_NewRef(*(PyObject **)((char *)o + (size_t)offset));
}

static int pyxc_fused_set_str(PyObject *o, PyObject *value, void *offset) {
    if (!value || !PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "__%s__ must be set to a string object",
                     (size_t)offset == offsetof(pyxc_fused_object, qualname) ? "qualname" : "name");
        return -1;
    }
    Py_SETREF(*(PyObject **)((char *)o + (size_t)offset), Py_NewRef(value));
    return 0;
}

/* A fused function bound to an instance (obj.meth): called, it dispatches with the instance as
   the first argument; indexed (obj.meth[double]) it gives that specialization bound to the
   instance, as Cython's bound fused functions do. Other attributes are the function's. */
typedef struct {
    PyObject_HEAD
    PyObject *fused;
    PyObject *self;
    vectorcallfunc vectorcall;
} pyxc_fused_bound_object;

static PyObject *pyxc_fused_bound_vectorcall(PyObject *o, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    pyxc_fused_bound_object *b = (pyxc_fused_bound_object *)o;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    Py_ssize_t total = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0);
    PyObject *small[8];
    PyObject **stack = total < 8 ? small : PyMem_Malloc((size_t)(total + 1) * sizeof(PyObject *));
    if (!stack) return PyErr_NoMemory();
    stack[0] = b->self;
    if (total) memcpy(stack + 1, args, (size_t)total * sizeof(PyObject *));
    PyObject *r = pyxc_fused_vectorcall(b->fused, stack, (size_t)(nargs + 1), kwnames);
    if (stack != small) PyMem_Free(stack);
    return r;
}

static PyObject *pyxc_fused_bound_getitem(PyObject *o, PyObject *index) {
    pyxc_fused_bound_object *b = (pyxc_fused_bound_object *)o;
    PyObject *spec = pyxc_fused_getitem(b->fused, index);
    if (!spec) return NULL;
    /* (a classmethod's specialization is called with the class first, whatever kind of object it is) */
    descrgetfunc get = ((pyxc_fused_object *)b->fused)->binding == PYXC_FUSED_CLASS ? NULL : Py_TYPE(spec)->tp_descr_get;
    PyObject *r = get ? get(spec, b->self, (PyObject *)Py_TYPE(b->self)) : PyMethod_New(spec, b->self);
    Py_DECREF(spec);
    return r;
}

static PyMappingMethods pyxc_fused_bound_as_mapping = {
    .mp_subscript = pyxc_fused_bound_getitem,
};

static PyObject *pyxc_fused_bound_getattro(PyObject *o, PyObject *name) {
    PyObject *r = PyObject_GenericGetAttr(o, name);
    if (r || !PyErr_ExceptionMatches(PyExc_AttributeError)) return r;
    PyErr_Clear();
    return PyObject_GetAttr(((pyxc_fused_bound_object *)o)->fused, name);
}

static int pyxc_fused_bound_traverse(PyObject *o, visitproc visit, void *arg) {
    Py_VISIT(((pyxc_fused_bound_object *)o)->fused);
    Py_VISIT(((pyxc_fused_bound_object *)o)->self);
    return 0;
}

static int pyxc_fused_bound_clear(PyObject *o) {
    Py_CLEAR(((pyxc_fused_bound_object *)o)->fused);
    Py_CLEAR(((pyxc_fused_bound_object *)o)->self);
    return 0;
}

static void pyxc_fused_bound_dealloc(PyObject *o) {
    PyObject_GC_UnTrack(o);
    pyxc_fused_bound_clear(o);
    PyObject_GC_Del(o);
}

static PyObject *pyxc_fused_bound_repr(PyObject *o) {
    pyxc_fused_bound_object *b = (pyxc_fused_bound_object *)o;
    return PyUnicode_FromFormat("<bound method %U of %R>", ((pyxc_fused_object *)b->fused)->qualname, b->self);
}

static PyGetSetDef pyxc_fused_bound_getset[] = {
    {"__self__", pyxc_fused_get_field, NULL, NULL, (void *)offsetof(pyxc_fused_bound_object, self)},
    {"__func__", pyxc_fused_get_field, NULL, NULL, (void *)offsetof(pyxc_fused_bound_object, fused)},
    {NULL}
};

static PyTypeObject pyxc_fused_bound_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "fused_cython_method",
    .tp_basicsize = sizeof(pyxc_fused_bound_object),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_dealloc = pyxc_fused_bound_dealloc,
    .tp_traverse = pyxc_fused_bound_traverse,
    .tp_clear = pyxc_fused_bound_clear,
    .tp_call = PyVectorcall_Call,
    .tp_vectorcall_offset = offsetof(pyxc_fused_bound_object, vectorcall),
    .tp_repr = pyxc_fused_bound_repr,
    .tp_getattro = pyxc_fused_bound_getattro,
    .tp_as_mapping = &pyxc_fused_bound_as_mapping,
    .tp_getset = pyxc_fused_bound_getset,
};

/* Stored in a class, it binds to an instance as a function does (doctest finds it by this too). */
static PyObject *pyxc_fused_descr_get(PyObject *o, PyObject *obj, PyObject *type) {
    int binding = ((pyxc_fused_object *)o)->binding;
    if (binding == PYXC_FUSED_STATIC) return Py_NewRef(o);
    if (binding == PYXC_FUSED_CLASS) obj = type ? type : (PyObject *)Py_TYPE(obj);
    else if (obj == NULL || obj == Py_None) return Py_NewRef(o);
    if (unlikely(!(pyxc_fused_bound_type.tp_flags & Py_TPFLAGS_READY)) && PyType_Ready(&pyxc_fused_bound_type) < 0) return NULL;
    pyxc_fused_bound_object *b = PyObject_GC_New(pyxc_fused_bound_object, &pyxc_fused_bound_type);
    if (!b) return NULL;
    b->fused = Py_NewRef(o);
    b->self = Py_NewRef(obj);
    b->vectorcall = pyxc_fused_bound_vectorcall;
    PyObject_GC_Track(b);
    return (PyObject *)b;
}

/* A def fused function's defaults are its specializations' (they share one tuple): the first's;
   its __annotations__ too (pyxc's defs have none). */
static PyObject *pyxc_fused_get_defaults(PyObject *o, void *name) {
    return PyObject_GetAttrString(PyTuple_GET_ITEM(((pyxc_fused_object *)o)->functions, 0), (const char *)name);
}

/* __code__ (what inspect.signature reads, with __defaults__, __kwdefaults__ and __annotations__, of
   a function-like object): the first specialization's, copied so the fused function has its own. */
static PyObject *pyxc_fused_get_code(PyObject *o, void *unused) {
    (void)unused;
    pyxc_fused_object *f = (pyxc_fused_object *)o;
    if (!f->code) {
        PyObject *code = PyObject_GetAttrString(PyTuple_GET_ITEM(f->functions, 0), "__code__");
        if (!code) return NULL;
        PyObject *replace = PyObject_GetAttrString(code, "replace");
        Py_DECREF(code);
        if (!replace) return NULL;
        f->code = PyObject_CallNoArgs(replace);
        Py_DECREF(replace);
        if (!f->code) return NULL;
    }
    return Py_NewRef(f->code);
}

static PyGetSetDef pyxc_fused_getset[] = {
    {"__code__", pyxc_fused_get_code, NULL, NULL, NULL},
    {"__annotations__", pyxc_fused_get_defaults, NULL, NULL, (void *)"__annotations__"},
    {"__defaults__", pyxc_fused_get_defaults, NULL, NULL, (void *)"__defaults__"},
    {"__kwdefaults__", pyxc_fused_get_defaults, NULL, NULL, (void *)"__kwdefaults__"},
    {"__name__", pyxc_fused_get_field, pyxc_fused_set_str, NULL, (void *)offsetof(pyxc_fused_object, name)},
    {"__qualname__", pyxc_fused_get_field, pyxc_fused_set_str, NULL, (void *)offsetof(pyxc_fused_object, qualname)},
    {"__doc__", pyxc_fused_get_field, NULL, NULL, (void *)offsetof(pyxc_fused_object, doc)},
    {"__module__", pyxc_fused_get_field, NULL, NULL, (void *)offsetof(pyxc_fused_object, module)},
    {"__signatures__", pyxc_fused_get_field, NULL, NULL, (void *)offsetof(pyxc_fused_object, signatures)},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL}
};

static PyTypeObject pyxc_fused_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "fused_cython_function",
    .tp_basicsize = sizeof(pyxc_fused_object),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_dealloc = pyxc_fused_dealloc,
    .tp_traverse = pyxc_fused_traverse,
    .tp_clear = pyxc_fused_clear,
    .tp_call = PyVectorcall_Call,
    .tp_vectorcall_offset = offsetof(pyxc_fused_object, vectorcall),
    .tp_repr = pyxc_fused_repr,
    .tp_descr_get = pyxc_fused_descr_get,
    .tp_as_mapping = &pyxc_fused_as_mapping,
    .tp_getset = pyxc_fused_getset,
    .tp_dictoffset = offsetof(pyxc_fused_object, dict),
};

/* The object bound to a fused def's name: its n specializations' function objects (stolen, each
   may be NULL after a failure, which then fails this) under their signature names, and the
   dispatcher that picks one for a call. Its name, qualname and doc are the first one's. New reference. */
static PyObject *pyxc_make_fused(PyObject **functions, const char *const *signatures, Py_ssize_t n, pyxc_fused_dispatch dispatch) {
    PyObject *tuple = PyTuple_New(n);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (tuple && functions[i]) PyTuple_SET_ITEM(tuple, i, functions[i]);
        else Py_XDECREF(functions[i]);
    }
    if (!tuple) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyTuple_GET_ITEM(tuple, i)) {
            Py_DECREF(tuple);
            return NULL;
        }
    }
    if (unlikely(!(pyxc_fused_type.tp_flags & Py_TPFLAGS_READY)) && PyType_Ready(&pyxc_fused_type) < 0) {
        Py_DECREF(tuple);
        return NULL;
    }
    PyObject *sigs = PyDict_New();
    for (Py_ssize_t i = 0; sigs && i < n; i++) {
        if (PyDict_SetItemString(sigs, signatures[i], PyTuple_GET_ITEM(tuple, i)) < 0) Py_CLEAR(sigs);
    }
    if (!sigs) {
        Py_DECREF(tuple);
        return NULL;
    }
    pyxc_fused_object *f = PyObject_GC_New(pyxc_fused_object, &pyxc_fused_type);
    if (!f) {
        Py_DECREF(tuple);
        Py_DECREF(sigs);
        return NULL;
    }
    PyObject *first = PyTuple_GET_ITEM(tuple, 0);
    f->functions = tuple;
    f->signatures = sigs;
    f->dict = NULL;
    f->code = NULL;
    f->dispatch = dispatch;
    f->vectorcall = pyxc_fused_vectorcall;
    f->binding = PYXC_FUSED_METHOD;
    f->name = PyObject_GetAttrString(first, "__name__");
    f->qualname = f->name ? PyObject_GetAttrString(first, "__qualname__") : NULL;
    f->doc = f->qualname ? PyObject_GetAttrString(first, "__doc__") : NULL;
    f->module = f->doc ? PyObject_GetAttrString(first, "__module__") : NULL;
    if (!f->module && f->doc && PyErr_ExceptionMatches(PyExc_AttributeError)) {
        /* A method descriptor (a def fused method's specialization) has its class's module. */
        PyErr_Clear();
        PyObject *cls = PyObject_GetAttrString(first, "__objclass__");
        f->module = cls ? PyObject_GetAttrString(cls, "__module__") : NULL;
        Py_XDECREF(cls);
    }
    PyObject_GC_Track(f);
    if (!f->module) {
        Py_DECREF(f);
        return NULL;
    }
    return (PyObject *)f;
}

/* A fused method declared @staticmethod or @classmethod: what it binds to when reached through
   an instance or its class. */
static void pyxc_fused_set_binding(PyObject *o, int binding) {
    ((pyxc_fused_object *)o)->binding = binding;
}

/* pyxc_make_fused of borrowed function objects (a def statement's, made where it runs). */
static PyObject *pyxc_make_fused_of(PyObject *const *functions, const char *const *signatures, Py_ssize_t n,
                                    pyxc_fused_dispatch dispatch) {
    PyObject *owned[n];
    for (Py_ssize_t i = 0; i < n; i++) owned[i] = Py_NewRef(functions[i]);
    return pyxc_make_fused(owned, signatures, n, dispatch);
}
/* @end */

/* @piece pyxc_fused_default */
/* Default j of a fused def made where its statement ran, from its first specialization (borrowed). */
static PyObject *pyxc_fused_default(PyObject *o, Py_ssize_t j) {
    return pyxc_function_default(PyTuple_GET_ITEM(((pyxc_fused_object *)o)->functions, 0), j);
}
/* @end */
