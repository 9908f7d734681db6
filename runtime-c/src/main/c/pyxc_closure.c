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
#include <stddef.h>
/* The function objects of defs and lambdas (as Cython 3's binding functions): what Python's
   functions give their users and the builtin function type does not: a __dict__, writable
   __name__/__qualname__/__doc__/__module__ (functools.wraps sets them), __defaults__,
   __kwdefaults__ and a __code__ inspect.signature reads, pickling by name, and binding to an
   instance when stored in a class, as a method. Called through vectorcall, straight into the compiled
   wrapper with the function object as its self, where it finds its closure and the defaults
   evaluated when its def ran. */
typedef struct {
    PyObject_HEAD
    PyMethodDef *def;
    PyObject *closure;      /* the scope of the call that made it, or NULL */
    PyObject *defaults;     /* a tuple of the defaults evaluated at the def, or NULL */
    Py_ssize_t npositional_defaults;  /* how many of them are of positional parameters */
    PyObject *name, *qualname, *doc, *module, *dict;
    vectorcallfunc vectorcall;
    const char *params;     /* the parameter list as Python writes it, defaults as placeholders; or NULL */
    PyObject *code;         /* made from it when first asked for; then the keyword-only names that have defaults */
    PyObject *kwnames;
    PyObject *annotations;
} pyxc_function_object;

static PyObject *pyxc_function_vectorcall(PyObject *f, PyObject *const *args, size_t nargsf, PyObject *kwnames) {
    pyxc_function_object *fn = (pyxc_function_object *)f;
    return ((_PyCFunctionFastWithKeywords)(void (*)(void))fn->def->ml_meth)(f, args, PyVectorcall_NARGS(nargsf), kwnames);
}

/* What a wrapper reads from its function object: the closure, and evaluated default i (borrowed). */
static inline PyObject *pyxc_function_closure(PyObject *f) {
    return ((pyxc_function_object *)f)->closure;
}

static inline PyObject *pyxc_function_default(PyObject *f, Py_ssize_t i) {
    return PyTuple_GET_ITEM(((pyxc_function_object *)f)->defaults, i);
}

static int pyxc_function_traverse(PyObject *o, visitproc visit, void *arg) {
    pyxc_function_object *f = (pyxc_function_object *)o;
    Py_VISIT(f->closure);
    Py_VISIT(f->defaults);
    Py_VISIT(f->name);
    Py_VISIT(f->qualname);
    Py_VISIT(f->doc);
    Py_VISIT(f->module);
    Py_VISIT(f->dict);
    Py_VISIT(f->code);
    Py_VISIT(f->kwnames);
    Py_VISIT(f->annotations);
    return 0;
}

static int pyxc_function_clear(PyObject *o) {
    pyxc_function_object *f = (pyxc_function_object *)o;
    Py_CLEAR(f->closure);
    Py_CLEAR(f->defaults);
    Py_CLEAR(f->name);
    Py_CLEAR(f->qualname);
    Py_CLEAR(f->doc);
    Py_CLEAR(f->module);
    Py_CLEAR(f->dict);
    Py_CLEAR(f->code);
    Py_CLEAR(f->kwnames);
    Py_CLEAR(f->annotations);
    return 0;
}

static void pyxc_function_dealloc(PyObject *o) {
    PyObject_GC_UnTrack(o);
    pyxc_function_clear(o);
    PyObject_GC_Del(o);
}

static PyObject *pyxc_function_descr_get(PyObject *f, PyObject *obj, PyObject *type) {
    (void)type;
    if (obj == NULL || obj == Py_None) return Py_NewRef(f);
    return PyMethod_New(f, obj);
}

static PyObject *pyxc_function_repr(PyObject *o) {
    return PyUnicode_FromFormat("<function %U at %p>", ((pyxc_function_object *)o)->qualname, o);
}

/* __defaults__: those of the parameters before any keyword-only one (the tuple holds all, in order). */
static PyObject *pyxc_function_get_defaults(PyObject *o, void *unused) {
    (void)unused;
    pyxc_function_object *f = (pyxc_function_object *)o;
    if (!f->defaults) Py_RETURN_NONE;
    return PyTuple_GetSlice(f->defaults, 0, f->npositional_defaults);
}

static PyObject *pyxc_function_get_str(PyObject *o, void *field) {
    PyObject *v = *(PyObject **)((char *)o + (size_t)field);
    return Py_NewRef(v ? v : Py_None);
}

static int pyxc_function_set_str(PyObject *o, PyObject *value, void *field) {
    size_t at = (size_t)field;
    int must_be_str = at == offsetof(pyxc_function_object, name) || at == offsetof(pyxc_function_object, qualname);
    if (value == NULL || (must_be_str && !PyUnicode_Check(value))) {
        PyErr_Format(PyExc_TypeError, "__%s__ must be set to a string object",
                     at == offsetof(pyxc_function_object, name) ? "name" : "qualname");
        if (!must_be_str && value == NULL) {
            PyErr_Clear();
            value = Py_None;
        } else {
            return -1;
        }
    }
    Py_XSETREF(*(PyObject **)((char *)o + at), Py_NewRef(value));
    return 0;
}

/* What inspect reads of a Python function, made once from the parameter list: a code object of a
   function with those parameters (its names, counts and flags are the def's), and which
   keyword-only parameters have defaults. 0, or -1 with an exception. */
static int pyxc_function_signature(pyxc_function_object *f) {
    if (f->code) return 0;
    if (!f->params) {
        PyErr_SetString(PyExc_AttributeError, "a generator expression's function has no __code__");
        return -1;
    }
    PyObject *src = NULL, *code = NULL, *ns = NULL, *r = NULL, *g, *kw = NULL;
    int rc = -1;
    src = PyUnicode_FromFormat("def f(%s): pass\n", f->params);
    if (!src) goto done;
    code = Py_CompileString(PyUnicode_AsUTF8(src), "<pyxc signature>", Py_file_input);
    if (!code) goto done;
    ns = PyDict_New();
    if (!ns || PyDict_SetItemString(ns, "__builtins__", PyEval_GetBuiltins()) < 0) goto done;
    r = PyEval_EvalCode(code, ns, ns);
    if (!r) goto done;
    g = PyDict_GetItemString(ns, "f");
    if (!g) goto done;
    {
        /* The code object named as the function is. */
        PyObject *fcode = PyObject_GetAttrString(g, "__code__");
        if (!fcode) goto done;
        PyObject *replace = PyObject_GetAttrString(fcode, "replace");
        Py_DECREF(fcode);
        if (!replace) goto done;
        PyObject *kwargs = Py_BuildValue("{sOsO}", "co_name", f->name, "co_qualname", f->qualname);
        f->code = kwargs ? PyObject_VectorcallDict(replace, NULL, 0, kwargs) : NULL;
        Py_XDECREF(kwargs);
        Py_DECREF(replace);
        if (!f->code) goto done;
    }
    kw = PyObject_GetAttrString(g, "__kwdefaults__");
    if (!kw) goto done;
    f->kwnames = kw == Py_None ? PyTuple_New(0) : PySequence_Tuple(kw);
    if (!f->kwnames) Py_CLEAR(f->code);
    else rc = 0;
done:
    Py_XDECREF(src);
    Py_XDECREF(code);
    Py_XDECREF(ns);
    Py_XDECREF(r);
    Py_XDECREF(kw);
    return rc;
}

static PyObject *pyxc_function_get_code(PyObject *o, void *unused) {
    (void)unused;
    pyxc_function_object *f = (pyxc_function_object *)o;
    return pyxc_function_signature(f) < 0 ? NULL : Py_NewRef(f->code);
}

/* __kwdefaults__: the keyword-only parameters' defaults (the tuple's items after the positional ones). */
static PyObject *pyxc_function_get_kwdefaults(PyObject *o, void *unused) {
    (void)unused;
    pyxc_function_object *f = (pyxc_function_object *)o;
    if (pyxc_function_signature(f) < 0) return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(f->kwnames);
    if (n == 0 || !f->defaults) Py_RETURN_NONE;
    PyObject *d = PyDict_New();
    for (Py_ssize_t i = 0; d && i < n; i++) {
        PyObject *v = PyTuple_GET_ITEM(f->defaults, f->npositional_defaults + i);
        if (PyDict_SetItem(d, PyTuple_GET_ITEM(f->kwnames, i), v) < 0) Py_CLEAR(d);
    }
    return d;
}

/* __annotations__: a def of pyxc's has none; the dict is the function's, for code that adds some. */
static PyObject *pyxc_function_get_annotations(PyObject *o, void *unused) {
    (void)unused;
    pyxc_function_object *f = (pyxc_function_object *)o;
    if (!f->annotations) f->annotations = PyDict_New();
    return Py_XNewRef(f->annotations);
}

/* Set as a Python function's is (functools.wraps copies it): a dict, or None or del to empty it. */
static int pyxc_function_set_annotations(PyObject *o, PyObject *value, void *unused) {
    (void)unused;
    if (value == Py_None) value = NULL;
    if (value && !PyDict_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    Py_XSETREF(((pyxc_function_object *)o)->annotations, Py_XNewRef(value));
    return 0;
}

/* Pickled by reference, as Python's functions are: pickle finds it again as its module's __qualname__. */
static PyObject *pyxc_function_reduce(PyObject *o, PyObject *unused) {
    (void)unused;
    return Py_NewRef(((pyxc_function_object *)o)->qualname);
}

static PyMethodDef pyxc_function_methods[] = {
    {"__reduce__", pyxc_function_reduce, METH_NOARGS, NULL},
    {NULL}
};

static PyGetSetDef pyxc_function_getset[] = {
    {"__name__", pyxc_function_get_str, pyxc_function_set_str, NULL, (void *)offsetof(pyxc_function_object, name)},
    {"__qualname__", pyxc_function_get_str, pyxc_function_set_str, NULL, (void *)offsetof(pyxc_function_object, qualname)},
    {"__doc__", pyxc_function_get_str, pyxc_function_set_str, NULL, (void *)offsetof(pyxc_function_object, doc)},
    {"__module__", pyxc_function_get_str, pyxc_function_set_str, NULL, (void *)offsetof(pyxc_function_object, module)},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {"__defaults__", pyxc_function_get_defaults, NULL, NULL, NULL},
    {"__kwdefaults__", pyxc_function_get_kwdefaults, NULL, NULL, NULL},
    {"__code__", pyxc_function_get_code, NULL, NULL, NULL},
    {"__annotations__", pyxc_function_get_annotations, pyxc_function_set_annotations, NULL, NULL},
    {NULL}
};

static PyTypeObject pyxc_function_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pyxc_function",
    .tp_basicsize = sizeof(pyxc_function_object),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_dealloc = pyxc_function_dealloc,
    .tp_traverse = pyxc_function_traverse,
    .tp_clear = pyxc_function_clear,
    .tp_call = PyVectorcall_Call,
    .tp_vectorcall_offset = offsetof(pyxc_function_object, vectorcall),
    .tp_descr_get = pyxc_function_descr_get,
    .tp_repr = pyxc_function_repr,
    .tp_getset = pyxc_function_getset,
    .tp_methods = pyxc_function_methods,
    .tp_dictoffset = offsetof(pyxc_function_object, dict),
};

/* A def or lambda: a new function object closing over scope (NULL when it closes over none) with
   its defaults (a tuple of all of them, the first npositional those of positional parameters; or
   NULL when it has none), named and qualified as Python names it, its parameter list (static text,
   or NULL) kept for inspect. Borrows its arguments; new reference. */
static PyObject *pyxc_make_function(PyMethodDef *def, PyObject *scope, PyObject *defaults, Py_ssize_t npositional,
                                    const char *qualname, const char *params, PyObject *globals) {
    if (unlikely(!(pyxc_function_type.tp_flags & Py_TPFLAGS_READY)) && PyType_Ready(&pyxc_function_type) < 0) return NULL;
    pyxc_function_object *f = PyObject_GC_New(pyxc_function_object, &pyxc_function_type);
    if (!f) return NULL;
    f->def = def;
    f->closure = Py_XNewRef(scope);
    f->defaults = Py_XNewRef(defaults);
    f->npositional_defaults = npositional;
    f->name = PyUnicode_FromString(def->ml_name);
    f->qualname = PyUnicode_FromString(qualname);
    f->doc = def->ml_doc ? PyUnicode_FromString(def->ml_doc) : Py_NewRef(Py_None);
    f->module = Py_XNewRef(PyDict_GetItemString(globals, "__name__"));
    f->dict = NULL;
    f->vectorcall = pyxc_function_vectorcall;
    f->params = params;
    f->code = NULL;
    f->kwnames = NULL;
    f->annotations = NULL;
    PyObject_GC_Track(f);
    if (!f->name || !f->qualname || !f->doc) {
        Py_DECREF(f);
        return NULL;
    }
    return (PyObject *)f;
}
/* @end */

/* @piece pyxc_implicit_classmethod */
/* type() makes a plain-function __init_subclass__ or __class_getitem__ a classmethod; it knows
   only CPython's functions, so a class body does it for pyxc's. New reference. */
static PyObject *pyxc_implicit_classmethod(PyObject *f) {
    if (Py_TYPE(f) == &pyxc_function_type) return PyClassMethod_New(f);
    return Py_NewRef(f);
}
/* @end */

/* @piece pyxc_function_defaults_known */
/* A cpdef function's defaults, evaluated by its def statement after its function object was bound
   at init: that object (if globals[name] still is it) keeps them for __defaults__; its wrapper
   reads the module's default slots. Borrows defaults. */
static void pyxc_function_defaults_known(PyObject *globals, const char *name, PyMethodDef *def, PyObject *defaults) {
    PyObject *f = PyDict_GetItemString(globals, name);
    if (!f || Py_TYPE(f) != &pyxc_function_type || ((pyxc_function_object *)f)->def != def) return;
    Py_XSETREF(((pyxc_function_object *)f)->defaults, Py_NewRef(defaults));
}
/* @end */

/* @piece pyxc_scope_type */
/* Makes a scope type from its spec and gives it its qualified name (outer.<locals>). */
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
