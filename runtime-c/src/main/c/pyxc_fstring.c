/*
 * pyxc runtime: f-strings. The pieces of an f-string joined with one allocation, and C values
 * formatted in C where Cython formats them in C (its rules: see FStringLowering).
 */

/* @piece pyxc_fstring_join */
/* The n str pieces (borrowed) in order as one new str. */
static PyObject *pyxc_fstring_join(PyObject *const *items, Py_ssize_t n) {
    Py_ssize_t length = 0, at = 0;
    Py_UCS4 maxchar = 0;
    PyObject *r;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(items[i]);
        if (len > PY_SSIZE_T_MAX - length) {
            PyErr_SetString(PyExc_OverflowError, "join() result is too long for a Python string");
            return NULL;
        }
        length += len;
        if (PyUnicode_MAX_CHAR_VALUE(items[i]) > maxchar) maxchar = PyUnicode_MAX_CHAR_VALUE(items[i]);
    }
    r = PyUnicode_New(length, maxchar);
    if (!r) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(items[i]);
        if (len && PyUnicode_CopyCharacters(r, at, items[i], 0, len) < 0) { Py_DECREF(r); return NULL; }
        at += len;
    }
    return r;
}
/* @end */

/* @piece pyxc_format_simple_steal */
/* format(v) of a conversion's result, which it takes over: an exact str is already formatted. */
static PyObject *pyxc_format_simple_steal(PyObject *v) {
    PyObject *r;
    if (PyUnicode_CheckExact(v)) return v;
    r = PyObject_Format(v, NULL);
    Py_DECREF(v);
    return r;
}
/* @end */

/* @piece pyxc_format_bint */
static PyObject *pyxc_format_bint(int v) {
    return PyUnicode_FromString(v ? "True" : "False");
}
/* @end */

/* @piece pyxc_format_padded */
/*
 * An optional sign ('-' or 0) and n ASCII digits in at least width characters: spaces go
 * before the sign, zeros ('0' padding) between the sign and the digits.
 */
static PyObject *pyxc_format_padded(char sign, const char *digits, Py_ssize_t n, Py_ssize_t width, char pad) {
    Py_ssize_t len = n + (sign ? 1 : 0);
    Py_ssize_t fill = width > len ? width - len : 0;
    PyObject *r = PyUnicode_New(len + fill, 127);
    Py_UCS1 *out;
    if (!r) return NULL;
    out = PyUnicode_1BYTE_DATA(r);
    if (pad == '0') {
        if (sign) *out++ = (Py_UCS1)sign;
        memset(out, '0', (size_t)fill);
    } else {
        memset(out, ' ', (size_t)fill);
        if (sign) out[fill++] = (Py_UCS1)sign;
    }
    memcpy(out + fill, digits, (size_t)n);
    return r;
}
/* @end */

/* @piece pyxc_format_uchar */
/* The character with code v after width - 1 pads; OverflowError outside Unicode (Cython's). */
static PyObject *pyxc_format_uchar(int negative, unsigned long long v, Py_ssize_t width, char pad) {
    PyObject *r;
    if (negative || v > 0x10ffff) {
        PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)");
        return NULL;
    }
    if (width <= 1) return PyUnicode_FromOrdinal((int)v);
    r = PyUnicode_New(width, (Py_UCS4)v > 127 ? (Py_UCS4)v : 127);
    if (!r) return NULL;
    for (Py_ssize_t i = 0; i + 1 < width; i++) PyUnicode_WriteChar(r, i, (Py_UCS4)pad);
    PyUnicode_WriteChar(r, width - 1, (Py_UCS4)v);
    return r;
}
/* @end */

/* @piece pyxc_format_magnitude */
/*
 * A C integer given as sign and magnitude, in base 10, 16 ('x', 'X') or 8 and padded to width;
 * 'c' is the character itself.
 */
static PyObject *pyxc_format_magnitude(int negative, unsigned long long v, Py_ssize_t width, char pad, char format) {
    char buf[72];
    char *end = buf + sizeof buf, *p = end;
    const char *digits = format == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    unsigned base = format == 'o' ? 8 : (format == 'x' || format == 'X') ? 16 : 10;
    if (format == 'c') return pyxc_format_uchar(negative, v, width, pad);
    do { *--p = digits[v % base]; v /= base; } while (v);
    return pyxc_format_padded(negative ? '-' : 0, p, end - p, width, pad);
}
/* @end */

/* @piece pyxc_format_ll */
static PyObject *pyxc_format_ll(long long v, Py_ssize_t width, char pad, char format) {
    unsigned long long magnitude = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    return pyxc_format_magnitude(v < 0, magnitude, width, pad, format);
}
/* @end */

/* @piece pyxc_format_ull */
static PyObject *pyxc_format_ull(unsigned long long v, Py_ssize_t width, char pad, char format) {
    return pyxc_format_magnitude(0, v, width, pad, format);
}
/* @end */

/* @piece pyxc_format_double */
/* repr() ('r') or a format char with a precision, as float.__format__ gives them. */
static PyObject *pyxc_format_double(double v, char format, int precision) {
    PyObject *r;
    char *s = PyOS_double_to_string(v, format, format == 'r' ? 0 : precision, format == 'r' ? Py_DTSF_ADD_DOT_0 : 0, NULL);
    if (!s) return NULL;
    r = PyUnicode_FromString(s);
    PyMem_Free(s);
    return r;
}
/* @end */
