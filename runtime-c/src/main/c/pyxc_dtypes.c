/*
 * pyxc runtime: the element types of typed memoryviews. Each descriptor (pyxc_dtype, declared
 * with the slice in pyxc_memview.c) names its C type, the struct-module format it accepts and the
 * conversions of one element to and from a Python object.
 */

/* One piece per element type: a module gets the descriptors (and conversions) of the views it uses. */

/* @piece pyxc_dtype_char */
static PyObject *pyxc_get_char(const char *p) { return PyLong_FromLong(*(const char *)p); }
static int pyxc_set_char(char *p, PyObject *v) {
    char x = (char)pyxc_as_char(v);
    if (x == (char)-1 && PyErr_Occurred()) return -1;
    *(char *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_char = {"char", 'i', 1, "c", pyxc_get_char, pyxc_set_char, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_schar */
static PyObject *pyxc_get_schar(const char *p) { return PyLong_FromLong(*(const signed char *)p); }
static int pyxc_set_schar(char *p, PyObject *v) {
    signed char x = (signed char)pyxc_as_schar(v);
    if (x == (signed char)-1 && PyErr_Occurred()) return -1;
    *(signed char *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_schar = {"signed char", 'i', 1, "b", pyxc_get_schar, pyxc_set_schar, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_uchar */
static PyObject *pyxc_get_uchar(const char *p) { return PyLong_FromLong(*(const unsigned char *)p); }
static int pyxc_set_uchar(char *p, PyObject *v) {
    unsigned char x = (unsigned char)pyxc_as_uchar(v);
    if (x == (unsigned char)-1 && PyErr_Occurred()) return -1;
    *(unsigned char *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_uchar = {"unsigned char", 'u', 1, "B", pyxc_get_uchar, pyxc_set_uchar, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_short */
static PyObject *pyxc_get_short(const char *p) { return PyLong_FromLong(*(const short *)p); }
static int pyxc_set_short(char *p, PyObject *v) {
    short x = (short)pyxc_as_short(v);
    if (x == (short)-1 && PyErr_Occurred()) return -1;
    *(short *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_short = {"short", 'i', sizeof(short), "h", pyxc_get_short, pyxc_set_short, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_ushort */
static PyObject *pyxc_get_ushort(const char *p) { return PyLong_FromLong(*(const unsigned short *)p); }
static int pyxc_set_ushort(char *p, PyObject *v) {
    unsigned short x = (unsigned short)pyxc_as_ushort(v);
    if (x == (unsigned short)-1 && PyErr_Occurred()) return -1;
    *(unsigned short *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_ushort = {"unsigned short", 'u', sizeof(short), "H", pyxc_get_ushort, pyxc_set_ushort, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_int */
static PyObject *pyxc_get_int(const char *p) { return PyLong_FromLong(*(const int *)p); }
static int pyxc_set_int(char *p, PyObject *v) {
    int x = (int)pyxc_as_int(v);
    if (x == (int)-1 && PyErr_Occurred()) return -1;
    *(int *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_int = {"int", 'i', sizeof(int), "i", pyxc_get_int, pyxc_set_int, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_uint */
static PyObject *pyxc_get_uint(const char *p) { return PyLong_FromUnsignedLong(*(const unsigned int *)p); }
static int pyxc_set_uint(char *p, PyObject *v) {
    unsigned int x = (unsigned int)pyxc_as_uint(v);
    if (x == (unsigned int)-1 && PyErr_Occurred()) return -1;
    *(unsigned int *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_uint = {"unsigned int", 'u', sizeof(int), "I", pyxc_get_uint, pyxc_set_uint, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_long */
static PyObject *pyxc_get_long(const char *p) { return PyLong_FromLong(*(const long *)p); }
static int pyxc_set_long(char *p, PyObject *v) {
    long x = (long)pyxc_as_long(v);
    if (x == (long)-1 && PyErr_Occurred()) return -1;
    *(long *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_long = {"long", 'i', sizeof(long), "l", pyxc_get_long, pyxc_set_long, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_ulong */
static PyObject *pyxc_get_ulong(const char *p) { return PyLong_FromUnsignedLong(*(const unsigned long *)p); }
static int pyxc_set_ulong(char *p, PyObject *v) {
    unsigned long x = (unsigned long)pyxc_as_ulong(v);
    if (x == (unsigned long)-1 && PyErr_Occurred()) return -1;
    *(unsigned long *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_ulong = {"unsigned long", 'u', sizeof(long), "L", pyxc_get_ulong, pyxc_set_ulong, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_longlong */
static PyObject *pyxc_get_longlong(const char *p) { return PyLong_FromLongLong(*(const long long *)p); }
static int pyxc_set_longlong(char *p, PyObject *v) {
    long long x = (long long)pyxc_as_longlong(v);
    if (x == (long long)-1 && PyErr_Occurred()) return -1;
    *(long long *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_longlong = {"long long", 'i', sizeof(long long), "q", pyxc_get_longlong, pyxc_set_longlong, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_ulonglong */
static PyObject *pyxc_get_ulonglong(const char *p) { return PyLong_FromUnsignedLongLong(*(const unsigned long long *)p); }
static int pyxc_set_ulonglong(char *p, PyObject *v) {
    unsigned long long x = (unsigned long long)pyxc_as_ulonglong(v);
    if (x == (unsigned long long)-1 && PyErr_Occurred()) return -1;
    *(unsigned long long *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_ulonglong = {"unsigned long long", 'u', sizeof(long long), "Q", pyxc_get_ulonglong, pyxc_set_ulonglong, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_ssize_t */
static PyObject *pyxc_get_ssize_t(const char *p) { return PyLong_FromSsize_t(*(const Py_ssize_t *)p); }
static int pyxc_set_ssize_t(char *p, PyObject *v) {
    Py_ssize_t x = (Py_ssize_t)pyxc_as_ssize_t(v);
    if (x == (Py_ssize_t)-1 && PyErr_Occurred()) return -1;
    *(Py_ssize_t *)p = x;
    return 0;
}
/* (exported as the integer of its size, as Cython gives it: numpy does not read 'n') */
static const pyxc_dtype pyxc_dtype_ssize_t = {"Py_ssize_t", 'i', sizeof(Py_ssize_t), sizeof(Py_ssize_t) == 8 ? "q" : "i", pyxc_get_ssize_t, pyxc_set_ssize_t, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_size_t */
static PyObject *pyxc_get_size_t(const char *p) { return PyLong_FromSize_t(*(const size_t *)p); }
static int pyxc_set_size_t(char *p, PyObject *v) {
    size_t x = (size_t)pyxc_as_size_t(v);
    if (x == (size_t)-1 && PyErr_Occurred()) return -1;
    *(size_t *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_size_t = {"size_t", 'u', sizeof(size_t), sizeof(size_t) == 8 ? "Q" : "I", pyxc_get_size_t, pyxc_set_size_t, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_float */
static PyObject *pyxc_get_float(const char *p) { return PyFloat_FromDouble(*(const float *)p); }
static int pyxc_set_float(char *p, PyObject *v) {
    float x = (float)pyxc_as_double(v);
    if (x == (float)-1 && PyErr_Occurred()) return -1;
    *(float *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_float = {"float", 'f', sizeof(float), "f", pyxc_get_float, pyxc_set_float, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_double */
static PyObject *pyxc_get_double(const char *p) { return PyFloat_FromDouble(*(const double *)p); }
static int pyxc_set_double(char *p, PyObject *v) {
    double x = (double)pyxc_as_double(v);
    if (x == (double)-1 && PyErr_Occurred()) return -1;
    *(double *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_double = {"double", 'f', sizeof(double), "d", pyxc_get_double, pyxc_set_double, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */


/* @piece pyxc_dtype_longdouble */
static PyObject *pyxc_get_longdouble(const char *p) { return PyFloat_FromDouble((double)*(const long double *)p); }
static int pyxc_set_longdouble(char *p, PyObject *v) {
    double x = pyxc_as_double(v);
    if (x == -1 && PyErr_Occurred()) return -1;
    *(long double *)p = x;
    return 0;
}
static const pyxc_dtype pyxc_dtype_longdouble = {"long double", 'f', sizeof(long double), "g", pyxc_get_longdouble, pyxc_set_longdouble, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_complex_dtype_define */
/* A complex element type's dtype: elements read as Python complex numbers, stored from any number. */
#define pyxc_complex_dtype_define(suffix, T, name, format) \
    static PyObject *pyxc_get_##suffix(const char *p) { \
        T z = *(const T *)p; \
        return PyComplex_FromDoubles((double)__real__ z, (double)__imag__ z); \
    } \
    static int pyxc_set_##suffix(char *p, PyObject *v) { \
        double _Complex z = pyxc_as_complex(v); \
        if (z == -1 && PyErr_Occurred()) return -1; \
        *(T *)p = (T)z; \
        return 0; \
    } \
    static const pyxc_dtype pyxc_dtype_##suffix = {name, 'c', sizeof(T), format, pyxc_get_##suffix, pyxc_set_##suffix, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */

/* @piece pyxc_dtype_float_complex */
pyxc_complex_dtype_define(float_complex, float _Complex, "float complex", "Zf")
/* @end */

/* @piece pyxc_dtype_double_complex */
pyxc_complex_dtype_define(double_complex, double _Complex, "double complex", "Zd")
/* @end */

/* @piece pyxc_dtype_longdouble_complex */
pyxc_complex_dtype_define(longdouble_complex, long double _Complex, "long double complex", "Zg")
/* @end */

/* @piece pyxc_dtype_object */
/*
 * Python objects as items (object[:]): each element owns a reference, as a list's items do; an
 * element that is NULL (memory an exporter left empty) reads as None, as in Cython. Reading one
 * takes a new reference, writing one releases the old; copies and fills take a reference for
 * every element they write.
 */
static inline PyObject *pyxc_mv_object_get(PyObject *const *p) {
    return Py_NewRef(*p ? *p : Py_None);
}

/* Stores v (a reference given up by the caller) and releases the element's old one. */
static inline void pyxc_mv_object_set(PyObject **p, PyObject *v) {
    PyObject *old = *p;
    *p = v;
    Py_XDECREF(old);
}

static PyObject *pyxc_get_object(const char *p) { return pyxc_mv_object_get((PyObject *const *)p); }
static int pyxc_set_object(char *p, PyObject *v) {
    pyxc_mv_object_set((PyObject **)p, Py_NewRef(v));
    return 0;
}

static void pyxc_mv_fill_objects_axis(char *data, const pyxc_slice *s, int axis, int ndim, PyObject *v) {
    for (Py_ssize_t i = 0; i < s->shape[axis]; i++) {
        char *p = pyxc_mv_step(data, s, axis, i);
        if (axis == ndim - 1) pyxc_mv_object_set((PyObject **)p, Py_NewRef(v));
        else pyxc_mv_fill_objects_axis(p, s, axis + 1, ndim, v);
    }
}

/* x[...] = v: every element of the view a new reference to v. */
static void pyxc_mv_fill_objects(const pyxc_slice *dst, int ndim, PyObject *v) {
    if (dst->owner == PYXC_MV_NONE) return;
    pyxc_mv_fill_objects_axis(dst->data, dst, 0, ndim, v);
}

/*
 * dst[...] = src of object views: copied as bytes (broadcast, overlap allowed, as any view), then
 * each element written takes a reference and each it replaced is released (after, so an object
 * both replaced and written stays alive).
 */
static int pyxc_mv_copy_objects(const pyxc_slice *dst, int dst_ndim, const pyxc_slice *src, int src_ndim) {
    Py_ssize_t n = 1, k;
    if (dst->owner == PYXC_MV_NONE || src->owner == PYXC_MV_NONE) return 0;
    for (int i = 0; i < dst_ndim; i++) n *= dst->shape[i];
    if (n == 0) return pyxc_mv_copy(dst, dst_ndim, src, src_ndim, sizeof(PyObject *));
    PyObject **before = (PyObject **)PyMem_Malloc((size_t)n * sizeof(PyObject *) * 2);
    if (!before) {
        PyErr_NoMemory();
        return -1;
    }
    PyObject **after = before + n;
    pyxc_mv_pack_axis(dst->data, dst, 0, dst_ndim, (char *)before, sizeof(PyObject *), 0);
    if (pyxc_mv_copy(dst, dst_ndim, src, src_ndim, sizeof(PyObject *)) < 0) {
        PyMem_Free(before);
        return -1;
    }
    pyxc_mv_pack_axis(dst->data, dst, 0, dst_ndim, (char *)after, sizeof(PyObject *), 0);
    for (k = 0; k < n; k++) Py_XINCREF(after[k]);
    for (k = 0; k < n; k++) Py_XDECREF(before[k]);
    PyMem_Free(before);
    return 0;
}

/* (defined with cython.view.array, which keeps the items of a copy of an object view: declared here,
   indented so that the runtime bundler takes the definition for the one that provides it) */
    static PyObject *pyxc_object_storage(Py_ssize_t n);

static const pyxc_dtype pyxc_dtype_object = {"Python object", 'O', sizeof(PyObject *), "O", pyxc_get_object, pyxc_set_object, NULL, 0,
                                             NULL, pyxc_mv_copy_objects, pyxc_mv_fill_objects, pyxc_object_storage};
/* @end */

/* @piece pyxc_dtype_extern */
/*
 * The item type of a view declared through a header's typedef (`ctypedef int td "td"` in a
 * `cdef extern from` block): its size and signedness are the header's, whatever Cython was told
 * (as Cython reads them from C). DECL is the type it was declared as, whose format (FMT) it
 * exports when the sizes agree; ID names its descriptor (pyxc_dtype_exti_ID) and conversions.
 */
#define PYXC_EXT_SIGNED(T) (!((T)-1 > 0))
#define PYXC_EXT_INT_FORMAT(T, DECL, FMT)                                                                          \
    (sizeof(T) == sizeof(DECL) ? FMT : sizeof(T) == 1 ? (PYXC_EXT_SIGNED(T) ? "b" : "B")                          \
     : sizeof(T) == sizeof(short) ? (PYXC_EXT_SIGNED(T) ? "h" : "H") : sizeof(T) == sizeof(int) ? (PYXC_EXT_SIGNED(T) ? "i" : "I") \
     : (PYXC_EXT_SIGNED(T) ? "q" : "Q"))
#define PYXC_EXT_INT_DTYPE(ID, T, DECL, FMT)                                                                           \
    static PyObject *pyxc_get_ext_##ID(const char *p) {                                                            \
        T v;                                                                                                       \
        memcpy(&v, p, sizeof v);                                                                                   \
        return PYXC_EXT_SIGNED(T) ? PyLong_FromLongLong((long long)v) : PyLong_FromUnsignedLongLong((unsigned long long)v); \
    }                                                                                                              \
    static int pyxc_set_ext_##ID(char *p, PyObject *o) {                                                           \
        T v;                                                                                                       \
        if (PYXC_EXT_SIGNED(T)) {                                                                                  \
            long long x = PyLong_AsLongLong(o);                                                                    \
            if (x == -1 && PyErr_Occurred()) return -1;                                                            \
            v = (T)x;                                                                                              \
            if ((long long)v != x) goto overflow;                                                                  \
        } else {                                                                                                   \
            unsigned long long x = PyLong_AsUnsignedLongLong(o);                                                   \
            if (x == (unsigned long long)-1 && PyErr_Occurred()) return -1;                                        \
            v = (T)x;                                                                                              \
            if ((unsigned long long)v != x) goto overflow;                                                         \
        }                                                                                                          \
        memcpy(p, &v, sizeof v);                                                                                   \
        return 0;                                                                                                  \
    overflow:                                                                                                      \
        PyErr_SetString(PyExc_OverflowError, "value too large to convert to " #T);                                 \
        return -1;                                                                                                 \
    }                                                                                                              \
    static const pyxc_dtype pyxc_dtype_exti_##ID = {#T, PYXC_EXT_SIGNED(T) ? 'i' : 'u', sizeof(T), PYXC_EXT_INT_FORMAT(T, DECL, FMT), \
                                                  pyxc_get_ext_##ID, pyxc_set_ext_##ID, NULL, 0, NULL, NULL, NULL, NULL};
#define PYXC_EXT_FLOAT_DTYPE(ID, T)                                                                                    \
    static PyObject *pyxc_get_ext_##ID(const char *p) {                                                            \
        T v;                                                                                                       \
        memcpy(&v, p, sizeof v);                                                                                   \
        return PyFloat_FromDouble((double)v);                                                                      \
    }                                                                                                              \
    static int pyxc_set_ext_##ID(char *p, PyObject *o) {                                                           \
        double x = PyFloat_AsDouble(o);                                                                            \
        if (x == -1.0 && PyErr_Occurred()) return -1;                                                              \
        T v = (T)x;                                                                                                \
        memcpy(p, &v, sizeof v);                                                                                   \
        return 0;                                                                                                  \
    }                                                                                                              \
    static const pyxc_dtype pyxc_dtype_extf_##ID = {#T, 'f', sizeof(T), sizeof(T) == sizeof(float) ? "f" : sizeof(T) == sizeof(double) ? "d" : "g", \
                                                  pyxc_get_ext_##ID, pyxc_set_ext_##ID, NULL, 0, NULL, NULL, NULL, NULL};
/* @end */
