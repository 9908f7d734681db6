/*
 * pyxc runtime: Python object -> C scalar conversions with Cython's semantics and messages.
 * Ints accept int subclasses and anything with __int__ (a float truncates, as in Cython);
 * other objects raise TypeError("an integer is required").
 */

/* @piece pyxc_int_of */
/* A new reference to an int for x, or NULL with TypeError. */
static PyObject *pyxc_int_of(PyObject *x) {
    PyNumberMethods *m;
    PyObject *r;
    if (PyLong_Check(x)) { Py_INCREF(x); return x; }
    m = Py_TYPE(x)->tp_as_number;
    if (m && m->nb_int) {
        r = m->nb_int(x);
        if (r && !PyLong_Check(r)) {
            PyErr_Format(PyExc_TypeError, "__int__ returned non-int (type %.200s)", Py_TYPE(r)->tp_name);
            Py_DECREF(r);
            return NULL;
        }
        return r;
    }
    PyErr_SetString(PyExc_TypeError, "an integer is required");
    return NULL;
}
/* @end */

/* @piece pyxc_as_signed */
/* Converts to a signed C integer in [min, max]; -1 with an exception on failure. */
static long long pyxc_as_signed(PyObject *x, long long min, long long max, const char *name) {
    int overflow = 0;
    long long v;
    PyObject *i = pyxc_int_of(x);
    if (!i) return -1;
    v = PyLong_AsLongLongAndOverflow(i, &overflow);
    Py_DECREF(i);
    if (v == -1 && PyErr_Occurred()) return -1;
    if (overflow) {
        /* Beyond 64 bits Cython reports the failed conversion to a C long, whatever the target. */
        PyErr_SetString(PyExc_OverflowError, name[0] == 'P' ? "Python int too large to convert to C ssize_t"
                                                            : "Python int too large to convert to C long");
        return -1;
    }
    if (v < min || v > max) {
        PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", name);
        return -1;
    }
    return v;
}
/* @end */

/* @piece pyxc_as_unsigned */
/* Converts to an unsigned C integer in [0, max]; (unsigned)-1 with an exception on failure. */
static unsigned long long pyxc_as_unsigned(PyObject *x, unsigned long long max, const char *name) {
    unsigned long long v;
    PyObject *i = pyxc_int_of(x);
    if (!i) return (unsigned long long)-1;
    if (_PyLong_Sign(i) < 0) {
        Py_DECREF(i);
        PyErr_Format(PyExc_OverflowError, "can't convert negative value to %s", name);
        return (unsigned long long)-1;
    }
    v = PyLong_AsUnsignedLongLong(i);
    Py_DECREF(i);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_OverflowError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
        }
        return (unsigned long long)-1;
    }
    if (v > max) {
        PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", name);
        return (unsigned long long)-1;
    }
    return v;
}
/* @end */

/* @piece pyxc_as_char */
#define pyxc_as_char(x) ((char)pyxc_as_signed((x), CHAR_MIN, CHAR_MAX, "char"))
/* @end */
/* @piece pyxc_as_schar */
#define pyxc_as_schar(x) ((signed char)pyxc_as_signed((x), SCHAR_MIN, SCHAR_MAX, "signed char"))
/* @end */
/* @piece pyxc_as_uchar */
#define pyxc_as_uchar(x) ((unsigned char)pyxc_as_unsigned((x), UCHAR_MAX, "unsigned char"))
/* @end */
/* @piece pyxc_as_short */
#define pyxc_as_short(x) ((short)pyxc_as_signed((x), SHRT_MIN, SHRT_MAX, "short"))
/* @end */
/* @piece pyxc_as_ushort */
#define pyxc_as_ushort(x) ((unsigned short)pyxc_as_unsigned((x), USHRT_MAX, "unsigned short"))
/* @end */
/* @piece pyxc_as_int */
#define pyxc_as_int(x) ((int)pyxc_as_signed((x), INT_MIN, INT_MAX, "int"))
/* @end */
/* @piece pyxc_as_uint */
#define pyxc_as_uint(x) ((unsigned int)pyxc_as_unsigned((x), UINT_MAX, "unsigned int"))
/* @end */
/* @piece pyxc_as_long */
#define pyxc_as_long(x) ((long)pyxc_as_signed((x), LONG_MIN, LONG_MAX, "long"))
/* @end */
/* @piece pyxc_as_ulong */
#define pyxc_as_ulong(x) ((unsigned long)pyxc_as_unsigned((x), ULONG_MAX, "unsigned long"))
/* @end */
/* @piece pyxc_as_longlong */
#define pyxc_as_longlong(x) ((long long)pyxc_as_signed((x), LLONG_MIN, LLONG_MAX, "long long"))
/* @end */
/* @piece pyxc_as_ulonglong */
#define pyxc_as_ulonglong(x) ((unsigned long long)pyxc_as_unsigned((x), ULLONG_MAX, "unsigned PY_LONG_LONG"))
/* @end */
/* @piece pyxc_as_ssize_t */
/* Py_ssize_t takes __index__ only, as in Cython: a float is a TypeError, not truncated. */
static Py_ssize_t pyxc_as_ssize_t(PyObject *x) {
    Py_ssize_t v;
    PyObject *i;
    if (PyLong_CheckExact(x)) return PyLong_AsSsize_t(x);
    i = PyNumber_Index(x);
    if (!i) return -1;
    v = PyLong_AsSsize_t(i);
    Py_DECREF(i);
    return v;
}
/* @end */
/* @piece pyxc_as_size_t */
#define pyxc_as_size_t(x) ((size_t)pyxc_as_unsigned((x), SIZE_MAX, "size_t"))
/* @end */
/* @piece pyxc_as_hash_t */
/* Py_hash_t converts as Py_ssize_t does in Cython (its width, through __index__ only). */
#define pyxc_as_hash_t(x) ((Py_hash_t)pyxc_as_ssize_t(x))
/* @end */
/* @piece pyxc_as_ptrdiff_t */
#define pyxc_as_ptrdiff_t(x) ((ptrdiff_t)pyxc_as_signed((x), PTRDIFF_MIN, PTRDIFF_MAX, "ptrdiff_t"))
/* @end */

/* @piece pyxc_as_header_int */
/* A header's integer typedef converted as the header defines it, whatever Cython was told
   (`ctypedef int UChar` may name an unsigned char): the C compiler gives its size and signedness,
   and the messages name the typedef, as Cython's do. Wider than long long (`__int128_t`) goes
   through CPython's byte-array conversion, as Cython's does. */
#define PYXC_IS_SIGNED(T) ((T)-1 < (T)1)
#ifdef __SIZEOF_INT128__
typedef unsigned __int128 pyxc_wide_int;
#else
typedef unsigned long long pyxc_wide_int;
#endif
static long long pyxc_signed_max(size_t size) {
    return size >= sizeof(long long) ? LLONG_MAX : (long long)((1ULL << (8 * size - 1)) - 1);
}
static unsigned long long pyxc_unsigned_max(size_t size) {
    return size >= sizeof(long long) ? ULLONG_MAX : (1ULL << (8 * size)) - 1;
}
static pyxc_wide_int pyxc_as_wide_int(PyObject *x, int is_signed, const char *name) {
    pyxc_wide_int v = 0;
    int r;
    PyObject *i = pyxc_int_of(x);
    if (!i) return (pyxc_wide_int)-1;
    if (!is_signed && _PyLong_Sign(i) < 0) {
        Py_DECREF(i);
        PyErr_Format(PyExc_OverflowError, "can't convert negative value to %s", name);
        return (pyxc_wide_int)-1;
    }
#if PY_VERSION_HEX >= 0x030D0000
    r = _PyLong_AsByteArray((PyLongObject *)i, (unsigned char *)&v, sizeof(v), PY_LITTLE_ENDIAN, is_signed, 1);
#else
    r = _PyLong_AsByteArray((PyLongObject *)i, (unsigned char *)&v, sizeof(v), PY_LITTLE_ENDIAN, is_signed);
#endif
    Py_DECREF(i);
    /* CPython's own OverflowError ("int too big to convert") is Cython's message here too. */
    return r < 0 ? (pyxc_wide_int)-1 : v;
}
static PyObject *pyxc_box_wide_int(pyxc_wide_int v, int is_signed) {
    return _PyLong_FromByteArray((const unsigned char *)&v, sizeof(v), PY_LITTLE_ENDIAN, is_signed);
}
#define pyxc_as_header_int(x, T, name)                                                                       \
    (sizeof(T) > sizeof(long long) ? (T)pyxc_as_wide_int((x), PYXC_IS_SIGNED(T), (name))                   \
     : PYXC_IS_SIGNED(T) ? (T)pyxc_as_signed((x), -pyxc_signed_max(sizeof(T)) - 1, pyxc_signed_max(sizeof(T)), (name)) \
     : (T)pyxc_as_unsigned((x), pyxc_unsigned_max(sizeof(T)), (name)))
#define pyxc_box_header_int(v, T)                                                                            \
    (sizeof(T) > sizeof(long long) ? pyxc_box_wide_int((pyxc_wide_int)(v), PYXC_IS_SIGNED(T))              \
     : PYXC_IS_SIGNED(T) ? PyLong_FromLongLong((long long)(v)) : PyLong_FromUnsignedLongLong((unsigned long long)(v)))
/* @end */

/* @piece pyxc_as_double */
/* PyFloat_AsDouble with exact-float and exact-int fast paths; its messages are what Cython shows. */
static double pyxc_as_double(PyObject *x) {
    if (PyFloat_CheckExact(x)) return PyFloat_AS_DOUBLE(x);
    /* What float(x) gives an int (the same OverflowError), without the float object in between. */
    if (PyLong_CheckExact(x)) return PyLong_AsDouble(x);
    return PyFloat_AsDouble(x);
}
/* @end */

/* @piece pyxc_as_complex */
/* complex(x) for a number: CPython's conversion (__complex__, then __float__ or __index__), TypeError
 * for anything else. -1 with the exception set on failure. */
static double _Complex pyxc_as_complex(PyObject *x) {
    Py_complex c;
    if (PyComplex_CheckExact(x)) {
        c = ((PyComplexObject *)x)->cval;
    } else if (PyFloat_CheckExact(x)) {
        return PyFloat_AS_DOUBLE(x);
    } else {
        c = PyComplex_AsCComplex(x);
        if (c.real == -1.0 && PyErr_Occurred()) return -1.0;
    }
    return __builtin_complex(c.real, c.imag);
}
/* @end */

/* @piece pyxc_type_test */
/* <list?>x and a C value cast to a builtin type: the exact type or TypeError, None included
 * (Cython's __Pyx_RaiseUnexpectedTypeError). 0, or -1 with the exception set. */
static int pyxc_type_test(PyObject *x, PyTypeObject *type, const char *name) {
    if (Py_TYPE(x) == type) return 0;
    PyErr_Format(PyExc_TypeError, "Expected %.42s, got %.200s", name, Py_TYPE(x)->tp_name);
    return -1;
}

/* <list?>x where x is already typed list: only None can be wrong. */
static int pyxc_none_test(PyObject *x, const char *name) {
    if (x != Py_None) return 0;
    PyErr_Format(PyExc_TypeError, "Cannot convert NoneType to %.200s", name);
    return -1;
}
/* @end */

/* @piece pyxc_byte_new */
/* <bytes>i for a C integer: a one-byte bytes object. Types wider than a char must hold 0..255
 * (Cython's CoerceIntToBytesNode); a char of any signedness is taken as its byte. */
static PyObject *pyxc_byte_new(long long v, int any_char) {
    char c;
    if (!any_char && (v < 0 || v > 255)) {
        PyErr_SetString(PyExc_OverflowError, "value too large to pack into a byte");
        return NULL;
    }
    c = (char)v;
    return PyBytes_FromStringAndSize(&c, 1);
}
/* @end */

/* @piece pyxc_as_code_point */
/* A code point from a one-character str or an int in [0, 0x10FFFF], with Cython's messages naming
   the C type (Py_UCS4 or Py_UNICODE); (Py_UCS4)-1 with an exception on failure. */
static Py_UCS4 pyxc_as_code_point(PyObject *x, const char *type) {
    if (PyUnicode_Check(x)) {
        if (PyUnicode_GET_LENGTH(x) == 1) return PyUnicode_READ_CHAR(x, 0);
        PyErr_Format(PyExc_ValueError, "only single character unicode strings can be converted to %s, got length %zd",
                     type, PyUnicode_GET_LENGTH(x));
        return (Py_UCS4)-1;
    }
    PyObject *i = pyxc_int_of(x);
    if (!i) return (Py_UCS4)-1;
    long v = PyLong_AsLong(i);
    Py_DECREF(i);
    if (v == -1 && PyErr_Occurred()) return (Py_UCS4)-1;
    if (v < 0 || v > 0x10FFFF) {
        PyErr_Format(PyExc_OverflowError, v < 0 ? "cannot convert negative value to %s" : "value too large to convert to %s", type);
        return (Py_UCS4)-1;
    }
    return (Py_UCS4)v;
}
#define pyxc_as_py_ucs4(x) pyxc_as_code_point((x), "Py_UCS4")
#define pyxc_as_py_unicode(x) ((wchar_t)pyxc_as_code_point((x), "Py_UNICODE"))
/* @end */

/* @piece pyxc_ord */
/* ord(x) as Cython computes it, a C long: a str's one character (else the ValueError of its
   Py_UCS4 conversion), a bytes' or bytearray's one byte; -1 with TypeError for anything else. */
static long pyxc_ord(PyObject *x) {
    Py_ssize_t size;
    if (PyUnicode_Check(x)) {
        size = PyUnicode_GET_LENGTH(x);
        if (size == 1) return (long)PyUnicode_READ_CHAR(x, 0);
        PyErr_Format(PyExc_ValueError, "only single character unicode strings can be converted to Py_UCS4, got length %zd", size);
        return -1;
    }
    if (PyBytes_Check(x)) {
        size = PyBytes_GET_SIZE(x);
        if (size == 1) return (unsigned char)PyBytes_AS_STRING(x)[0];
    } else if (PyByteArray_Check(x)) {
        size = PyByteArray_GET_SIZE(x);
        if (size == 1) return (unsigned char)PyByteArray_AS_STRING(x)[0];
    } else {
        PyErr_Format(PyExc_TypeError, "ord() expected string of length 1, but %.200s found", Py_TYPE(x)->tp_name);
        return -1;
    }
    PyErr_Format(PyExc_TypeError, "ord() expected a character, but string of length %zd found", size);
    return -1;
}
/* @end */

/* @piece pyxc_str_item */
/* s[i] of a str as its code point, read in C as Cython reads it (also without the GIL: a str does
 * not change); (Py_UCS4)-1 with TypeError or IndexError, raised with the GIL taken. */
static Py_UCS4 pyxc_str_item(PyObject *s, Py_ssize_t i, int wraparound, int boundscheck) {
    Py_ssize_t n;
    if (s == Py_None) {
        pyxc_set_error_any_thread(PyExc_TypeError, "'NoneType' object is not subscriptable");
        return (Py_UCS4)-1;
    }
    n = PyUnicode_GET_LENGTH(s);
    if (wraparound && i < 0) i += n;
    if (boundscheck && (i < 0 || i >= n)) {
        pyxc_set_error_any_thread(PyExc_IndexError, "string index out of range");
        return (Py_UCS4)-1;
    }
    return PyUnicode_READ_CHAR(s, i);
}
/* @end */

/* @piece pyxc_bytes_item */
/* b[i] of bytes or a bytearray as a C int in 0..255, read in C; -1 with TypeError or IndexError. */
static int pyxc_bytes_item(PyObject *b, Py_ssize_t i, int bytearray, int wraparound, int boundscheck) {
    Py_ssize_t n;
    if (b == Py_None) {
        pyxc_set_error_any_thread(PyExc_TypeError, "'NoneType' object is not subscriptable");
        return -1;
    }
    n = bytearray ? PyByteArray_GET_SIZE(b) : PyBytes_GET_SIZE(b);
    if (wraparound && i < 0) i += n;
    if (boundscheck && (i < 0 || i >= n)) {
        pyxc_set_error_any_thread(PyExc_IndexError, bytearray ? "bytearray index out of range" : "string index out of range");
        return -1;
    }
    return (unsigned char)(bytearray ? PyByteArray_AS_STRING(b) : PyBytes_AS_STRING(b))[i];
}
/* @end */

/* @piece pyxc_bytearray_set */
/* b[i] = v of a bytearray with C values, stored in C (its size does not change): as Cython, v
 * outside range(0, 256) is a ValueError when `checked` (the GIL held), its low byte otherwise;
 * -1 with TypeError, IndexError or ValueError, raised with the GIL taken. */
static int pyxc_bytearray_set(PyObject *b, Py_ssize_t i, long v, int checked, int wraparound, int boundscheck) {
    Py_ssize_t n;
    if (b == Py_None) {
        pyxc_set_error_any_thread(PyExc_TypeError, "'NoneType' object does not support item assignment");
        return -1;
    }
    n = PyByteArray_GET_SIZE(b);
    if (wraparound && i < 0) i += n;
    if (boundscheck && (i < 0 || i >= n)) {
        pyxc_set_error_any_thread(PyExc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (checked && (v < 0 || v > 255)) {
        pyxc_set_error_any_thread(PyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    PyByteArray_AS_STRING(b)[i] = (char)(unsigned char)v;
    return 0;
}
/* @end */
