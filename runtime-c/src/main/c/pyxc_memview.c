/*
 * pyxc runtime: typed memoryviews.
 *
 * A buffer owner (pyxc_mvowner) holds one Py_buffer acquired from an exporter, with an atomic
 * count of the slices that refer to it; the buffer is released when the count reaches zero.
 * A slice (pyxc_slice) is a plain struct: its owner, a data pointer, shape and strides. Copying
 * a slice struct does not acquire anything: the compiler's IR decides where a copy must take
 * its own acquisition (pyxc_mv_acquire) and where one dies (pyxc_mv_release).
 */

/* @piece pyxc_slice */
#include <stdatomic.h>

#define PYXC_MAX_DIMS 8

/* One C number inside a struct item, as the buffer's format must describe it (a struct view's check of formats). */
typedef struct {
    const char *type_name;   /* its C type, as Cython names it in messages */
    const char *owner;       /* the struct whose field it is, and the field: "'Inner.y'" in messages */
    const char *field;
    char kind;               /* 'i', 'u', 'f', 'c' as a pyxc_dtype's */
    Py_ssize_t size;         /* of one number (of an array field's element) */
    Py_ssize_t offset;       /* from the start of the item */
    int ndim;                /* an array field's dimensions, else 0 */
    Py_ssize_t dims[4];
} pyxc_leaf;

struct pyxc_slice_s;

/* What a memoryview holds: a buffer format family and size, and how to box one element. */
typedef struct pyxc_dtype_s {
    const char *name;        /* the C type as Cython names it in messages */
    char kind;               /* 'i' signed, 'u' unsigned, 'f' float, 'c' complex, 's' struct, 'O' object */
    Py_ssize_t size;
    const char *format;      /* the struct format exported for it ("d", "T{i:a:d:b:}") */
    PyObject *(*get)(const char *item);
    int (*set)(char *item, PyObject *value);
    const pyxc_leaf *leaves; /* a struct's numbers in memory order, nleaves of them */
    int nleaves;
    /* A struct's test of an exporter's format and item size, with Cython's error when it fails. */
    int (*matches)(const char *format, Py_ssize_t itemsize, const struct pyxc_dtype_s *dt);
    /* Items that own what they hold (Python objects): copied and filled by these, NULL for plain bytes. */
    int (*copy)(const struct pyxc_slice_s *dst, int dst_ndim, const struct pyxc_slice_s *src, int src_ndim);
    void (*fill)(const struct pyxc_slice_s *dst, int ndim, PyObject *value);
    PyObject *(*storage)(Py_ssize_t n); /* n items that release what they hold when it dies (a copy's) */
} pyxc_dtype;

typedef struct {
    Py_buffer view;
    atomic_long acquisitions;
    const pyxc_dtype *dtype;
} pyxc_mvowner;

typedef struct pyxc_slice_s {
    pyxc_mvowner *owner;     /* NULL: no value (or an error); pyxc_mv_none_owner: None */
    char *data;
    Py_ssize_t shape[PYXC_MAX_DIMS];
    Py_ssize_t strides[PYXC_MAX_DIMS];
    /* An axis with a suboffset >= 0 holds pointers (an indirect axis, PEP 3118): its item is
       reached through the pointer stored there, plus the suboffset. -1: a direct axis. */
    Py_ssize_t suboffsets[PYXC_MAX_DIMS];
} pyxc_slice;

/* Every axis direct: what a slice made from scratch starts as. */
static inline void pyxc_mv_direct(pyxc_slice *s) {
    int i;
    for (i = 0; i < PYXC_MAX_DIMS; i++) s->suboffsets[i] = -1;
}

/* The item i along one axis from p, the axis' start: through the pointer stored there when the axis is indirect. */
static inline char *pyxc_mv_step(char *p, const pyxc_slice *s, int axis, Py_ssize_t i) {
    p += i * s->strides[axis];
    return s->suboffsets[axis] >= 0 ? *(char **)p + s->suboffsets[axis] : p;
}

/* The owner of every None view: never counted, never released. */
static pyxc_mvowner pyxc_mv_none_owner;
#define PYXC_MV_NONE (&pyxc_mv_none_owner)

/*
 * One released owner kept for the next acquisition (both happen with the GIL held): a call that
 * takes a view argument then costs no allocation. Not under AddressSanitizer, so that a use of
 * a released owner is still caught there.
 */
#if defined(__SANITIZE_ADDRESS__)
#define PYXC_MV_KEEP_SPARE 0
#else
#define PYXC_MV_KEEP_SPARE 1
#endif
static pyxc_mvowner *pyxc_mv_spare;

static void pyxc_mv_fatal_count(void) {
    Py_FatalError("pyxc: memoryview acquisition count went below zero");
}

#ifdef PYXC_TRACK_OWNERS
/* Test builds (`pyxc test`) count live buffer owners so the harness can see none is left behind. */
static long pyxc_mv_live_owners;
#define PYXC_OWNER_MADE() (pyxc_mv_live_owners++)
#define PYXC_OWNER_FREED() (pyxc_mv_live_owners--)
static PyObject *pyxc_mv_live_owners_get(PyObject *self, PyObject *unused) {
    return PyLong_FromLong(pyxc_mv_live_owners);
}
static PyMethodDef pyxc_mv_tracking_methods[] = {
    {"_pyxc_live_buffers", pyxc_mv_live_owners_get, METH_NOARGS, "Buffers this module holds acquired now."},
    {NULL, NULL, 0, NULL}};
#else
#define PYXC_OWNER_MADE() ((void)0)
#define PYXC_OWNER_FREED() ((void)0)
#endif
/* @end */

/* @piece pyxc_mv_acquire */
/* A copy of a slice takes its own acquisition of the buffer. */
static inline void pyxc_mv_acquire(pyxc_slice *s) {
    if (s->owner && s->owner != PYXC_MV_NONE) atomic_fetch_add_explicit(&s->owner->acquisitions, 1, memory_order_relaxed);
}
/* @end */

/* @piece pyxc_mv_release */
/* Gives up one acquisition; the last one releases the buffer, with the GIL (which nogil code
   takes for the moment: a view assigned inside `with nogil:` may be the last one). */
static inline void pyxc_mv_release(pyxc_slice *s) {
    pyxc_mvowner *o = s->owner;
    if (o && o != PYXC_MV_NONE) {
        /* Sole holder: no one else can acquire (that needs a live acquisition or a view borrowed
           from one, and borrowed views never outlive the call that holds it), so skip the locked update. */
        long before = atomic_load_explicit(&o->acquisitions, memory_order_acquire) == 1
                          ? 1 : atomic_fetch_sub_explicit(&o->acquisitions, 1, memory_order_acq_rel);
        if (before == 1) {
            /* Zero, so that a release too many still finds a count below one and stops the process. */
            atomic_store_explicit(&o->acquisitions, 0, memory_order_relaxed);
            int held = PyGILState_Check();
            PyGILState_STATE gil = held ? PyGILState_UNLOCKED : PyGILState_Ensure();
            /* The exporter's release may run Python code: not with an exception pending (the
               release in an error path), which is kept aside meanwhile, as Cython's views do. */
            PyObject *et, *ev, *tb;
            PyErr_Fetch(&et, &ev, &tb);
            PyBuffer_Release(&o->view);
            PyErr_Restore(et, ev, tb);
            if (PYXC_MV_KEEP_SPARE && !pyxc_mv_spare) pyxc_mv_spare = o;
            else PyMem_Free(o);
            PYXC_OWNER_FREED();
            if (!held) PyGILState_Release(gil);
        } else if (before <= 0) {
            pyxc_mv_fatal_count();
        }
    }
    s->owner = NULL;
}
#define pyxc_mv_xrelease(s) pyxc_mv_release(s)
/* @end */

/* @piece pyxc_fill_buffer */
/* Fills a Py_buffer an exporter hands out for its elements (shape and strides stay the exporter's,
 * so they live as long as the exporter, which the buffer references). */
static int pyxc_fill_buffer(Py_buffer *view, PyObject *exporter, char *data, const pyxc_dtype *dtype, int ndim,
                            Py_ssize_t *shape, Py_ssize_t *strides, int readonly, int flags) {
    Py_ssize_t len = dtype->size;
    int i;
    for (i = 0; i < ndim; i++) len *= shape[i];
    view->buf = data;
    view->obj = exporter;
    Py_INCREF(exporter);
    view->len = len;
    view->readonly = readonly;
    view->itemsize = dtype->size;
    view->format = (flags & PyBUF_FORMAT) ? (char *)dtype->format : NULL;
    view->ndim = ndim;
    view->shape = shape;
    view->strides = strides;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}
/* @end */

/* @piece pyxc_mv_from_object */
#define PYXC_MV_CONST 1
#define PYXC_MV_C_CONTIG 2     /* [::1] last: ask the exporter for a C-contiguous buffer */
#define PYXC_MV_F_CONTIG 4     /* [::1, :] first: Fortran-contiguous */
#define PYXC_MV_UNIT_STRIDE(axis) (8 << (axis))   /* [:, ::view.contiguous]: unit stride on that axis alone */
#define PYXC_MV_READ_ONLY (1 << 12)   /* a buffer variable nothing writes through: a read-only buffer will do */
#define PYXC_MV_BUFFER (1 << 13)      /* a buffer variable's (np.ndarray[char] a), not a typed memoryview's */
#define PYXC_MV_ANY_FORMAT (1 << 14)  /* any item format of the view's item size (a copy's source given from Python) */
#define PYXC_MV_CAST (1 << 15)        /* a buffer variable's cast=True: any item format, of the item type's size */
#define PYXC_MV_INDIRECT(axis) (1 << (16 + (axis)))  /* [::view.indirect]: the axis must hold pointers */
#define PYXC_MV_GENERIC(axis) (1 << (24 + (axis)))   /* [::view.generic]: direct or indirect */
#define PYXC_MV_ANY_INDIRECT (0x7f << 16 | 0x7f << 24)

/* The kind, size and Cython's name of a struct format character with native sizes. */
static int pyxc_format_info(char c, char *kind, Py_ssize_t *size, const char **name) {
    switch (c) {
    case 'c': *kind = 'i'; *size = 1; *name = "'char'"; return 1;
    case 'b': *kind = 'i'; *size = 1; *name = "'signed char'"; return 1;
    case 'B': *kind = 'u'; *size = 1; *name = "'unsigned char'"; return 1;
    case '?': *kind = 'u'; *size = 1; *name = "'bool'"; return 1;
    case 'h': *kind = 'i'; *size = sizeof(short); *name = "'short'"; return 1;
    case 'H': *kind = 'u'; *size = sizeof(short); *name = "'unsigned short'"; return 1;
    case 'i': *kind = 'i'; *size = sizeof(int); *name = "'int'"; return 1;
    case 'I': *kind = 'u'; *size = sizeof(int); *name = "'unsigned int'"; return 1;
    case 'l': *kind = 'i'; *size = sizeof(long); *name = "'long'"; return 1;
    case 'L': *kind = 'u'; *size = sizeof(long); *name = "'unsigned long'"; return 1;
    case 'q': *kind = 'i'; *size = sizeof(long long); *name = "'long long'"; return 1;
    case 'Q': *kind = 'u'; *size = sizeof(long long); *name = "'unsigned long long'"; return 1;
    case 'n': *kind = 'i'; *size = sizeof(Py_ssize_t); *name = "'Py_ssize_t'"; return 1;
    case 'N': *kind = 'u'; *size = sizeof(size_t); *name = "'size_t'"; return 1;
    case 'f': *kind = 'f'; *size = sizeof(float); *name = "'float'"; return 1;
    case 'd': *kind = 'f'; *size = sizeof(double); *name = "'double'"; return 1;
    case 'g': *kind = 'f'; *size = sizeof(long double); *name = "'long double'"; return 1;
    case 'O': *kind = 'O'; *size = sizeof(PyObject *); *name = "'Python object'"; return 1;
    default: return 0;
    }
}

/*
 * Acquires a buffer from any exporter as an ndim-dimensional view of dtype. Returns a slice
 * holding the one acquisition of a new owner; owner NULL with an exception set on failure;
 * PYXC_MV_NONE for None (callers that refuse None check before). Messages are Cython's, naming the
 * item type as the view's type was written (`expected`, a typedef's name) or else dtype's own name.
 */
static pyxc_slice pyxc_mv_from_object(PyObject *obj, const pyxc_dtype *dt, int ndim, int flags, const char *expected) {
    pyxc_slice s;
    pyxc_mvowner *o;
    const char *fmt;
    char kind = 0;
    Py_ssize_t size = 0;
    const char *got = NULL;
    char complex_name[32];
    int i;
    memset(&s, 0, sizeof s);
    pyxc_mv_direct(&s);
    if (obj == Py_None) {
        s.owner = PYXC_MV_NONE;
        return s;
    }
    if (pyxc_mv_spare) {
        o = pyxc_mv_spare;
        pyxc_mv_spare = NULL;
    } else if (!(o = (pyxc_mvowner *)PyMem_Malloc(sizeof *o))) {
        PyErr_NoMemory();
        return s;
    }
    /* As Cython does, contiguity is requested from the exporter, whose message is the error. */
    int request = (flags & (PYXC_MV_CONST | PYXC_MV_READ_ONLY)) ? PyBUF_RECORDS_RO : PyBUF_RECORDS;
    if (flags & PYXC_MV_C_CONTIG) request |= PyBUF_C_CONTIGUOUS;
    if (flags & PYXC_MV_F_CONTIG) request |= PyBUF_F_CONTIGUOUS;
    if (flags & PYXC_MV_ANY_INDIRECT) request |= PyBUF_INDIRECT;
    if (PyObject_GetBuffer(obj, &o->view, request) < 0) {
        PyMem_Free(o);
        return s;
    }
    if (o->view.ndim != ndim) {
        PyErr_Format(PyExc_ValueError, "Buffer has wrong number of dimensions (expected %d, got %d)", ndim, o->view.ndim);
        goto fail;
    }
    fmt = o->view.format ? o->view.format : "B";
    if (dt->kind == 's') {
        if (!dt->matches(fmt, o->view.itemsize, dt)) goto fail;
    } else if (*fmt == '@' || *fmt == '=' || *fmt == '<' || *fmt == '!' || *fmt == '>') {
        if ((*fmt == '>' || *fmt == '!') != (PY_BIG_ENDIAN != 0) && *fmt != '@' && *fmt != '=') {
            PyErr_SetString(PyExc_ValueError, "Buffer dtype mismatch; byte order of the buffer is not native");
            goto fail;
        }
        fmt++;
    }
    /* A repeat count of one ("1H") is the item itself. */
    if (dt->kind != 's' && fmt[0] == '1' && !(fmt[1] >= '0' && fmt[1] <= '9')) fmt++;
    if (fmt[0] == 'Z') {
        /* A complex: two of the floating type that follows. */
        complex_name[0] = '\0';
        if (pyxc_format_info(fmt[1], &kind, &size, &got) && kind == 'f') {
            PyOS_snprintf(complex_name, sizeof complex_name, "'complex %s", got + 1); /* Cython's name for the format */
            got = complex_name;
            kind = 'c';
            size *= 2;
            fmt++;
        } else {
            got = NULL;
            kind = 0;
        }
    } else if (!pyxc_format_info(fmt[0], &kind, &size, &got)) {
        got = NULL;
    }
    /* As in Cython, a plain char item (a view's and a buffer variable's) accepts any byte: signed, unsigned
       or bool; a const char view's does not (Cython 3.3.0 refuses 'B' there). */
    if (!(flags & PYXC_MV_CONST) && got && dt->format[0] == 'c' && size == 1 && (kind == 'i' || kind == 'u')) kind = dt->kind;
    /* A source copied into a view from Python code: any items of the view's size, as Cython's memoryview copies them. */
    /* (never reading other items as objects, nor objects as other items) */
    if ((flags & PYXC_MV_CAST) && dt->kind != 'O' && kind != 'O' && o->view.itemsize != dt->size) {
        PyErr_Format(PyExc_ValueError, "Item size of buffer (%zd byte%s) does not match size of '%s' (%zd byte%s)",
                     o->view.itemsize, o->view.itemsize > 1 ? "s" : "", expected ? expected : dt->name,
                     dt->size, dt->size > 1 ? "s" : "");
        goto fail;
    }
    int any_format = (flags & (PYXC_MV_ANY_FORMAT | PYXC_MV_CAST)) && o->view.itemsize == dt->size && dt->kind != 'O' && kind != 'O';
    if (dt->kind != 's' && !any_format && (!got || fmt[1] != '\0' || kind != dt->kind || size != dt->size || o->view.itemsize != dt->size)) {
        fmt = o->view.format ? o->view.format : "B";
        if (*fmt == '@' || *fmt == '=' || *fmt == '<' || *fmt == '!' || *fmt == '>') fmt++;
        if (!got || (fmt[0] == 'Z' ? fmt[2] : fmt[1]) != '\0') {
            PyErr_Format(PyExc_ValueError, "Buffer dtype mismatch, expected '%s%s' but got '%s'",
                         (flags & PYXC_MV_CONST) ? "const " : "", expected ? expected : dt->name, fmt);
        } else {
            PyErr_Format(PyExc_ValueError, "Buffer dtype mismatch, expected '%s%s' but got %s",
                         (flags & PYXC_MV_CONST) ? "const " : "", expected ? expected : dt->name, got);
        }
        goto fail;
    }
    /* Each axis's strides and access as the view's type asks, in Cython's order and words (an
       empty buffer has nothing to reach, an axis of one item no stride to check). */
    for (i = 0; i < ndim && o->view.len > 0; i++) {
        Py_ssize_t sub = o->view.suboffsets ? o->view.suboffsets[i] : -1;
        Py_ssize_t extent = o->view.shape ? o->view.shape[i] : o->view.len / dt->size;
        int indirect = (flags & PYXC_MV_INDIRECT(i)) != 0;
        int contig = (flags & PYXC_MV_UNIT_STRIDE(i)) || ((flags & PYXC_MV_F_CONTIG) && i == 0) || ((flags & PYXC_MV_C_CONTIG) && i == ndim - 1);
        if (extent > 1 && o->view.strides) {
            if (contig && indirect && o->view.strides[i] != (Py_ssize_t)sizeof(void *)) {
                PyErr_Format(PyExc_ValueError, "Buffer is not indirectly contiguous in dimension %d.", i);
                goto fail;
            }
        } else if (extent > 1) {
            /* (no strides: a C-contiguous buffer of direct axes) */
            const char *why = contig && i != ndim - 1 ? "C-contiguous buffer is not contiguous in dimension %d"
                              : indirect ? "C-contiguous buffer is not indirect in dimension %d" : NULL;
            if (why) {
                PyErr_Format(PyExc_ValueError, why, i);
                goto fail;
            }
            if (o->view.suboffsets) {
                PyErr_SetString(PyExc_ValueError, "Buffer exposes suboffsets but no strides");
                goto fail;
            }
        }
        if (indirect && sub < 0) {
            PyErr_Format(PyExc_ValueError, "Buffer is not indirectly accessible in dimension %d.", i);
            goto fail;
        }
        if (!indirect && !(flags & PYXC_MV_GENERIC(i)) && sub >= 0) {
            PyErr_Format(PyExc_ValueError, "Buffer not compatible with direct access in dimension %d.", i);
            goto fail;
        }
        s.suboffsets[i] = sub < 0 ? -1 : sub;
    }
    for (i = 0; i < ndim; i++) s.shape[i] = o->view.shape ? o->view.shape[i] : o->view.len / dt->size;
    if (o->view.strides) {
        for (i = 0; i < ndim; i++) s.strides[i] = o->view.strides[i];
    } else {
        Py_ssize_t stride = dt->size;
        for (i = ndim - 1; i >= 0; i--) { s.strides[i] = stride; stride *= s.shape[i]; }
    }
    for (i = 0; i < ndim; i++) {
        if ((flags & PYXC_MV_UNIT_STRIDE(i)) && !(flags & PYXC_MV_INDIRECT(i)) && s.strides[i] != dt->size) {
            PyErr_SetString(PyExc_ValueError, "Buffer and memoryview are not contiguous in the same dimension.");
            goto fail;
        }
    }
    o->dtype = dt;
    atomic_init(&o->acquisitions, 1);
    PYXC_OWNER_MADE();
    s.owner = o;
    s.data = (char *)o->view.buf;
    return s;
fail:
    PyBuffer_Release(&o->view);
    PyMem_Free(o);
    memset(&s, 0, sizeof s);
    return s;
}
/* @end */

/* @piece pyxc_mv_index */
/* Out of line and cold: a loop full of checked indices keeps only its compares and branches. */
static void __attribute__((cold, noinline)) pyxc_mv_index_error(const char *message, int axis) {
    PyGILState_STATE s = PyGILState_Ensure(); /* also from nogil code */
    PyErr_Format(PyExc_IndexError, message, axis);
    PyGILState_Release(s);
}

/*
 * Checks an index into one axis, wrapping a negative one when asked: the checked index, or -1
 * with IndexError (Cython's message). A None view has shape 0, so any index is out of bounds.
 */
static inline Py_ssize_t pyxc_mv_index_as(const pyxc_slice *s, int axis, Py_ssize_t i, int wraparound, int boundscheck,
                                          const char *message) {
    Py_ssize_t n = s->shape[axis];
    if (wraparound && i < 0) i += n;
    if (boundscheck && (i < 0 || i >= n)) {
        pyxc_mv_index_error(message, axis);
        return -1;
    }
    return i;
}

/*
 * Checks all the indices of one element access at once (a negative one first wrapped when
 * asked): 0, or -1 with IndexError naming the highest axis out of bounds, the one Cython
 * reports. One branch per access instead of one per axis keeps a bounds-checked stencil as fast
 * as Cython's; the caller then wraps each index with pyxc_mv_index(..., wraparound, 0).
 */
static inline int pyxc_mv_check_element(const pyxc_slice *s, const Py_ssize_t *idx, int ndim, int wraparound) {
    int bad = -1, axis;
#pragma GCC unroll 8
    for (axis = 0; axis < ndim; axis++) {
        Py_ssize_t i = idx[axis], n = s->shape[axis];
        if (wraparound && i < 0) i += n;
        if (i < 0 || i >= n) bad = axis;
    }
    if (__builtin_expect(bad >= 0, 0)) {
        pyxc_mv_index_error("Out of bounds on buffer access (axis %d)", bad);
        return -1;
    }
    return 0;
}
/* An index that selects an element. */
#define pyxc_mv_index(s, axis, i, wrap, check) pyxc_mv_index_as(s, axis, i, wrap, check, "Out of bounds on buffer access (axis %d)")
/* An index that drops an axis of a subview (Cython words this one differently). */
#define pyxc_mv_subindex(s, axis, i, wrap, check) pyxc_mv_index_as(s, axis, i, wrap, check, "Index out of bounds (axis %d)")
/* @end */

/* @piece pyxc_mv_not_none */
/* Under nonecheck, an operation on a None view raises (Cython's exception types and messages). */
static int pyxc_mv_not_none(const pyxc_slice *s, PyObject *exc_type, const char *message) {
    if (s->owner != PYXC_MV_NONE) return 0;
    pyxc_set_error_any_thread(exc_type, message);
    return -1;
}
/* @end */

/* @piece pyxc_mv_subview */
/* One item of a subview index: a position (drops an axis), a slice start:stop:step, or None (a new axis of extent 1). */
enum { PYXC_MV_AT = 0, PYXC_MV_SLICE = 1, PYXC_MV_NEWAXIS = 2 };
typedef struct {
    int kind;
    Py_ssize_t index;            /* already checked */
    Py_ssize_t start, stop, step;
    int has_start, has_stop, has_step;
} pyxc_mvindex;

/*
 * A view of part of src, sharing its owner, without an acquisition of its own: valid while src's
 * buffer stays acquired (the compiler's borrowing rule decides when that is enough). Slices follow
 * Python's rules (negative bounds count from the end, out-of-range bounds are clipped); a zero
 * step raises ValueError. A new axis has extent 1 and stride 0, as in numpy. Axes beyond the
 * given items are kept whole (the compiler has already expanded an ellipsis). Inline so that a
 * constant index list folds away in a loop.
 *
 * indirect (a constant: 0 for a view type with direct axes only) follows pointers: an index into
 * an indirect axis reaches through the pointer when no axis is kept before it (else IndexError, as
 * in Cython), and once an indirect axis is kept, the offsets of the axes after it belong behind
 * its pointers, so they go into its suboffset instead of the data pointer.
 */
static inline pyxc_slice pyxc_mv_subview_borrowed(const pyxc_slice *src, int src_ndim, const pyxc_mvindex *idx, int nidx,
                                                  int indirect) {
    pyxc_slice r;
    int k, axis = 0, out = 0, behind = -1; /* behind: the last kept indirect axis */
    memset(&r, 0, sizeof r);
    pyxc_mv_direct(&r);
    r.owner = src->owner;
    r.data = src->data;
    /* Unrolled so that, inlined with the compiler's constant item list, the kinds fold away. */
#pragma GCC unroll 8
    for (k = 0; k < nidx; k++) {
        const pyxc_mvindex *it = &idx[k];
        Py_ssize_t offset;
        if (it->kind == PYXC_MV_NEWAXIS) {
            r.shape[out] = 1;
            r.strides[out] = 0;
            out++;
            continue;
        }
        if (it->kind == PYXC_MV_AT) {
            offset = it->index * src->strides[axis];
        } else if (!it->has_start && !it->has_stop && !it->has_step) {
            /* The whole axis (a row's ':'): nothing to adjust, and no call in a loop that takes rows. */
            offset = 0;
            r.shape[out] = src->shape[axis];
            r.strides[out] = src->strides[axis];
        } else {
            Py_ssize_t step = it->has_step ? it->step : 1;
            Py_ssize_t start, stop;
            if (step == 0) {
                pyxc_format_error_any_thread(PyExc_ValueError, "Step may not be zero (axis %d)", axis);
                memset(&r, 0, sizeof r);
                return r;
            }
            start = it->has_start ? it->start : (step < 0 ? PY_SSIZE_T_MAX : 0);
            stop = it->has_stop ? it->stop : (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX);
            r.shape[out] = PySlice_AdjustIndices(src->shape[axis], &start, &stop, step);
            if (start < 0) start = 0; /* (an empty slice stepping down from before the start: Cython's offset) */
            r.strides[out] = src->strides[axis] * step;
            offset = start * src->strides[axis];
        }
        if (indirect && behind >= 0) r.suboffsets[behind] += offset;
        else r.data += offset;
        if (indirect && src->suboffsets[axis] >= 0) {
            if (it->kind != PYXC_MV_AT) {
                behind = out;
            } else if (out == 0) {
                r.data = *(char **)r.data + src->suboffsets[axis];
            } else {
                pyxc_format_error_any_thread(PyExc_IndexError, "All dimensions preceding dimension %d must be indexed and not sliced", axis);
                memset(&r, 0, sizeof r);
                return r;
            }
        }
        if (it->kind != PYXC_MV_AT) {
            r.suboffsets[out] = src->suboffsets[axis];
            out++;
        }
        axis++;
    }
#pragma GCC unroll 8
    for (; axis < src_ndim; axis++, out++) {
        r.shape[out] = src->shape[axis];
        r.strides[out] = src->strides[axis];
        r.suboffsets[out] = src->suboffsets[axis];
    }
    return r;
}

/* The same view with its own acquisition. */
static pyxc_slice pyxc_mv_subview(const pyxc_slice *src, int src_ndim, const pyxc_mvindex *idx, int nidx, int indirect) {
    pyxc_slice r = pyxc_mv_subview_borrowed(src, src_ndim, idx, nidx, indirect);
    pyxc_mv_acquire(&r);
    return r;
}
/* @end */


/* @piece pyxc_mv_array_list */
/* x.shape / x.strides used as an object: Cython converts the C array of 8 to a list of 8. */
static PyObject *pyxc_mv_array_list(const Py_ssize_t *a) {
    PyObject *l = PyList_New(PYXC_MAX_DIMS);
    int i;
    if (!l) return NULL;
    for (i = 0; i < PYXC_MAX_DIMS; i++) {
        PyObject *n = PyLong_FromSsize_t(a[i]);
        if (!n) { Py_DECREF(l); return NULL; }
        PyList_SET_ITEM(l, i, n);
    }
    return l;
}
/* @end */

/* @piece pyxc_mv_fill */
/* x[...] = scalar: writes the itemsize bytes at value into every element of the view. */
static void pyxc_mv_fill_axis(char *data, const pyxc_slice *s, int axis, int ndim, const void *value, Py_ssize_t itemsize) {
    Py_ssize_t i;
    for (i = 0; i < s->shape[axis]; i++) {
        char *p = pyxc_mv_step(data, s, axis, i);
        if (axis == ndim - 1) memcpy(p, value, (size_t)itemsize);
        else pyxc_mv_fill_axis(p, s, axis + 1, ndim, value, itemsize);
    }
}

static void pyxc_mv_fill(const pyxc_slice *dst, int ndim, const void *value, Py_ssize_t itemsize) {
    if (dst->owner == PYXC_MV_NONE) return;
    pyxc_mv_fill_axis(dst->data, dst, 0, ndim, value, itemsize);
}
/* @end */

/* @piece pyxc_mv_copy */
/* Visits the elements of s in row-major order, copying to or from a packed buffer. */
static char *pyxc_mv_pack_axis(char *data, const pyxc_slice *s, int axis, int ndim, char *packed, Py_ssize_t itemsize, int to_view) {
    Py_ssize_t i;
    for (i = 0; i < s->shape[axis]; i++) {
        char *p = pyxc_mv_step(data, s, axis, i);
        if (axis == ndim - 1) {
            if (to_view) memcpy(p, packed, (size_t)itemsize);
            else memcpy(packed, p, (size_t)itemsize);
            packed += itemsize;
        } else {
            packed = pyxc_mv_pack_axis(p, s, axis + 1, ndim, packed, itemsize, to_view);
        }
    }
    return packed;
}

/*
 * dst[...] = src, broadcast as Cython broadcasts: the view with fewer dimensions gets leading
 * axes of extent 1, and an axis where the source's extent is 1 repeats its one element along the
 * destination's (any other difference is Cython's ValueError). The source is gathered into a
 * packed copy first, so overlapping views (x[1:] = x[:-1]) copy as if all at once.
 */
static int pyxc_mv_copy(const pyxc_slice *dst, int dst_ndim, const pyxc_slice *src, int src_ndim, Py_ssize_t itemsize) {
    pyxc_slice d, s;
    int ndim = dst_ndim > src_ndim ? dst_ndim : src_ndim;
    Py_ssize_t n = itemsize;
    char *tmp;
    int i;
    if (dst->owner == PYXC_MV_NONE || src->owner == PYXC_MV_NONE) return 0;
    d.data = dst->data;
    s.data = src->data;
    for (i = 0; i < ndim; i++) {
        int di = i - (ndim - dst_ndim), si = i - (ndim - src_ndim);
        d.shape[i] = di < 0 ? 1 : dst->shape[di];
        d.strides[i] = di < 0 ? 0 : dst->strides[di];
        d.suboffsets[i] = di < 0 ? -1 : dst->suboffsets[di];
        s.shape[i] = si < 0 ? 1 : src->shape[si];
        s.strides[i] = si < 0 ? 0 : src->strides[si];
        s.suboffsets[i] = si < 0 ? -1 : src->suboffsets[si];
        if (d.shape[i] != s.shape[i]) {
            if (s.shape[i] != 1) {
                pyxc_format_error_any_thread(PyExc_ValueError, "got differing extents in dimension %d (got %zd and %zd)", i,
                                             d.shape[i], s.shape[i]);
                return -1;
            }
            s.shape[i] = d.shape[i];
            s.strides[i] = 0;
        }
        n *= d.shape[i];
    }
    if (n == 0) return 0;
    tmp = (char *)PyMem_Malloc((size_t)n);
    if (!tmp) { PyErr_NoMemory(); return -1; }
    pyxc_mv_pack_axis(s.data, &s, 0, ndim, tmp, itemsize, 0);
    pyxc_mv_pack_axis(d.data, &d, 0, ndim, tmp, itemsize, 1);
    PyMem_Free(tmp);
    return 0;
}
/* @end */

/* @piece pyxc_mv_transpose */
/* x.T: the same elements with the axes reversed, borrowed from s. An indirect axis cannot move
   (what its pointers reach is laid out behind it): owner NULL and Cython's ValueError then. */
static inline pyxc_slice pyxc_mv_transpose_borrowed(const pyxc_slice *s, int ndim) {
    pyxc_slice r;
    int i;
    memset(&r, 0, sizeof r);
    pyxc_mv_direct(&r);
    for (i = 0; i < ndim && s->owner != PYXC_MV_NONE; i++) {
        if (s->suboffsets[i] >= 0) {
            pyxc_set_error_any_thread(PyExc_ValueError, "Cannot transpose memoryview with indirect dimensions");
            return r;
        }
    }
    r.owner = s->owner;
    r.data = s->data;
    for (i = 0; i < ndim; i++) {
        r.shape[i] = s->shape[ndim - 1 - i];
        r.strides[i] = s->strides[ndim - 1 - i];
    }
    return r;
}

/* x.T with its own acquisition. */
static pyxc_slice pyxc_mv_transpose(const pyxc_slice *s, int ndim) {
    pyxc_slice r = pyxc_mv_transpose_borrowed(s, ndim);
    pyxc_mv_acquire(&r);
    return r;
}
/* @end */

/* @piece pyxc_mv_copy_new */
/*
 * x.copy() / x.copy_fortran(): a new C- or Fortran-contiguous buffer (a bytearray owned by a new
 * buffer owner) holding the elements of s. Owner NULL with an exception on failure.
 */
static pyxc_slice pyxc_mv_copy_new(const pyxc_slice *s, int ndim, const pyxc_dtype *dt, int fortran) {
    pyxc_slice r;
    pyxc_mvowner *o;
    PyObject *bytes;
    Py_ssize_t n = dt->size, stride;
    int i;
    memset(&r, 0, sizeof r);
    if (s->owner == PYXC_MV_NONE) {
        PyErr_SetString(PyExc_TypeError, "Cannot copy a None memoryview");
        return r;
    }
    for (i = 0; i < ndim; i++) {
        if (s->suboffsets[i] >= 0) {
            PyErr_Format(PyExc_ValueError, "Cannot copy memoryview slice with indirect dimensions (axis %d)", i);
            return r;
        }
        n *= s->shape[i];
    }
    /* (items that own references live in storage that releases them) */
    bytes = dt->storage && n > 0 ? dt->storage(n / dt->size) : PyByteArray_FromStringAndSize(NULL, n);
    if (!bytes) return r;
    o = (pyxc_mvowner *)PyMem_Calloc(1, sizeof *o);
    if (!o) { Py_DECREF(bytes); PyErr_NoMemory(); return r; }
    if (PyObject_GetBuffer(bytes, &o->view, PyBUF_WRITABLE) < 0) { PyMem_Free(o); Py_DECREF(bytes); return r; }
    Py_DECREF(bytes);                      /* the Py_buffer keeps it alive */
    o->dtype = dt;
    atomic_init(&o->acquisitions, 1);
    PYXC_OWNER_MADE();
    pyxc_mv_direct(&r);
    r.owner = o;
    r.data = (char *)o->view.buf;
    stride = dt->size;
    for (i = 0; i < ndim; i++) {
        int axis = fortran ? i : ndim - 1 - i;
        r.shape[axis] = s->shape[axis];
        r.strides[axis] = stride;
        stride *= s->shape[axis];
    }
    if ((dt->copy ? dt->copy(&r, ndim, s, ndim) : pyxc_mv_copy(&r, ndim, s, ndim, dt->size)) < 0) pyxc_mv_release(&r);
    return r;
}
/* @end */
