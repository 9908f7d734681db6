/* Generators: the object a generator function's call returns, which runs the compiled body on each
   resumption. The body is a C function of its frame (a per-function struct the compiler writes,
   beginning with where to resume) and of the value sent in; it returns the value it yields, or,
   with the frame's label set to -1, the value it returns, or NULL for an exception. */

/* @piece pyxc_frame_take */
/* A value taken back from a frame slot when the body resumes: the reference moves out, the slot is
   left empty (so a frame collected later releases only what it still holds). */
static inline PyObject *pyxc_frame_take(PyObject **slot) {
    PyObject *v = *slot;
    *slot = NULL;
    return v;
}
/* @end */

/* @piece pyxc_mv_frame_take */
static inline pyxc_slice pyxc_mv_frame_take(pyxc_slice *slot) {
    pyxc_slice v = *slot;
    slot->owner = NULL;
    return v;
}
/* @end */

/* @piece pyxc_gen_sent */
/* The value of a yield expression: what the caller sent (borrowed), or NULL when it threw an
   exception in instead (already set). */
static inline PyObject *pyxc_gen_sent(PyObject *sent) {
    return sent;
}
/* @end */

/* @piece pyxc_generator_new */
#include <stddef.h>
#include <frameobject.h>
typedef struct {
    PyObject_HEAD
    int label;              /* 0 before the first resumption, -1 once finished, else the yield to resume at */
    PyObject *yf_value;     /* what the last step of a yield from produced, until the body takes it */
    PyObject *yf_iter;      /* while suspended in a yield from, its iterator (borrowed: a register of the
                               frame holds it); else NULL */
} pyxc_frame_head;

/* What a generator function's generators share: its names, PEP 479's rule, and the source of a
   def with its parameters and locals, compiled into gi_code when first asked for. */
typedef struct {
    const char *name, *qualname;
    int generator_stop;     /* PEP 479: a StopIteration escaping the body becomes RuntimeError (else it ends the generator) */
    const char *code_source;
} pyxc_gen_info;

typedef struct {
    PyObject_HEAD
    PyObject *frame;        /* NULL once the generator has finished */
    PyObject *(*body)(PyObject *frame, PyObject *sent);
    PyObject *name, *qualname;
    int running;
    PyObject *weakreflist;
    PyObject *exc_value;    /* the exception the body is handling while suspended (in an except clause), or NULL */
    const pyxc_gen_info *info;
    PyObject *globals;      /* the module's dict, for gi_frame */
    PyObject *code;         /* gi_code once made, else NULL */
    PyObject *frame_object; /* gi_frame once made, else NULL */
} pyxc_generator_object;

/* Runs the body once: sent is the value sent in, or NULL with an exception to throw in set. Returns
   the value yielded; NULL when the generator finished (StopIteration set, carrying a returned value,
   unless plain_next and nothing was returned) or raised. */
static PyObject *pyxc_gen_resume(pyxc_generator_object *g, PyObject *sent, int plain_next) {
    if (unlikely(g->running)) {
        PyErr_SetString(PyExc_ValueError, "generator already executing");
        return NULL;
    }
    if (!g->frame) {
        if (sent && !plain_next) PyErr_SetNone(PyExc_StopIteration);
        return NULL;
    }
    int label = ((pyxc_frame_head *)g->frame)->label;
    if (label == 0 && !sent) {
        /* Thrown into before it started: it finishes, and the exception propagates. */
        Py_CLEAR(g->frame);
        return NULL;
    }
    if (label == 0 && sent != Py_None) {
        PyErr_SetString(PyExc_TypeError, "can't send non-None value to a just-started generator");
        return NULL;
    }
    /* The body sees the exception it was handling when it suspended; its caller gets its own back. */
    PyObject *outer = PyErr_GetHandledException();
    if (g->exc_value) PyErr_SetHandledException(g->exc_value);
    g->running = 1;
    PyObject *r = g->body(g->frame, sent);
    g->running = 0;
    PyObject *inner = PyErr_GetHandledException();
    if (inner != outer) {
        Py_XSETREF(g->exc_value, inner);
        PyErr_SetHandledException(outer);
    } else {
        Py_XDECREF(inner);
        Py_CLEAR(g->exc_value);
    }
    Py_XDECREF(outer);
    if (r && ((pyxc_frame_head *)g->frame)->label != -1) return r;
    Py_CLEAR(g->frame);
    if (r) {
        if (r == Py_None) {
            if (!plain_next) PyErr_SetNone(PyExc_StopIteration);
        } else {
            PyObject *stop = PyObject_CallOneArg(PyExc_StopIteration, r);
            if (stop) {
                PyErr_SetObject(PyExc_StopIteration, stop);
                Py_DECREF(stop);
            }
        }
        Py_DECREF(r);
        return NULL;
    }
    if (!g->info->generator_stop && PyErr_ExceptionMatches(PyExc_StopIteration)) {
        /* Python 2's generators: the StopIteration raised ends it as it is. */
    } else if (PyErr_ExceptionMatches(PyExc_StopIteration) || PyErr_ExceptionMatches(PyExc_StopAsyncIteration)) {
        /* PEP 479: a StopIteration escaping the body would end the caller's loop silently. */
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        PyErr_NormalizeException(&type, &value, &tb);
        if (tb) PyException_SetTraceback(value, tb);
        PyErr_SetString(PyExc_RuntimeError, "generator raised StopIteration");
        PyObject *t2, *v2, *tb2;
        PyErr_Fetch(&t2, &v2, &tb2);
        PyErr_NormalizeException(&t2, &v2, &tb2);
        PyException_SetCause(v2, Py_NewRef(value));
        PyException_SetContext(v2, value);
        PyErr_Restore(t2, v2, tb2);
        Py_DECREF(type);
        Py_XDECREF(tb);
    }
    return NULL;
}

static PyObject *pyxc_gen_iternext(PyObject *self) {
    return pyxc_gen_resume((pyxc_generator_object *)self, Py_None, 1);
}

static PyObject *pyxc_gen_send(PyObject *self, PyObject *value) {
    return pyxc_gen_resume((pyxc_generator_object *)self, value, 0);
}

static PyObject *pyxc_gen_throw(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs < 1 || nargs > 3) {
        PyErr_Format(PyExc_TypeError, "throw expected at least 1 argument, got %zd", nargs);
        return NULL;
    }
    PyObject *typ = args[0], *val = nargs > 1 ? args[1] : NULL, *tb = nargs > 2 ? args[2] : NULL;
    if (tb == Py_None) tb = NULL;
    if (tb && !PyTraceBack_Check(tb)) {
        PyErr_SetString(PyExc_TypeError, "throw() third argument must be a traceback object");
        return NULL;
    }
    if (PyExceptionClass_Check(typ)) {
        PyObject *t = Py_NewRef(typ), *v = Py_XNewRef(val == Py_None ? NULL : val), *b = Py_XNewRef(tb);
        PyErr_NormalizeException(&t, &v, &b);
        if (!v) return NULL;
        if (b) PyException_SetTraceback(v, b);
        PyErr_Restore(t, v, b);
    } else if (PyExceptionInstance_Check(typ)) {
        if (val && val != Py_None) {
            PyErr_SetString(PyExc_TypeError, "instance exception may not have a separate value");
            return NULL;
        }
        if (tb) PyException_SetTraceback(typ, tb);
        PyErr_Restore(Py_NewRef((PyObject *)Py_TYPE(typ)), Py_NewRef(typ), Py_XNewRef(tb));
    } else {
        PyErr_Format(PyExc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                     Py_TYPE(typ)->tp_name);
        return NULL;
    }
    return pyxc_gen_resume((pyxc_generator_object *)self, NULL, 0);
}

static PyObject *pyxc_gen_close(PyObject *self, PyObject *unused) {
    (void)unused;
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    if (!g->frame) Py_RETURN_NONE;
    if (((pyxc_frame_head *)g->frame)->label == 0) {
        Py_CLEAR(g->frame);
        Py_RETURN_NONE;
    }
    PyErr_SetNone(PyExc_GeneratorExit);
    PyObject *r = pyxc_gen_resume(g, NULL, 0);
    if (r) {
        Py_DECREF(r);
        PyErr_SetString(PyExc_RuntimeError, "generator ignored GeneratorExit");
        return NULL;
    }
    if (PyErr_ExceptionMatches(PyExc_GeneratorExit) || PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return PyErr_Occurred() ? NULL : Py_NewRef(Py_None);
}

/* Collected while suspended: closed first (its finally blocks run), as CPython does. */
static void pyxc_gen_finalize(PyObject *self) {
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    if (!g->frame || ((pyxc_frame_head *)g->frame)->label == 0) return;
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyObject *r = pyxc_gen_close(self, NULL);
    if (r) Py_DECREF(r);
    else PyErr_WriteUnraisable(self);
    PyErr_Restore(type, value, tb);
}

static int pyxc_gen_traverse(PyObject *self, visitproc visit, void *arg) {
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    Py_VISIT(g->frame);
    Py_VISIT(g->exc_value);
    Py_VISIT(g->globals);
    Py_VISIT(g->code);
    Py_VISIT(g->frame_object);
    return 0;
}

static int pyxc_gen_clear(PyObject *self) {
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    Py_CLEAR(g->frame);
    Py_CLEAR(g->exc_value);
    Py_CLEAR(g->globals);
    Py_CLEAR(g->code);
    Py_CLEAR(g->frame_object);
    return 0;
}

static void pyxc_gen_dealloc(PyObject *self) {
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    if (PyObject_CallFinalizerFromDealloc(self) < 0) return;
    PyObject_GC_UnTrack(self);
    if (g->weakreflist) PyObject_ClearWeakRefs(self);
    Py_CLEAR(g->frame);
    Py_CLEAR(g->exc_value);
    Py_CLEAR(g->globals);
    Py_CLEAR(g->code);
    Py_CLEAR(g->frame_object);
    Py_CLEAR(g->name);
    Py_CLEAR(g->qualname);
    PyObject_GC_Del(self);
}

static PyObject *pyxc_gen_repr(PyObject *self) {
    return PyUnicode_FromFormat("<generator object %U at %p>", ((pyxc_generator_object *)self)->qualname, self);
}

static PyObject *pyxc_gen_get_name(PyObject *self, void *field) {
    return Py_NewRef(*(PyObject **)((char *)self + (size_t)field));
}

static int pyxc_gen_set_name(PyObject *self, PyObject *value, void *field) {
    if (!value || !PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "__%s__ must be set to a string object",
                     (size_t)field == offsetof(pyxc_generator_object, qualname) ? "qualname" : "name");
        return -1;
    }
    Py_XSETREF(*(PyObject **)((char *)self + (size_t)field), Py_NewRef(value));
    return 0;
}

/* gi_yieldfrom: the iterator a yield from the generator is suspended in delegates to, or None. */
static PyObject *pyxc_gen_get_yieldfrom(PyObject *self, void *unused) {
    (void)unused;
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    PyObject *it = g->frame && !g->running ? ((pyxc_frame_head *)g->frame)->yf_iter : NULL;
    return Py_NewRef(it ? it : Py_None);
}

static PyObject *pyxc_gen_get_running(PyObject *self, void *unused) {
    (void)unused;
    return PyBool_FromLong(((pyxc_generator_object *)self)->running);
}

/* gi_code: a code object with the function's name, parameters and locals (co_varnames), made
   once from the source pyxc wrote for it (the code of a def with those names that yields). */
static PyObject *pyxc_gen_get_code(PyObject *self, void *unused) {
    (void)unused;
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    if (g->code) return Py_NewRef(g->code);
    PyObject *module = NULL, *ns = NULL, *r = NULL, *f, *fcode = NULL, *replace = NULL, *kwargs = NULL;
    module = Py_CompileString(g->info->code_source, "<pyxc generator>", Py_file_input);
    if (!module) goto done;
    ns = PyDict_New();
    if (!ns || PyDict_SetItemString(ns, "__builtins__", PyEval_GetBuiltins()) < 0) goto done;
    r = PyEval_EvalCode(module, ns, ns);
    if (!r || !(f = PyDict_GetItemString(ns, "f"))) goto done;
    fcode = PyObject_GetAttrString(f, "__code__");
    replace = fcode ? PyObject_GetAttrString(fcode, "replace") : NULL;
    kwargs = replace ? Py_BuildValue("{sOsO}", "co_name", g->name, "co_qualname", g->qualname) : NULL;
    if (kwargs) g->code = PyObject_VectorcallDict(replace, NULL, 0, kwargs);
done:
    Py_XDECREF(module);
    Py_XDECREF(ns);
    Py_XDECREF(r);
    Py_XDECREF(fcode);
    Py_XDECREF(replace);
    Py_XDECREF(kwargs);
    return g->code ? Py_NewRef(g->code) : NULL;
}

/* gi_frame: a frame object of gi_code (made once, as the generator's), None once it has finished. */
static PyObject *pyxc_gen_get_frame(PyObject *self, void *unused) {
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    if (!g->frame) Py_RETURN_NONE;
    if (!g->frame_object) {
        PyObject *code = pyxc_gen_get_code(self, unused);
        if (!code) return NULL;
        g->frame_object = (PyObject *)PyFrame_New(PyThreadState_Get(), (PyCodeObject *)code, g->globals, NULL);
        Py_DECREF(code);
        if (!g->frame_object) return NULL;
    }
    return Py_NewRef(g->frame_object);
}

/* gi_suspended: started, not finished and not running (what inspect.getgeneratorstate reads). */
static PyObject *pyxc_gen_get_suspended(PyObject *self, void *unused) {
    (void)unused;
    pyxc_generator_object *g = (pyxc_generator_object *)self;
    return PyBool_FromLong(g->frame && !g->running && ((pyxc_frame_head *)g->frame)->label > 0);
}

static PyMethodDef pyxc_gen_methods[] = {
    {"send", pyxc_gen_send, METH_O, NULL},
    {"throw", (PyCFunction)(void (*)(void))pyxc_gen_throw, METH_FASTCALL, NULL},
    {"close", pyxc_gen_close, METH_NOARGS, NULL},
    {NULL}
};

static PyGetSetDef pyxc_gen_getset[] = {
    {"__name__", pyxc_gen_get_name, pyxc_gen_set_name, NULL, (void *)offsetof(pyxc_generator_object, name)},
    {"__qualname__", pyxc_gen_get_name, pyxc_gen_set_name, NULL, (void *)offsetof(pyxc_generator_object, qualname)},
    {"gi_running", pyxc_gen_get_running, NULL, NULL, NULL},
    {"gi_yieldfrom", pyxc_gen_get_yieldfrom, NULL, NULL, NULL},
    {"gi_code", pyxc_gen_get_code, NULL, NULL, NULL},
    {"gi_frame", pyxc_gen_get_frame, NULL, NULL, NULL},
    {"gi_suspended", pyxc_gen_get_suspended, NULL, NULL, NULL},
    {NULL}
};

static PyTypeObject pyxc_generator_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "generator",
    .tp_basicsize = sizeof(pyxc_generator_object),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_dealloc = pyxc_gen_dealloc,
    .tp_traverse = pyxc_gen_traverse,
    .tp_clear = pyxc_gen_clear,
    .tp_finalize = pyxc_gen_finalize,
    .tp_repr = pyxc_gen_repr,
    .tp_iter = PyObject_SelfIter,
    .tp_iternext = pyxc_gen_iternext,
    .tp_methods = pyxc_gen_methods,
    .tp_getset = pyxc_gen_getset,
    .tp_weaklistoffset = offsetof(pyxc_generator_object, weakreflist),
};

/* A generator running body over frame (stolen), of the function info describes, in the module of
   dict globals. New reference. */
static PyObject *pyxc_generator_new(PyObject *frame, PyObject *(*body)(PyObject *, PyObject *), const pyxc_gen_info *info,
                                    PyObject *globals) {
    if (unlikely(!(pyxc_generator_type.tp_flags & Py_TPFLAGS_READY)) && PyType_Ready(&pyxc_generator_type) < 0) {
        Py_DECREF(frame);
        return NULL;
    }
    pyxc_generator_object *g = PyObject_GC_New(pyxc_generator_object, &pyxc_generator_type);
    if (!g) {
        Py_DECREF(frame);
        return NULL;
    }
    g->frame = frame;
    g->body = body;
    g->running = 0;
    g->weakreflist = NULL;
    g->exc_value = NULL;
    g->info = info;
    g->globals = Py_XNewRef(globals);
    g->code = NULL;
    g->frame_object = NULL;
    g->name = PyUnicode_FromString(info->name);
    g->qualname = PyUnicode_FromString(info->qualname);
    PyObject_GC_Track(g);
    if (!g->name || !g->qualname) {
        Py_DECREF(g);
        return NULL;
    }
    return (PyObject *)g;
}
/* @end */

/* @piece pyxc_yf_step */
/* One step of yield from it: the value sent in passed on (next() for None, send() otherwise), or,
   when sent is NULL, the exception thrown in passed to its throw() (GeneratorExit closes it instead).
   Returns 1 when it yielded, 0 when it finished, -1 for an error; the value yielded or returned is
   left in the frame for pyxc_yf_take. */
static int pyxc_yf_step(PyObject *frame, PyObject *it, PyObject *sent) {
    PyObject *r;
    if (sent == NULL) {
        /* The exception thrown in is held while the iterator is looked at (no API call may run with one set). */
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        if (PyErr_GivenExceptionMatches(type, PyExc_GeneratorExit)) {
            PyObject *close = PyObject_GetAttrString(it, "close");
            if (close) {
                PyObject *c = PyObject_CallNoArgs(close);
                Py_DECREF(close);
                if (!c) {
                    Py_XDECREF(type);
                    Py_XDECREF(value);
                    Py_XDECREF(tb);
                    return -1;
                }
                Py_DECREF(c);
            } else if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
                PyErr_Clear();
            } else {
                /* As CPython: a failing lookup of close() is reported, and the closing goes on. */
                PyErr_WriteUnraisable(it);
            }
            PyErr_Restore(type, value, tb);
            return -1;
        }
        PyObject *throw_ = PyObject_GetAttrString(it, "throw");
        if (!throw_) {
            if (!PyErr_ExceptionMatches(PyExc_AttributeError)) {
                /* As CPython: the lookup's own error propagates instead of the exception thrown in. */
                Py_XDECREF(type);
                Py_XDECREF(value);
                Py_XDECREF(tb);
                return -1;
            }
            PyErr_Clear();
            PyErr_Restore(type, value, tb);
            return -1;
        }
        PyErr_NormalizeException(&type, &value, &tb);
        r = PyObject_CallFunctionObjArgs(throw_, type, value, tb ? tb : Py_None, NULL);
        Py_DECREF(throw_);
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(tb);
    } else if (sent == Py_None && PyIter_Check(it)) {
        r = Py_TYPE(it)->tp_iternext(it);
    } else {
        r = PyObject_CallMethod(it, "send", "O", sent);
    }
    pyxc_frame_head *f = (pyxc_frame_head *)frame;
    f->yf_iter = r ? it : NULL;
    if (r) {
        Py_XSETREF(f->yf_value, r);
        return 1;
    }
    if (!PyErr_Occurred()) {
        Py_XSETREF(f->yf_value, Py_NewRef(Py_None));
        return 0;
    }
    if (PyErr_ExceptionMatches(PyExc_StopIteration)) {
        PyObject *type, *value, *tb;
        PyErr_Fetch(&type, &value, &tb);
        PyErr_NormalizeException(&type, &value, &tb);
        PyObject *result = value ? PyObject_GetAttrString(value, "value") : Py_NewRef(Py_None);
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(tb);
        if (!result) return -1;
        Py_XSETREF(f->yf_value, result);
        return 0;
    }
    return -1;
}

/* What the last step left: the value to yield, or the value of the yield from. New reference. */
static inline PyObject *pyxc_yf_take(PyObject *frame) {
    pyxc_frame_head *f = (pyxc_frame_head *)frame;
    PyObject *v = f->yf_value;
    f->yf_value = NULL;
    return v;
}

/* The iterator a yield from runs: iter(x). */
static inline PyObject *pyxc_yf_iter(PyObject *x) {
    return PyObject_GetIter(x);
}
/* @end */

