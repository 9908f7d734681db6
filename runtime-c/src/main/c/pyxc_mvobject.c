/*
 * pyxc runtime: the Python object a typed memoryview becomes (returned to Python, or an
 * attribute or method of a view used as an object). It holds one acquisition of the buffer owner
 * (pyxc_memview.c), exports the buffer protocol, and has the API of Cython's memoryview object:
 * indexing and slicing, shape/strides/suboffsets/ndim/size/itemsize/nbytes/base/T,
 * is_c_contig()/is_f_contig()/copy()/copy_fortran(), and Cython's str and repr.
 */

/* @piece pyxc_mv_is_contig */
/* x.is_c_contig() / x.is_f_contig(), Cython's test: each stride is the size of what the next inner
   axis holds (no axis indirect). */
static int pyxc_mv_is_contig(const pyxc_slice *s, int ndim, Py_ssize_t itemsize, int fortran) {
    Py_ssize_t expected = itemsize;
    int k;
    for (k = 0; k < ndim; k++) {
        int axis = fortran ? k : ndim - 1 - k;
        if (s->strides[axis] != expected || s->suboffsets[axis] >= 0) return 0;
        expected *= s->shape[axis];
    }
    return 1;
}
/* @end */

/* @piece pyxc_mv_to_object */
/* The object a memoryview becomes in Python: it holds one acquisition and exports the buffer. */
typedef struct {
    PyObject_HEAD
    pyxc_slice slice;
    int ndim;
    int readonly;
    const pyxc_dtype *dtype;
} pyxc_memoryview;

static void pyxc_memoryview_dealloc(PyObject *self) {
    pyxc_mv_release(&((pyxc_memoryview *)self)->slice);
    Py_TYPE(self)->tp_free(self);
}

static int pyxc_memoryview_getbuffer(PyObject *self, Py_buffer *view, int flags) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    if ((flags & PyBUF_WRITABLE) && m->readonly) {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.");
        return -1;
    }
    if (pyxc_fill_buffer(view, self, m->slice.data, m->dtype, m->ndim, m->slice.shape, m->slice.strides, m->readonly, flags) < 0) return -1;
    /* The exporter's own item format, as Cython's memoryview gives it (a char view of uint8 data is
       'B', which numpy reads as numbers, not as bytes). */
    if (view->format && m->slice.owner && m->slice.owner != PYXC_MV_NONE && m->slice.owner->view.format
        && m->slice.owner->view.itemsize == m->dtype->size) {
        view->format = m->slice.owner->view.format;
    }
    for (int i = 0; i < m->ndim; i++) {
        if (m->slice.suboffsets[i] < 0) continue;
        /* An indirect axis: only for a consumer that can follow its pointers. */
        if (!((flags & PyBUF_INDIRECT) == PyBUF_INDIRECT)) {
            PyBuffer_Release(view);
            PyErr_SetString(PyExc_BufferError, "Cannot export an indirect memoryview to a consumer that does not accept suboffsets");
            return -1;
        }
        view->suboffsets = m->slice.suboffsets;
        break;
    }
    return 0;
}

static PyBufferProcs pyxc_memoryview_as_buffer = {pyxc_memoryview_getbuffer, NULL};

static Py_ssize_t pyxc_memoryview_len(PyObject *self) {
    return ((pyxc_memoryview *)self)->slice.shape[0];
}

static PyObject *pyxc_mv_to_object(const pyxc_slice *s, int ndim, const pyxc_dtype *dt, int readonly);

/*
 * Reads a subscript given from Python (integers, slices, an Ellipsis, or a tuple of them) into
 * idx, one item per axis; the integers are wrapped and checked per axis. The first Ellipsis
 * stands for the axes the other items leave, a later one for one axis, as in Cython. Returns the
 * number of items, or -1 with an error.
 */
static int pyxc_memoryview_key(pyxc_memoryview *m, PyObject *key, pyxc_mvindex *idx, int *ats) {
    Py_ssize_t n = PyTuple_Check(key) ? PyTuple_GET_SIZE(key) : 1, k;
    int axis = 0, expanded = 0;
    memset(idx, 0, sizeof(pyxc_mvindex) * PYXC_MAX_DIMS);
    *ats = 0;
    for (k = 0; k < n; k++) {
        PyObject *it = PyTuple_Check(key) ? PyTuple_GET_ITEM(key, k) : key;
        int fill = 1, f;
        if (it == Py_Ellipsis && !expanded) {
            fill = m->ndim - (int)(n - 1);
            expanded = 1;
        }
        if (axis + fill > m->ndim || fill < 0) {
            PyErr_Format(PyExc_IndexError, "too many indices for a %d-dimensional memoryview", m->ndim);
            return -1;
        }
        for (f = 0; it == Py_Ellipsis && f < fill; f++, axis++) {
            idx[axis].kind = PYXC_MV_SLICE;
            idx[axis].start = 0;
            idx[axis].stop = PY_SSIZE_T_MAX;
            idx[axis].step = 1;
            idx[axis].has_start = idx[axis].has_stop = idx[axis].has_step = 1;
        }
        if (it == Py_Ellipsis) continue;
        if (PySlice_Check(it)) {
            if (PySlice_Unpack(it, &idx[axis].start, &idx[axis].stop, &idx[axis].step) < 0) return -1;
            idx[axis].kind = PYXC_MV_SLICE;
            idx[axis].has_start = idx[axis].has_stop = idx[axis].has_step = 1;
        } else {
            Py_ssize_t i = PyNumber_AsSsize_t(it, PyExc_IndexError);
            if (i == -1 && PyErr_Occurred()) return -1;
            i = pyxc_mv_index(&m->slice, axis, i, 1, 1);
            if (i == -1) return -1;
            idx[axis].kind = PYXC_MV_AT;
            idx[axis].index = i;
            (*ats)++;
        }
        axis++;
    }
    return axis;
}

/* o[i, j] is an element when every axis gets an integer; anything less is a view object. */
static PyObject *pyxc_memoryview_subscript(PyObject *self, PyObject *key) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    pyxc_mvindex idx[PYXC_MAX_DIMS];
    pyxc_slice s;
    PyObject *o;
    int ats, k, n = pyxc_memoryview_key(m, key, idx, &ats);
    if (n < 0) return NULL;
    if (ats == m->ndim) {
        char *p = m->slice.data;
        for (k = 0; k < n; k++) p = pyxc_mv_step(p, &m->slice, k, idx[k].index);
        return m->dtype->get(p);
    }
    s = pyxc_mv_subview(&m->slice, m->ndim, idx, n, 1);
    if (!s.owner) return NULL;
    o = pyxc_mv_to_object(&s, m->ndim - ats, m->dtype, m->readonly);
    pyxc_mv_release(&s);
    return o;
}

/*
 * o[i, :] = value: a buffer's elements (of any format of the item's size) copied in (broadcast as Cython broadcasts), anything else
 * converted once to the item type and written into every element, as Cython's memoryview does.
 */
static int pyxc_memoryview_assign_part(pyxc_memoryview *m, const pyxc_mvindex *idx, int n, int ats, PyObject *v) {
    int ndim = m->ndim - ats, rc;
    pyxc_slice dst = pyxc_mv_subview(&m->slice, m->ndim, idx, n, 1);
    if (!dst.owner) return -1;
    if (PyObject_CheckBuffer(v)) {
        Py_buffer probe;
        pyxc_slice src;
        int src_ndim;
        if (PyObject_GetBuffer(v, &probe, PyBUF_RECORDS_RO) < 0) { pyxc_mv_release(&dst); return -1; }
        src_ndim = probe.ndim;
        PyBuffer_Release(&probe);
        src = pyxc_mv_from_object(v, m->dtype, src_ndim, PYXC_MV_CONST | PYXC_MV_ANY_FORMAT, NULL);
        if (!src.owner) { pyxc_mv_release(&dst); return -1; }
        rc = m->dtype->copy ? m->dtype->copy(&dst, ndim, &src, src_ndim) : pyxc_mv_copy(&dst, ndim, &src, src_ndim, m->dtype->size);
        pyxc_mv_release(&src);
    } else if (m->dtype->fill) {
        m->dtype->fill(&dst, ndim, v); /* (items that are objects: each a new reference to v) */
        rc = 0;
    } else {
        char *item = (char *)PyMem_Malloc((size_t)m->dtype->size);
        if (!item) { pyxc_mv_release(&dst); PyErr_NoMemory(); return -1; }
        rc = m->dtype->set(item, v);
        if (rc == 0) pyxc_mv_fill(&dst, ndim, item, m->dtype->size);
        PyMem_Free(item);
    }
    pyxc_mv_release(&dst);
    return rc;
}

static int pyxc_memoryview_ass_subscript(PyObject *self, PyObject *key, PyObject *v) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    pyxc_mvindex idx[PYXC_MAX_DIMS];
    char *p;
    int ats, k, n;
    if (!v || m->readonly) {
        PyErr_SetString(PyExc_TypeError, m->readonly ? "Cannot assign to read-only memoryview" : "Cannot delete memoryview elements");
        return -1;
    }
    n = pyxc_memoryview_key(m, key, idx, &ats);
    if (n < 0) return -1;
    if (ats != m->ndim) return pyxc_memoryview_assign_part(m, idx, n, ats, v);
    p = m->slice.data;
    for (k = 0; k < n; k++) p = pyxc_mv_step(p, &m->slice, k, idx[k].index);
    return m->dtype->set(p, v);
}

static PyMappingMethods pyxc_memoryview_as_mapping = {
    pyxc_memoryview_len, pyxc_memoryview_subscript, pyxc_memoryview_ass_subscript};

/* Iteration goes through the sequence protocol: item i of the first axis. */
static PyObject *pyxc_memoryview_item(PyObject *self, Py_ssize_t i) {
    PyObject *key = PyLong_FromSsize_t(i), *r;
    if (!key) return NULL;
    r = pyxc_memoryview_subscript(self, key);
    Py_DECREF(key);
    return r;
}

static PySequenceMethods pyxc_memoryview_as_sequence = {
    pyxc_memoryview_len, 0, 0, pyxc_memoryview_item, 0, 0, 0, 0, 0, 0};

static PyObject *pyxc_memoryview_shape(PyObject *self, void *unused) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    PyObject *t = PyTuple_New(m->ndim);
    int i;
    if (!t) return NULL;
    for (i = 0; i < m->ndim; i++) {
        PyObject *n = PyLong_FromSsize_t(m->slice.shape[i]);
        if (!n) { Py_DECREF(t); return NULL; }
        PyTuple_SET_ITEM(t, i, n);
    }
    return t;
}

static PyObject *pyxc_memoryview_ndim(PyObject *self, void *unused) {
    return PyLong_FromLong(((pyxc_memoryview *)self)->ndim);
}

static PyObject *pyxc_memoryview_strides(PyObject *self, void *unused) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    PyObject *t = PyTuple_New(m->ndim);
    int i;
    if (!t) return NULL;
    for (i = 0; i < m->ndim; i++) {
        PyObject *n = PyLong_FromSsize_t(m->slice.strides[i]);
        if (!n) { Py_DECREF(t); return NULL; }
        PyTuple_SET_ITEM(t, i, n);
    }
    return t;
}

static PyObject *pyxc_memoryview_base(PyObject *self, void *unused) {
    PyObject *b = ((pyxc_memoryview *)self)->slice.owner->view.obj;
    Py_INCREF(b);
    return b;
}

static Py_ssize_t pyxc_memoryview_count(pyxc_memoryview *m) {
    Py_ssize_t n = 1;
    int i;
    for (i = 0; i < m->ndim; i++) n *= m->slice.shape[i];
    return n;
}

static PyObject *pyxc_memoryview_size(PyObject *self, void *unused) {
    return PyLong_FromSsize_t(pyxc_memoryview_count((pyxc_memoryview *)self));
}

static PyObject *pyxc_memoryview_itemsize(PyObject *self, void *unused) {
    return PyLong_FromSsize_t(((pyxc_memoryview *)self)->dtype->size);
}

static PyObject *pyxc_memoryview_nbytes(PyObject *self, void *unused) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    return PyLong_FromSsize_t(pyxc_memoryview_count(m) * m->dtype->size);
}

/* Cython's contiguity test (pyxc_mv_is_contig). */
static int pyxc_memoryview_contig(pyxc_memoryview *m, int fortran) {
    return pyxc_mv_is_contig(&m->slice, m->ndim, m->dtype->size, fortran);
}

static PyObject *pyxc_memoryview_is_c_contig(PyObject *self, PyObject *unused) {
    return PyBool_FromLong(pyxc_memoryview_contig((pyxc_memoryview *)self, 0));
}

static PyObject *pyxc_memoryview_is_f_contig(PyObject *self, PyObject *unused) {
    return PyBool_FromLong(pyxc_memoryview_contig((pyxc_memoryview *)self, 1));
}

/* copy() and copy_fortran(): a writable view of a new contiguous buffer, as Cython's. */
static PyObject *pyxc_memoryview_copy_as(PyObject *self, int fortran) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    pyxc_slice c = pyxc_mv_copy_new(&m->slice, m->ndim, m->dtype, fortran);
    PyObject *o;
    if (!c.owner) return NULL;
    o = pyxc_mv_to_object(&c, m->ndim, m->dtype, 0);
    pyxc_mv_release(&c);
    return o;
}

static PyObject *pyxc_memoryview_copy(PyObject *self, PyObject *unused) {
    return pyxc_memoryview_copy_as(self, 0);
}

static PyObject *pyxc_memoryview_copy_fortran(PyObject *self, PyObject *unused) {
    return pyxc_memoryview_copy_as(self, 1);
}

static PyMethodDef pyxc_memoryview_methods[] = {
    {"is_c_contig", pyxc_memoryview_is_c_contig, METH_NOARGS, NULL},
    {"is_f_contig", pyxc_memoryview_is_f_contig, METH_NOARGS, NULL},
    {"copy", pyxc_memoryview_copy, METH_NOARGS, NULL},
    {"copy_fortran", pyxc_memoryview_copy_fortran, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};

static PyObject *pyxc_memoryview_transposed(PyObject *self, void *unused) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    pyxc_slice t = pyxc_mv_transpose_borrowed(&m->slice, m->ndim);
    if (!t.owner) return NULL;
    return pyxc_mv_to_object(&t, m->ndim, m->dtype, m->readonly);
}

/* Each axis's suboffset, -1 for a direct one, as Cython's memoryview reports them. */
static PyObject *pyxc_memoryview_suboffsets(PyObject *self, void *unused) {
    pyxc_memoryview *m = (pyxc_memoryview *)self;
    PyObject *t = PyTuple_New(m->ndim);
    int i;
    if (!t) return NULL;
    for (i = 0; i < m->ndim; i++) {
        PyObject *n = PyLong_FromSsize_t(m->slice.suboffsets[i] < 0 ? -1 : m->slice.suboffsets[i]);
        if (!n) { Py_DECREF(t); return NULL; }
        PyTuple_SET_ITEM(t, i, n);
    }
    return t;
}

/* Cython's words: "<MemoryView of 'ndarray' object>" for str, "... at 0x...>" for repr. */
static PyObject *pyxc_memoryview_describe(PyObject *self, int with_address) {
    PyObject *base = ((pyxc_memoryview *)self)->slice.owner->view.obj;
    const char *name = base ? Py_TYPE(base)->tp_name : "NoneType";
    const char *dot = strrchr(name, '.');
    if (dot) name = dot + 1;
    return with_address ? PyUnicode_FromFormat("<MemoryView of '%s' at %p>", name, self)
                        : PyUnicode_FromFormat("<MemoryView of '%s' object>", name);
}

static PyObject *pyxc_memoryview_repr(PyObject *self) {
    return pyxc_memoryview_describe(self, 1);
}

static PyObject *pyxc_memoryview_str(PyObject *self) {
    return pyxc_memoryview_describe(self, 0);
}

static PyGetSetDef pyxc_memoryview_getset[] = {
    {"shape", pyxc_memoryview_shape, NULL, NULL, NULL},
    {"size", pyxc_memoryview_size, NULL, NULL, NULL},
    {"itemsize", pyxc_memoryview_itemsize, NULL, NULL, NULL},
    {"nbytes", pyxc_memoryview_nbytes, NULL, NULL, NULL},
    {"ndim", pyxc_memoryview_ndim, NULL, NULL, NULL},
    {"strides", pyxc_memoryview_strides, NULL, NULL, NULL},
    {"base", pyxc_memoryview_base, NULL, NULL, NULL},
    {"T", pyxc_memoryview_transposed, NULL, NULL, NULL},
    {"suboffsets", pyxc_memoryview_suboffsets, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyTypeObject pyxc_memoryview_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pyxc.memoryview",
    .tp_basicsize = sizeof(pyxc_memoryview),
    .tp_dealloc = pyxc_memoryview_dealloc,
    .tp_as_sequence = &pyxc_memoryview_as_sequence,
    .tp_as_mapping = &pyxc_memoryview_as_mapping,
    .tp_as_buffer = &pyxc_memoryview_as_buffer,
#ifdef Py_TPFLAGS_SEQUENCE
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_SEQUENCE, /* (a match statement's sequence patterns take it) */
#else
    .tp_flags = Py_TPFLAGS_DEFAULT,
#endif
    .tp_doc = "A typed memoryview returned by a pyxc-compiled function.",
    .tp_getset = pyxc_memoryview_getset,
    .tp_methods = pyxc_memoryview_methods,
    .tp_repr = pyxc_memoryview_repr,
    .tp_str = pyxc_memoryview_str,
};

/*
 * As Cython's memoryview, a collections.abc.Sequence: registered with it (so isinstance and a match
 * statement's sequence patterns see one) and given its count() and index(). Best effort, as in
 * Cython: a failure here leaves the type without them.
 */
static void pyxc_memoryview_as_sequence_abc(void) {
    PyObject *abc = PyImport_ImportModule("collections.abc"), *seq = NULL, *r = NULL;
    const char *names[] = {"count", "index"};
    if (abc && (seq = PyObject_GetAttrString(abc, "Sequence"))) {
        for (int i = 0; i < 2; i++) {
            PyObject *f = PyObject_GetAttrString(seq, names[i]);
            if (f) PyDict_SetItemString(pyxc_memoryview_type.tp_dict, names[i], f);
            Py_XDECREF(f);
        }
        PyType_Modified(&pyxc_memoryview_type);
        r = PyObject_CallMethod(seq, "register", "O", (PyObject *)&pyxc_memoryview_type);
    }
    Py_XDECREF(r);
    Py_XDECREF(seq);
    Py_XDECREF(abc);
    PyErr_Clear();
}

/* A new reference: None for a None view, else an object holding its own acquisition. */
static PyObject *pyxc_mv_to_object(const pyxc_slice *s, int ndim, const pyxc_dtype *dt, int readonly) {
    pyxc_memoryview *m;
    if (s->owner == PYXC_MV_NONE) Py_RETURN_NONE;
    if (!pyxc_memoryview_type.tp_flags || !(pyxc_memoryview_type.tp_flags & Py_TPFLAGS_READY)) {
        if (PyType_Ready(&pyxc_memoryview_type) < 0) return NULL;
        pyxc_memoryview_as_sequence_abc();
    }
    m = PyObject_New(pyxc_memoryview, &pyxc_memoryview_type);
    if (!m) return NULL;
    m->slice = *s;
    m->ndim = ndim;
    m->dtype = dt;
    m->readonly = readonly || s->owner->view.readonly;
    pyxc_mv_acquire(&m->slice);
    return (PyObject *)m;
}
/* @end */

/* @piece pyxc_view_memoryview */
/* cython.view.memoryview(obj, flags): the exporter is asked for a buffer with the flags (its error
   when it cannot give one, as Cython's memoryview raises it), and the result is Python's memoryview. */
static PyObject *pyxc_view_memoryview(PyObject *obj, int flags) {
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, flags) < 0) return NULL;
    PyBuffer_Release(&view);
    return PyMemoryView_FromObject(obj);
}
/* @end */
