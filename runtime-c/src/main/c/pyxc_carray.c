/*
 * C arrays and char pointers meeting Python objects: arrays to lists and back (Cython's
 * carray.to_py / carray.from_py behaviour: lists of lists for more dimensions, an exact length
 * or IndexError), pointer slices to lists and bytes, and the chars of a bytes object.
 */

/* @piece pyxc_scalar_kind */
/*
 * An element type the kinds do not cover (a struct): its size and its conversions, which the
 * module's C defines beside the struct's dict conversions.
 */
typedef struct {
    size_t size;
    PyObject *(*box)(const void *item);
    int (*store)(PyObject *value, void *item);
} pyxc_carray_elem;

/* The element kinds an array's conversions switch on; each converts as an assignment would. */
enum {
    PYXC_K_CHAR, PYXC_K_SCHAR, PYXC_K_UCHAR, PYXC_K_SHORT, PYXC_K_USHORT, PYXC_K_INT, PYXC_K_UINT,
    PYXC_K_LONG, PYXC_K_ULONG, PYXC_K_LONGLONG, PYXC_K_ULONGLONG, PYXC_K_SSIZE_T, PYXC_K_SIZE_T,
    PYXC_K_HASH_T, PYXC_K_PTRDIFF_T, PYXC_K_FLOAT, PYXC_K_DOUBLE, PYXC_K_BINT
};

/* The kind of a header's integer typedef: the C type of its real size and signedness. */
#define PYXC_K_OF(T)                                                                                        \
    ((T)-1 < (T)1 ? (sizeof(T) == 1 ? PYXC_K_SCHAR : sizeof(T) == 2 ? PYXC_K_SHORT : sizeof(T) == 4 ? PYXC_K_INT \
                                                                                   : PYXC_K_LONGLONG)          \
                  : (sizeof(T) == 1 ? PYXC_K_UCHAR : sizeof(T) == 2 ? PYXC_K_USHORT : sizeof(T) == 4 ? PYXC_K_UINT \
                                                                                   : PYXC_K_ULONGLONG))

static size_t pyxc_kind_size(int kind) {
    switch (kind) {
    case PYXC_K_CHAR: case PYXC_K_SCHAR: case PYXC_K_UCHAR: return 1;
    case PYXC_K_SHORT: case PYXC_K_USHORT: return sizeof(short);
    case PYXC_K_INT: case PYXC_K_UINT: case PYXC_K_BINT: return sizeof(int);
    case PYXC_K_LONG: case PYXC_K_ULONG: return sizeof(long);
    case PYXC_K_LONGLONG: case PYXC_K_ULONGLONG: return sizeof(long long);
    case PYXC_K_SSIZE_T: case PYXC_K_HASH_T: return sizeof(Py_ssize_t);
    case PYXC_K_PTRDIFF_T: return sizeof(ptrdiff_t);
    case PYXC_K_SIZE_T: return sizeof(size_t);
    case PYXC_K_FLOAT: return sizeof(float);
    default: return sizeof(double);
    }
}

/* The element at p as a new Python object. */
static PyObject *pyxc_kind_box(const void *p, int kind) {
    switch (kind) {
    case PYXC_K_CHAR: return PyLong_FromLong(*(const char *)p);
    case PYXC_K_SCHAR: return PyLong_FromLong(*(const signed char *)p);
    case PYXC_K_UCHAR: return PyLong_FromLong(*(const unsigned char *)p);
    case PYXC_K_SHORT: return PyLong_FromLong(*(const short *)p);
    case PYXC_K_USHORT: return PyLong_FromLong(*(const unsigned short *)p);
    case PYXC_K_INT: return PyLong_FromLong(*(const int *)p);
    case PYXC_K_UINT: return PyLong_FromUnsignedLong(*(const unsigned int *)p);
    case PYXC_K_LONG: return PyLong_FromLong(*(const long *)p);
    case PYXC_K_ULONG: return PyLong_FromUnsignedLong(*(const unsigned long *)p);
    case PYXC_K_LONGLONG: return PyLong_FromLongLong(*(const long long *)p);
    case PYXC_K_ULONGLONG: return PyLong_FromUnsignedLongLong(*(const unsigned long long *)p);
    case PYXC_K_SSIZE_T: case PYXC_K_HASH_T: return PyLong_FromSsize_t(*(const Py_ssize_t *)p);
    case PYXC_K_PTRDIFF_T: return PyLong_FromSsize_t((Py_ssize_t)*(const ptrdiff_t *)p);
    case PYXC_K_SIZE_T: return PyLong_FromSize_t(*(const size_t *)p);
    case PYXC_K_FLOAT: return PyFloat_FromDouble(*(const float *)p);
    case PYXC_K_DOUBLE: return PyFloat_FromDouble(*(const double *)p);
    default: return PyBool_FromLong(*(const int *)p);
    }
}

/* Stores o converted to the element type at p: 0, or -1 with the conversion's error. */
static int pyxc_kind_store(PyObject *o, void *p, int kind) {
    switch (kind) {
    case PYXC_K_CHAR: *(char *)p = pyxc_as_char(o); break;
    case PYXC_K_SCHAR: *(signed char *)p = pyxc_as_schar(o); break;
    case PYXC_K_UCHAR: *(unsigned char *)p = pyxc_as_uchar(o); break;
    case PYXC_K_SHORT: *(short *)p = pyxc_as_short(o); break;
    case PYXC_K_USHORT: *(unsigned short *)p = pyxc_as_ushort(o); break;
    case PYXC_K_INT: *(int *)p = pyxc_as_int(o); break;
    case PYXC_K_UINT: *(unsigned int *)p = pyxc_as_uint(o); break;
    case PYXC_K_LONG: *(long *)p = pyxc_as_long(o); break;
    case PYXC_K_ULONG: *(unsigned long *)p = pyxc_as_ulong(o); break;
    case PYXC_K_LONGLONG: *(long long *)p = pyxc_as_longlong(o); break;
    case PYXC_K_ULONGLONG: *(unsigned long long *)p = pyxc_as_ulonglong(o); break;
    case PYXC_K_SSIZE_T: *(Py_ssize_t *)p = pyxc_as_ssize_t(o); break;
    case PYXC_K_HASH_T: *(Py_hash_t *)p = pyxc_as_hash_t(o); break;
    case PYXC_K_PTRDIFF_T: *(ptrdiff_t *)p = pyxc_as_ptrdiff_t(o); break;
    case PYXC_K_SIZE_T: *(size_t *)p = pyxc_as_size_t(o); break;
    case PYXC_K_FLOAT: *(float *)p = (float)pyxc_as_double(o); break;
    case PYXC_K_DOUBLE: *(double *)p = pyxc_as_double(o); break;
    default: {
        int b = PyObject_IsTrue(o);
        if (b < 0) return -1;
        *(int *)p = b;
        return 0;
    }
    }
    return PyErr_Occurred() ? -1 : 0;
}
/* @end */

/* @piece pyxc_carray_to_list */
/* With a char kind: the innermost rows are C strings, each bytes up to its first NUL (as Cython makes them). */
#define PYXC_K_ROW_BYTES 0x100

/* An array of dims[0] x ... x dims[ndim-1] elements (of kind, or elem's when given) as nested lists. */
static PyObject *pyxc_carray_to_list(const void *data, const Py_ssize_t *dims, int ndim, int kind, const pyxc_carray_elem *elem) {
    if (ndim == 1 && (kind & PYXC_K_ROW_BYTES)) {
        return PyBytes_FromStringAndSize((const char *)data, (Py_ssize_t)strnlen((const char *)data, (size_t)dims[0]));
    }
    size_t inner = elem ? elem->size : pyxc_kind_size(kind & ~PYXC_K_ROW_BYTES);
    for (int d = 1; d < ndim; d++) inner *= (size_t)dims[d];
    PyObject *list = PyList_New(dims[0]);
    if (!list) return NULL;
    for (Py_ssize_t i = 0; i < dims[0]; i++) {
        const char *at = (const char *)data + (size_t)i * inner;
        PyObject *item = ndim > 1 ? pyxc_carray_to_list(at, dims + 1, ndim - 1, kind, elem) : elem ? elem->box(at) : pyxc_kind_box(at, kind);
        if (!item) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, i, item);
    }
    return list;
}
/* @end */

/* @piece pyxc_carray_from_object */
/*
 * Fills an array from an iterable of exactly dims[0] items (each an iterable of dims[1] for the
 * next dimension...): 0, or -1 with IndexError naming the expected and found lengths.
 */
static int pyxc_carray_fill(PyObject *o, char *data, const Py_ssize_t *dims, int ndim, int kind, const pyxc_carray_elem *elem) {
    Py_ssize_t length = dims[0];
    Py_ssize_t n = PyObject_Length(o);
    if (n < 0) {
        /* No length: count while iterating, as for one of the right length. */
        if (!PyErr_ExceptionMatches(PyExc_TypeError) && !PyErr_ExceptionMatches(PyExc_OverflowError)) return -1;
        PyErr_Clear();
        n = length;
    }
    size_t inner = elem ? elem->size : pyxc_kind_size(kind);
    for (int d = 1; d < ndim; d++) inner *= (size_t)dims[d];
    Py_ssize_t i = n;
    if (n == length) {
        PyObject *it = PyObject_GetIter(o);
        if (!it) return -1;
        PyObject *item;
        i = 0;
        while ((item = PyIter_Next(it)) != NULL) {
            if (i >= length) {
                Py_DECREF(item);
                i++; /* one too many (an iterator without a length) */
                break;
            }
            char *at = data + (size_t)i * inner;
            int rc = ndim > 1 ? pyxc_carray_fill(item, at, dims + 1, ndim - 1, kind, elem)
                     : elem ? elem->store(item, at) : pyxc_kind_store(item, at, kind);
            Py_DECREF(item);
            if (rc < 0) {
                Py_DECREF(it);
                return -1;
            }
            i++;
        }
        Py_DECREF(it);
        if (PyErr_Occurred()) return -1;
        if (i == length) return 0;
    }
    if (i > length) {
        PyErr_Format(PyExc_IndexError, "too many values found during array assignment, expected %zd", length);
    } else {
        PyErr_Format(PyExc_IndexError, "not enough values found during array assignment, expected %zd, got %zd", length, i);
    }
    return -1;
}

/* The whole conversion into a scratch copy first: on any error the array keeps its old elements. */
static int pyxc_carray_from_object(PyObject *o, void *data, const Py_ssize_t *dims, int ndim, int kind, const pyxc_carray_elem *elem) {
    size_t size = elem ? elem->size : pyxc_kind_size(kind);
    for (int d = 0; d < ndim; d++) size *= (size_t)dims[d];
    char *scratch = PyMem_Malloc(size ? size : 1);
    if (!scratch) {
        PyErr_NoMemory();
        return -1;
    }
    int rc = pyxc_carray_fill(o, scratch, dims, ndim, kind, elem);
    if (rc == 0) memcpy(data, scratch, size);
    PyMem_Free(scratch);
    return rc;
}
/* @end */

/* @piece pyxc_mv_from_carray */
/*
 * A view of a C array (`cdef double[:, :] m = buf`), as Cython makes one: the view shares the
 * array's memory, C-contiguous, through an exporter object named "array" (Cython's is a
 * cython.view.array). The exporter owns nothing: like the array's address, the view must not
 * outlive the array, which is the program's responsibility, as in Cython.
 */
typedef struct {
    PyObject_HEAD
    char *data;
    const pyxc_dtype *dtype;
    int ndim;
    Py_ssize_t shape[PYXC_MAX_DIMS];
    Py_ssize_t strides[PYXC_MAX_DIMS];
} pyxc_carray_exporter;

static int pyxc_carray_exporter_getbuffer(PyObject *self, Py_buffer *view, int flags) {
    pyxc_carray_exporter *a = (pyxc_carray_exporter *)self;
    if ((flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS && a->ndim > 1) {
        PyErr_SetString(PyExc_BufferError, "C array is not Fortran contiguous");  /* sema refuses this view */
        return -1;
    }
    return pyxc_fill_buffer(view, self, a->data, a->dtype, a->ndim, a->shape, a->strides, 0, flags);
}

static PyBufferProcs pyxc_carray_exporter_as_buffer = {pyxc_carray_exporter_getbuffer, NULL};

static PyTypeObject pyxc_carray_exporter_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pyxc.array",
    .tp_basicsize = sizeof(pyxc_carray_exporter),
    .tp_dealloc = (destructor)PyObject_Del,
    .tp_as_buffer = &pyxc_carray_exporter_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "The memory of a C array, as a view of it exports it.",
};

/* An owned view of the ndim-dimensional C array at data; owner NULL with an exception on failure. */
static pyxc_slice pyxc_mv_from_carray(void *data, const pyxc_dtype *dt, const Py_ssize_t *shape, int ndim, int flags) {
    pyxc_slice s;
    pyxc_carray_exporter *a;
    Py_ssize_t stride = dt->size;
    int i;
    memset(&s, 0, sizeof s);
    if (!(pyxc_carray_exporter_type.tp_flags & Py_TPFLAGS_READY) && PyType_Ready(&pyxc_carray_exporter_type) < 0) return s;
    a = PyObject_New(pyxc_carray_exporter, &pyxc_carray_exporter_type);
    if (!a) return s;
    a->data = (char *)data;
    a->dtype = dt;
    a->ndim = ndim;
    for (i = ndim - 1; i >= 0; i--) {
        a->shape[i] = shape[i];
        a->strides[i] = stride;
        stride *= shape[i];
    }
    s = pyxc_mv_from_object((PyObject *)a, dt, ndim, flags, NULL);
    Py_DECREF(a);  /* the view's buffer holds it */
    return s;
}
/* @end */

/* @piece pyxc_slice_length_check */
/*
 * a[lo:hi] = v of a C array or pointer: v's length (expected) must be the slice's (got), as Cython
 * checks; also in nogil code, which takes the GIL to raise.
 */
static int pyxc_slice_length_check(Py_ssize_t expected, Py_ssize_t got) {
    if (expected == got) return 0;
    pyxc_format_error_any_thread(PyExc_ValueError, "Assignment to slice of wrong length, expected %zd, got %zd", expected, got);
    return -1;
}
/* @end */

/* @piece pyxc_chars_bounds */
/*
 * The bounds of p[lo:hi] of a C string, as Cython takes them when it decodes one: a negative
 * bound counts from the string's end (its strlen), a start still before it is 0, and a stop at
 * or before the start leaves nothing. (Cython reads before the pointer for the bytes of such a
 * slice; pyxc takes the same bounds for bytes as for str.)
 */
static void pyxc_chars_bounds(const char *p, Py_ssize_t *lo, Py_ssize_t *hi) {
    if (*lo < 0 || *hi < 0) {
        Py_ssize_t length = (Py_ssize_t)strlen(p);
        if (*lo < 0) {
            *lo += length;
            if (*lo < 0) *lo = 0;
        }
        if (*hi < 0) *hi += length;
    }
    if (*hi < *lo) *hi = *lo;
}
/* @end */

/* @piece pyxc_bytes_from_slice */
/* p[lo:hi] of a char pointer: those bytes. */
static PyObject *pyxc_bytes_from_slice(const char *p, Py_ssize_t lo, Py_ssize_t hi) {
    pyxc_chars_bounds(p, &lo, &hi);
    return PyBytes_FromStringAndSize(p + lo, hi - lo);
}
/* @end */

/* @piece pyxc_chars_to_object */
/*
 * len chars at p as the object the c_string_type directive names: 'b' bytes, 'a' bytearray, or
 * 'u' a str decoded with the c_string_encoding codec (UnicodeDecodeError as the codec raises it).
 */
static PyObject *pyxc_chars_to_object(const char *p, Py_ssize_t len, char type, const char *encoding) {
    if (len < 0) len = 0;
    switch (type) {
    case 'a': return PyByteArray_FromStringAndSize(p, len);
    case 'u':
        if (!strcmp(encoding, "utf-8")) return PyUnicode_DecodeUTF8(p, len, NULL);
        if (!strcmp(encoding, "ascii")) return PyUnicode_DecodeASCII(p, len, NULL);
        return PyUnicode_Decode(p, len, encoding, NULL);
    default: return PyBytes_FromStringAndSize(p, len);
    }
}

/* p[lo:hi] of a char pointer as the object type names (see pyxc_chars_to_object). */
static PyObject *pyxc_chars_slice_to_object(const char *p, Py_ssize_t lo, Py_ssize_t hi, char type, const char *encoding) {
    pyxc_chars_bounds(p, &lo, &hi);
    return pyxc_chars_to_object(p + lo, hi - lo, type, encoding);
}
/* @end */


/* @piece pyxc_bytes_as_chars */
/* The characters of a bytes object or bytearray, in place; NULL with Cython's TypeError otherwise. */
static char *pyxc_bytes_as_chars(PyObject *o) {
    if (PyBytes_Check(o)) return PyBytes_AS_STRING(o);
    if (PyByteArray_Check(o)) return PyByteArray_AS_STRING(o);
    if (o == Py_None) {
        PyErr_SetString(PyExc_TypeError, "expected bytes, NoneType found");
        return NULL;
    }
    PyErr_Format(PyExc_TypeError, "expected bytes, %.200s found", Py_TYPE(o)->tp_name);
    return NULL;
}
/* @end */

/* @piece pyxc_str_as_chars */
/*
 * c_string_encoding's auto-encoding: a str's UTF-8 characters in place (CPython keeps them with the
 * str, so they live as long as it does), only an ASCII str for 'ascii' (UnicodeEncodeError
 * otherwise, as Cython raises it); bytes and bytearray as always.
 */
static char *pyxc_str_as_chars(PyObject *o, int ascii_only) {
    if (!PyUnicode_Check(o)) return pyxc_bytes_as_chars(o);
    if (ascii_only && !PyUnicode_IS_ASCII(o)) {
        Py_XDECREF(PyUnicode_AsASCIIString(o)); /* the codec's UnicodeEncodeError */
        return NULL;
    }
    return (char *)PyUnicode_AsUTF8(o);
}
/* @end */

/* @piece pyxc_cpdef_enum_new */
/*
 * A cpdef enum's class, as Cython 3 makes it: an enum.IntEnum subclass of the module, whose
 * lookup of a value without a member gives a pseudo-member (no name, cached), shown as
 * <Name: value>. The base with that behaviour is made once, from Python source.
 */
static PyObject *pyxc_cpdef_enum_base(void) {
    static PyObject *base;
    if (base) return base;
    static const char src[] =
        "import enum\n"
        "class CpdefEnum(enum.IntEnum):\n"
        "    @classmethod\n"
        "    def _missing_(cls, value):\n"
        "        if not isinstance(value, int):\n"
        "            return None\n"
        "        member = int.__new__(cls, value)\n"
        "        member._name_ = None\n"
        "        member._value_ = value\n"
        "        return cls._value2member_map_.setdefault(value, member)\n"
        "    def __repr__(self):\n"
        "        if self._name_ is None:\n"
        "            return '<%s: %r>' % (type(self).__name__, self._value_)\n"
        "        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)\n";
    PyObject *ns = PyDict_New();
    if (!ns) return NULL;
    if (PyDict_SetItemString(ns, "__builtins__", PyEval_GetBuiltins()) < 0) {
        Py_DECREF(ns);
        return NULL;
    }
    PyObject *r = PyRun_String(src, Py_file_input, ns, ns);
    if (!r) {
        Py_DECREF(ns);
        return NULL;
    }
    Py_DECREF(r);
    base = PyDict_GetItemString(ns, "CpdefEnum");
    Py_XINCREF(base);
    Py_DECREF(ns);
    return base;
}

/* The class NAME of module MODULE with members names[i] = values[i] and docstring DOC (or NULL); a new reference. */
static PyObject *pyxc_cpdef_enum_new(const char *module, const char *name, const char *const *names, const long long *values,
                                     Py_ssize_t n, const char *doc) {
    PyObject *base = pyxc_cpdef_enum_base();
    if (!base) return NULL;
    PyObject *members = PyList_New(n);
    if (!members) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = Py_BuildValue("(sL)", names[i], values[i]);
        if (!item) {
            Py_DECREF(members);
            return NULL;
        }
        PyList_SET_ITEM(members, i, item);
    }
    PyObject *args = Py_BuildValue("(sN)", name, members);
    if (!args) return NULL;
    PyObject *kw = Py_BuildValue("{s:s,s:s}", "module", module, "qualname", name);
    if (!kw) {
        Py_DECREF(args);
        return NULL;
    }
    PyObject *cls = PyObject_Call(base, args, kw);
    Py_DECREF(args);
    Py_DECREF(kw);
    if (cls && doc) {
        PyObject *d = PyUnicode_FromString(doc);
        if (!d || PyObject_SetAttrString(cls, "__doc__", d) < 0) Py_CLEAR(cls);
        Py_XDECREF(d);
    }
    return cls;
}
/* @end */

/* @piece pyxc_cpdef_enum_member */
/* The member of a cpdef enum for a C value (a pseudo-member when it has none); an int where the
   class could not be imported (None, pyxc_import_enum_class). */
static PyObject *pyxc_cpdef_enum_member(PyObject *cls, long long v) {
    PyObject *value = PyLong_FromLongLong(v);
    if (!value || cls == Py_None) return value;
    PyObject *m = PyObject_CallOneArg(cls, value);
    Py_DECREF(value);
    return m;
}
/* @end */
