/*
 * pyxc runtime: cython.view.array, Cython's array object. It owns (or, made over a pointer,
 * borrows) a contiguous block of items, exports it through the buffer protocol (so typed
 * memoryviews acquire it like any exporter), and answers Python's indexing, slicing and
 * attribute reads through a memoryview of itself, as Cython's does. Its C fields are what
 * `cdef array a` reads and writes (data, len, itemsize, ndim, mode, format, callback_free_data),
 * declared to the compiler by the bundled cython/view.pxd.
 */

/* @piece pyxc_cvarray */
typedef struct {
    PyObject_HEAD
    char *data;
    Py_ssize_t len;
    char *format;
    int ndim;
    Py_ssize_t *shape;         /* ndim lengths, then ndim strides, in one block */
    Py_ssize_t *strides;
    Py_ssize_t itemsize;
    PyObject *mode;            /* 'c' or 'fortran' */
    PyObject *format_bytes;    /* keeps format alive */
    void (*callback_free_data)(void *data);
    int free_data;
    int dtype_is_object;       /* its items are Python objects (format 'O'), as Cython's attribute says */
} pyxc_cvarray;

static PyTypeObject pyxc_cvarray_type_object;

/* The memoryview of a format's items, as Python code indexes an array (a char one gives bytes, as Cython's struct-based view does). */
static PyObject *pyxc_get_struct_char(const char *p) { return PyBytes_FromStringAndSize(p, 1); }
static int pyxc_set_struct_char(char *p, PyObject *v) {
    if (!PyBytes_Check(v) || PyBytes_GET_SIZE(v) != 1) {
        PyErr_SetString(PyExc_TypeError, "char format requires a bytes object of length 1");
        return -1;
    }
    *p = PyBytes_AS_STRING(v)[0];
    return 0;
}
static const pyxc_dtype pyxc_dtype_struct_char = {"char", 'i', 1, "c", pyxc_get_struct_char, pyxc_set_struct_char, NULL, 0, NULL, NULL, NULL, NULL};

/* Whether the array's items are Python objects (format "O", as Cython's dtype_is_object). */
static int pyxc_cvarray_holds_objects(const pyxc_cvarray *a) {
    const char *f = a->format;
    if (f && (*f == '@' || *f == '=')) f++;
    return f && f[0] == 'O' && f[1] == '\0' && a->itemsize == (Py_ssize_t)sizeof(PyObject *);
}

static const pyxc_dtype *pyxc_cvarray_dtype(const char *format) {
    if (*format == '@' || *format == '=') format++;
    if (format[0] == 'Z' && format[1] && !format[2]) {
        switch (format[1]) {
        case 'f': return &pyxc_dtype_float_complex;
        case 'd': return &pyxc_dtype_double_complex;
        case 'g': return &pyxc_dtype_longdouble_complex;
        }
        return NULL;
    }
    if (!format[0] || format[1]) return NULL;
    switch (format[0]) {
    case 'c': return &pyxc_dtype_struct_char;
    case 'b': return &pyxc_dtype_schar;
    case 'B': return &pyxc_dtype_uchar;
    case 'h': return &pyxc_dtype_short;
    case 'H': return &pyxc_dtype_ushort;
    case 'i': return &pyxc_dtype_int;
    case 'I': return &pyxc_dtype_uint;
    case 'l': return &pyxc_dtype_long;
    case 'L': return &pyxc_dtype_ulong;
    case 'q': return &pyxc_dtype_longlong;
    case 'Q': return &pyxc_dtype_ulonglong;
    case 'n': return &pyxc_dtype_ssize_t;
    case 'N': return &pyxc_dtype_size_t;
    case 'f': return &pyxc_dtype_float;
    case 'd': return &pyxc_dtype_double;
    case 'g': return &pyxc_dtype_longdouble;
    case 'O': return &pyxc_dtype_object;
    }
    return NULL;
}

/*
 * Lays out an array of the given shape and item size: strides contiguous in C or Fortran order,
 * its byte length set; the data is not allocated here. Messages are Cython's.
 */
static int pyxc_cvarray_layout(pyxc_cvarray *a, int ndim, const Py_ssize_t *shape, Py_ssize_t itemsize, const char *format,
                               int fortran) {
    int i;
    Py_ssize_t stride = itemsize;
    if (ndim == 0) {
        PyErr_SetString(PyExc_ValueError, "Empty shape tuple for cython.array");
        return -1;
    }
    if (itemsize <= 0) {
        PyErr_SetString(PyExc_ValueError, "itemsize <= 0 for cython.array");
        return -1;
    }
    if (ndim > PYXC_MAX_DIMS) {
        PyErr_Format(PyExc_ValueError, "Buffer has too many dimensions (%d, at most %d)", ndim, PYXC_MAX_DIMS);
        return -1;
    }
    a->ndim = ndim;
    a->itemsize = itemsize;
    if (!(a->format_bytes = PyBytes_FromString(format))) return -1;
    a->format = PyBytes_AS_STRING(a->format_bytes);
    if (!(a->mode = PyUnicode_FromString(fortran ? "fortran" : "c"))) return -1;
    if (!(a->shape = (Py_ssize_t *)PyObject_Malloc(sizeof(Py_ssize_t) * 2 * (size_t)ndim))) {
        PyErr_SetString(PyExc_MemoryError, "unable to allocate shape and strides.");
        return -1;
    }
    a->strides = a->shape + ndim;
    for (i = 0; i < ndim; i++) {
        if (shape[i] <= 0) {
            PyErr_Format(PyExc_ValueError, "Invalid shape in axis %d: %zd.", i, shape[i]);
            return -1;
        }
        a->shape[i] = shape[i];
    }
    for (i = 0; i < ndim; i++) {
        int axis = fortran ? i : ndim - 1 - i;
        a->strides[axis] = stride;
        stride *= a->shape[axis];
    }
    a->len = stride;
    a->dtype_is_object = pyxc_cvarray_holds_objects(a);
    return 0;
}

/* array(shape, itemsize, format, mode='c', allocate_buffer=True), with Cython's argument checks. */
static PyObject *pyxc_cvarray_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    static char *names[] = {"shape", "itemsize", "format", "mode", "allocate_buffer", NULL};
    PyObject *shape, *format, *mode = NULL, *encoded = NULL;
    Py_ssize_t itemsize, dims[PYXC_MAX_DIMS];
    int allocate = 1, fortran = 0, ndim, i;
    pyxc_cvarray *a;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "OnO|Op:array", names, &shape, &itemsize, &format, &mode, &allocate)) return NULL;
    if (!PyTuple_Check(shape)) {
        PyErr_Format(PyExc_TypeError, "Argument 'shape' has incorrect type (expected tuple, got %.200s)", Py_TYPE(shape)->tp_name);
        return NULL;
    }
    if (format == Py_None) {
        PyErr_SetString(PyExc_TypeError, "Argument 'format' must not be None");
        return NULL;
    }
    if (PyUnicode_Check(format)) {
        if (!(encoded = PyUnicode_AsASCIIString(format))) return NULL;
    } else if (PyBytes_Check(format)) {
        encoded = Py_NewRef(format);
    } else {
        PyErr_Format(PyExc_AttributeError, "'%.200s' object has no attribute 'encode'", Py_TYPE(format)->tp_name);
        return NULL;
    }
    a = (pyxc_cvarray *)type->tp_alloc(type, 0);
    if (!a) goto bad;
    ndim = (int)PyTuple_GET_SIZE(shape);
    if (ndim > PYXC_MAX_DIMS) ndim = PYXC_MAX_DIMS + 1; /* reported by the layout */
    for (i = 0; i < ndim && i < PYXC_MAX_DIMS; i++) {
        dims[i] = PyNumber_AsSsize_t(PyTuple_GET_ITEM(shape, i), PyExc_OverflowError);
        if (dims[i] == -1 && PyErr_Occurred()) goto bad;
    }
    if (mode) {
        int c = PyUnicode_Check(mode) ? PyUnicode_CompareWithASCIIString(mode, "c") : -1;
        int f = PyUnicode_Check(mode) ? PyUnicode_CompareWithASCIIString(mode, "fortran") : -1;
        if (PyErr_Occurred()) goto bad;
        if (c != 0 && f != 0) {
            PyErr_Format(PyExc_ValueError, "Invalid mode, expected 'c' or 'fortran', got %S", mode);
            goto bad;
        }
        fortran = f == 0;
    }
    if (pyxc_cvarray_layout(a, ndim, dims, itemsize, PyBytes_AS_STRING(encoded), fortran) < 0) goto bad;
    Py_CLEAR(encoded);
    if (allocate) {
        a->free_data = 1;
        if (!(a->data = (char *)malloc((size_t)a->len))) {
            PyErr_SetString(PyExc_MemoryError, "unable to allocate array data.");
            Py_DECREF(a);
            return NULL;
        }
        /* An array of objects starts as Nones, each element owning its reference (released with the array), as Cython's. */
        if (pyxc_cvarray_holds_objects(a)) {
            for (Py_ssize_t i = 0; i < a->len / a->itemsize; i++) ((PyObject **)a->data)[i] = Py_NewRef(Py_None);
        }
    }
    return (PyObject *)a;
bad:
    Py_XDECREF(encoded);
    Py_XDECREF(a);
    return NULL;
}

/*
 * `<T[:n, :m]> p`: an array over memory the program owns (the array frees it only through a
 * callback_free_data set later), C-contiguous, or Fortran-contiguous when the first axis is ::1.
 * A NULL p is refused, with Cython's message.
 */
static PyObject *pyxc_cvarray_from_pointer(void *data, Py_ssize_t itemsize, const char *format, int fortran, int ndim, ...) {
    Py_ssize_t dims[PYXC_MAX_DIMS];
    va_list ap;
    int i;
    pyxc_cvarray *a;
    if (!data) {
        PyErr_SetString(PyExc_ValueError, "Cannot create cython.array from NULL pointer");
        return NULL;
    }
    va_start(ap, ndim);
    for (i = 0; i < ndim; i++) dims[i] = va_arg(ap, Py_ssize_t);
    va_end(ap);
    if (PyType_Ready(&pyxc_cvarray_type_object) < 0) return NULL;
    a = (pyxc_cvarray *)pyxc_cvarray_type_object.tp_alloc(&pyxc_cvarray_type_object, 0);
    if (!a) return NULL;
    if (pyxc_cvarray_layout(a, ndim, dims, itemsize, format, fortran) < 0) {
        Py_DECREF(a);
        return NULL;
    }
    a->data = (char *)data;
    return (PyObject *)a;
}

static void pyxc_cvarray_dealloc(PyObject *self) {
    pyxc_cvarray *a = (pyxc_cvarray *)self;
    if (a->free_data && a->data && pyxc_cvarray_holds_objects(a)) {
        for (Py_ssize_t i = 0; i < a->len / a->itemsize; i++) Py_CLEAR(((PyObject **)a->data)[i]);
    }
    if (a->callback_free_data) a->callback_free_data(a->data);
    else if (a->free_data) free(a->data);
    PyObject_Free(a->shape);
    Py_XDECREF(a->mode);
    Py_XDECREF(a->format_bytes);
    Py_TYPE(self)->tp_free(self);
}

/* Whether the array's items lie contiguously in C order (fortran 0) or Fortran order (1): both when at most one axis is longer than 1. */
static int pyxc_cvarray_contiguous(pyxc_cvarray *a, int fortran) {
    Py_ssize_t stride = a->itemsize;
    int i;
    for (i = 0; i < a->ndim; i++) {
        int axis = fortran ? i : a->ndim - 1 - i;
        if (a->shape[axis] > 1 && a->strides[axis] != stride) return 0;
        stride *= a->shape[axis];
    }
    return 1;
}

static int pyxc_cvarray_getbuffer(PyObject *self, Py_buffer *view, int flags) {
    pyxc_cvarray *a = (pyxc_cvarray *)self;
    /* (each contiguity flag includes PyBUF_STRIDES: only the bits beyond it tell the order) */
    int c = (flags & ~PyBUF_STRIDES & PyBUF_C_CONTIGUOUS) != 0, f = (flags & ~PyBUF_STRIDES & PyBUF_F_CONTIGUOUS) != 0;
    int any = (flags & ~PyBUF_STRIDES & PyBUF_ANY_CONTIGUOUS) != 0;
    if ((c && !pyxc_cvarray_contiguous(a, 0)) || (f && !pyxc_cvarray_contiguous(a, 1))
        || (any && !pyxc_cvarray_contiguous(a, 0) && !pyxc_cvarray_contiguous(a, 1))) {
        /* (Cython's message, which its memoryviews give on taking such an array) */
        PyErr_SetString(PyExc_ValueError, "Buffer and memoryview are not contiguous in the same dimension.");
        view->obj = NULL;
        return -1;
    }
    view->buf = a->data;
    view->len = a->len;
    if ((flags & PyBUF_STRIDES) == PyBUF_STRIDES) {
        view->ndim = a->ndim;
        view->shape = a->shape;
        view->strides = a->strides;
    } else {
        view->ndim = 1;
        view->shape = (flags & PyBUF_ND) == PyBUF_ND ? &a->len : NULL;
        view->strides = NULL;
    }
    view->suboffsets = NULL;
    view->itemsize = a->itemsize;
    view->readonly = 0;
    view->format = (flags & PyBUF_FORMAT) ? a->format : NULL;
    view->internal = NULL;
    view->obj = Py_NewRef(self);
    return 0;
}

static PyBufferProcs pyxc_cvarray_as_buffer = {pyxc_cvarray_getbuffer, NULL};

/* array.memview: a memoryview of the whole array, through which Python code reads and writes it. */
static PyObject *pyxc_cvarray_memview(PyObject *self, void *unused) {
    pyxc_cvarray *a = (pyxc_cvarray *)self;
    const pyxc_dtype *dt = pyxc_cvarray_dtype(a->format);
    pyxc_slice s;
    PyObject *m;
    if (!dt || dt->size != a->itemsize) {
        PyErr_Format(PyExc_ValueError, "cython.array of format '%s' (item size %zd) cannot be read from Python by pyxc",
                     a->format, a->itemsize);
        return NULL;
    }
    s = pyxc_mv_from_object(self, dt, a->ndim, 0, NULL);
    if (!s.owner) return NULL;
    m = pyxc_mv_to_object(&s, a->ndim, dt, 0);
    pyxc_mv_release(&s);
    return m;
}

static PyObject *pyxc_cvarray_getattro(PyObject *self, PyObject *name) {
    PyObject *r = PyObject_GenericGetAttr(self, name), *m;
    if (r || !PyErr_ExceptionMatches(PyExc_AttributeError)) return r;
    PyErr_Clear();
    if (!(m = pyxc_cvarray_memview(self, NULL))) return NULL;
    r = PyObject_GetAttr(m, name);
    Py_DECREF(m);
    return r;
}

static PyObject *pyxc_cvarray_subscript(PyObject *self, PyObject *key) {
    PyObject *m = pyxc_cvarray_memview(self, NULL), *r;
    if (!m) return NULL;
    r = PyObject_GetItem(m, key);
    Py_DECREF(m);
    return r;
}

static int pyxc_cvarray_ass_subscript(PyObject *self, PyObject *key, PyObject *value) {
    PyObject *m;
    int r;
    if (!value) {
        PyErr_SetString(PyExc_TypeError, "Cannot delete items of a cython.array");
        return -1;
    }
    if (!(m = pyxc_cvarray_memview(self, NULL))) return -1;
    r = PyObject_SetItem(m, key, value);
    Py_DECREF(m);
    return r;
}

static Py_ssize_t pyxc_cvarray_len(PyObject *self) {
    return ((pyxc_cvarray *)self)->shape[0];
}

static PyObject *pyxc_cvarray_item(PyObject *self, Py_ssize_t i) {
    PyObject *key = PyLong_FromSsize_t(i), *r;
    if (!key) return NULL;
    r = pyxc_cvarray_subscript(self, key);
    Py_DECREF(key);
    return r;
}

/* count() and index() of collections.abc.Sequence, as Cython's array takes them from it. */
static PyObject *pyxc_cvarray_sequence_method(PyObject *self, PyObject *args, const char *name) {
    PyObject *abc = PyImport_ImportModule("collections.abc"), *seq, *f, *bound, *r;
    if (!abc) return NULL;
    seq = PyObject_GetAttrString(abc, "Sequence");
    Py_DECREF(abc);
    if (!seq) return NULL;
    f = PyObject_GetAttrString(seq, name);
    Py_DECREF(seq);
    if (!f) return NULL;
    bound = PyMethod_New(f, self);
    Py_DECREF(f);
    if (!bound) return NULL;
    r = PyObject_Call(bound, args, NULL);
    Py_DECREF(bound);
    return r;
}

static PyObject *pyxc_cvarray_count(PyObject *self, PyObject *args) {
    return pyxc_cvarray_sequence_method(self, args, "count");
}

static PyObject *pyxc_cvarray_index(PyObject *self, PyObject *args) {
    return pyxc_cvarray_sequence_method(self, args, "index");
}

static PyMethodDef pyxc_cvarray_methods[] = {
    {"count", pyxc_cvarray_count, METH_VARARGS, NULL},
    {"index", pyxc_cvarray_index, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef pyxc_cvarray_getset[] = {
    {"memview", pyxc_cvarray_memview, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PySequenceMethods pyxc_cvarray_as_sequence = {.sq_length = pyxc_cvarray_len, .sq_item = pyxc_cvarray_item};
static PyMappingMethods pyxc_cvarray_as_mapping = {pyxc_cvarray_len, pyxc_cvarray_subscript, pyxc_cvarray_ass_subscript};

static PyTypeObject pyxc_cvarray_type_object = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pyxc.array",
    .tp_basicsize = sizeof(pyxc_cvarray),
    .tp_dealloc = pyxc_cvarray_dealloc,
    .tp_as_sequence = &pyxc_cvarray_as_sequence,
    .tp_as_mapping = &pyxc_cvarray_as_mapping,
    .tp_as_buffer = &pyxc_cvarray_as_buffer,
    .tp_getattro = pyxc_cvarray_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_SEQUENCE,
    .tp_doc = "cython.view.array: a contiguous block of C items that exports the buffer protocol.",
    .tp_methods = pyxc_cvarray_methods,
    .tp_getset = pyxc_cvarray_getset,
    .tp_new = pyxc_cvarray_new,
};

/*
 * The array type, ready, for module init (a module's extern class cython.view.array is this
 * type); registered as a collections.abc.Sequence, as Cython registers its array.
 */
static PyTypeObject *pyxc_cvarray_type(void) {
    PyObject *abc, *r;
    if (pyxc_cvarray_type_object.tp_flags & Py_TPFLAGS_READY) return (PyTypeObject *)Py_NewRef(&pyxc_cvarray_type_object);
    if (PyType_Ready(&pyxc_cvarray_type_object) < 0) return NULL;
    if (!(abc = PyImport_ImportModule("collections.abc"))) return NULL;
    r = PyObject_GetAttrString(abc, "Sequence");
    Py_DECREF(abc);
    if (!r) return NULL;
    abc = PyObject_CallMethod(r, "register", "O", (PyObject *)&pyxc_cvarray_type_object);
    Py_DECREF(r);
    if (!abc) return NULL;
    Py_DECREF(abc);
    return (PyTypeObject *)Py_NewRef(&pyxc_cvarray_type_object);
}
/* @end */

/* @piece pyxc_object_storage */
/* n items that are objects (n > 0), all None, released with the storage: a cython.view.array of format "O". */
static PyObject *pyxc_object_storage(Py_ssize_t n) {
    if (PyType_Ready(&pyxc_cvarray_type_object) < 0) return NULL;
    return PyObject_CallFunction((PyObject *)&pyxc_cvarray_type_object, "(n)ns", n, (Py_ssize_t)sizeof(PyObject *), "O");
}
/* @end */
