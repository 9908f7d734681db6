# pyxc's declarations of Python's array.array at the C level, for `from cpython cimport array` and
# `from cpython.array cimport array`: the object's items as typed C pointers (a.data.as_doubles),
# its buffer as a typed buffer (array.array[double] a; a[i]), and the functions Cython offers
# (clone, copy, resize, resize_smart, extend, extend_buffer, zero). CPython's array module keeps
# its object layout private; the layout below is the one Modules/arraymodule.c has had since
# Python 3.3 (the type's size is checked against it when the module is imported).
from libc.string cimport memcpy, memset
from cpython.object cimport PyTypeObject, Py_TYPE

cdef extern from *:
    """
    /* pyxc's cpython.array: CPython's array object, as Modules/arraymodule.c lays it out. */
    #ifndef PYXC_ARRAYARRAY
    #define PYXC_ARRAYARRAY
    struct arrayobject;
    typedef struct arraydescr {
        char typecode;
        int itemsize;
        PyObject *(*getitem)(struct arrayobject *, Py_ssize_t);
        int (*setitem)(struct arrayobject *, Py_ssize_t, PyObject *);
        int (*compareitems)(const void *, const void *, Py_ssize_t);
        const char *formats;
        int is_integer_type;
        int is_signed;
    } arraydescr;
    typedef struct arrayobject {
        PyObject_HEAD
        Py_ssize_t ob_size; /* PyVarObject's, spelt out to be a field of its own */
        union {
            char *ob_item;
            void *as_voidptr;
            char *as_chars;
            signed char *as_schars;
            unsigned char *as_uchars;
            short *as_shorts;
            unsigned short *as_ushorts;
            int *as_ints;
            unsigned int *as_uints;
            long *as_longs;
            unsigned long *as_ulongs;
            long long *as_longlongs;
            unsigned long long *as_ulonglongs;
            float *as_floats;
            double *as_doubles;
        } data;
        Py_ssize_t allocated;
        const arraydescr *ob_descr;
        PyObject *weakreflist;
        Py_ssize_t ob_exports;
    } arrayobject;

    /* A new array of the type and item kind given, `size` items long (not initialised). */
    static PyObject *pyxc_array_new(PyTypeObject *type, Py_ssize_t size, const arraydescr *descr) {
        if (size < 0) {
            PyErr_BadArgument();
            return NULL;
        }
        if (size > PY_SSIZE_T_MAX / descr->itemsize) return PyErr_NoMemory();
        arrayobject *op = (arrayobject *)type->tp_alloc(type, 0);
        if (op == NULL) return NULL;
        op->ob_descr = descr;
        op->allocated = size;
        op->weakreflist = NULL;
        op->ob_exports = 0;
        Py_SET_SIZE(op, size);
        op->data.ob_item = NULL;
        if (size > 0) {
            op->data.ob_item = PyMem_Malloc((size_t)(size * descr->itemsize));
            if (op->data.ob_item == NULL) {
                Py_DECREF(op);
                return PyErr_NoMemory();
            }
        }
        return (PyObject *)op;
    }

    /* n items in room for `room` of them (room >= n); refused while the array exports a buffer. */
    static int pyxc_array_reallocate(arrayobject *a, Py_ssize_t n, Py_ssize_t room) {
        if (a->ob_exports > 0 && n != Py_SIZE(a)) {
            PyErr_SetString(PyExc_BufferError, "cannot resize an array that is exporting buffers");
            return -1;
        }
        void *items = PyMem_Realloc(a->data.ob_item, (size_t)(room * a->ob_descr->itemsize));
        if (items == NULL && room > 0) {
            PyErr_NoMemory();
            return -1;
        }
        a->data.ob_item = items;
        Py_SET_SIZE(a, n);
        a->allocated = room;
        return 0;
    }

    /* Exactly n items (the array's own resize keeps room to grow; this one does not). */
    static int pyxc_array_resize(PyObject *self, Py_ssize_t n) {
        return pyxc_array_reallocate((arrayobject *)self, n, n);
    }

    /* n items, growing the allocation by half again when it must grow, as list.append does. */
    static int pyxc_array_resize_smart(PyObject *self, Py_ssize_t n) {
        arrayobject *a = (arrayobject *)self;
        if (n < a->allocated && n * 4 > a->allocated) {
            Py_SET_SIZE(a, n);
            return 0;
        }
        return pyxc_array_reallocate(a, n, n + (n / 2) + 1);
    }
    #endif
    """
    ctypedef struct arraydescr:
        char typecode
        int itemsize

    ctypedef union __data_union:
        void *as_voidptr
        char *as_chars
        signed char *as_schars
        unsigned char *as_uchars
        short *as_shorts
        unsigned short *as_ushorts
        int *as_ints
        unsigned int *as_uints
        long *as_longs
        unsigned long *as_ulongs
        long long *as_longlongs
        unsigned long long *as_ulonglongs
        float *as_floats
        double *as_doubles

    ctypedef class array.array [object arrayobject]:
        cdef __cythonbufferdefaults__ = {'ndim': 1, 'mode': 'c'}
        cdef Py_ssize_t ob_size
        cdef const arraydescr *ob_descr
        cdef __data_union data

    array newarrayobject "pyxc_array_new"(PyTypeObject *type, Py_ssize_t size, const arraydescr *descr)
    int resize "pyxc_array_resize"(array self, Py_ssize_t n) except -1
    int resize_smart "pyxc_array_resize_smart"(array self, Py_ssize_t n) except -1
    Py_ssize_t Py_SIZE(object o)
    int PyErr_BadArgument() except 0


cdef inline array clone(array template, Py_ssize_t length, bint zero):
    """A new array of template's type and item kind, length items long (zeroed when zero is true)."""
    cdef array op = newarrayobject(Py_TYPE(template), length, template.ob_descr)
    if zero and length > 0:
        memset(op.data.as_chars, 0, <size_t>(length * op.ob_descr.itemsize))
    return op


cdef inline array copy(array self):
    """A new array with self's items."""
    cdef array op = newarrayobject(Py_TYPE(self), Py_SIZE(self), self.ob_descr)
    memcpy(op.data.as_chars, self.data.as_chars, <size_t>(Py_SIZE(op) * op.ob_descr.itemsize))
    return op


cdef inline int extend_buffer(array self, char *stuff, Py_ssize_t n) except -1:
    """Appends n items read from stuff (items of self's kind)."""
    cdef Py_ssize_t itemsize = self.ob_descr.itemsize
    cdef Py_ssize_t origsize = Py_SIZE(self)
    resize_smart(self, origsize + n)
    memcpy(self.data.as_chars + origsize * itemsize, stuff, <size_t>(n * itemsize))
    return 0


cdef inline int extend(array self, array other) except -1:
    """Appends other's items; both arrays must hold the same kind of item (TypeError otherwise)."""
    if self.ob_descr.typecode != other.ob_descr.typecode:
        PyErr_BadArgument()
    return extend_buffer(self, other.data.as_chars, Py_SIZE(other))


cdef inline void zero(array self) noexcept:
    """Sets every item to zero."""
    memset(self.data.as_chars, 0, <size_t>(Py_SIZE(self) * self.ob_descr.itemsize))
