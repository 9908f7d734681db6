/*
 * Self-checking test of the pyxc C runtime, compiled on its own with gcc and run with an
 * embedded interpreter (the runtime raises Python exceptions). Prints one line per failure and
 * exits non-zero if any check failed.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../src/main/c/pyxc_core.c"
#include "../src/main/c/pyxc_import.c"
#include "../src/main/c/pyxc_args.c"
#include "../src/main/c/pyxc_convert.c"
#include "../src/main/c/pyxc_arith.c"
#include "../src/main/c/pyxc_memview.c"
#include "../src/main/c/pyxc_buffmt.c"
#include "../src/main/c/pyxc_dtypes.c"
#include "../src/main/c/pyxc_mvobject.c"
#include "../src/main/c/pyxc_cvarray.c"

static int failures = 0;

#define CHECK(cond) do { if (!(cond)) { printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

/* The pending exception is of type `type` with message `msg`; clears it. */
static int raised(PyObject *type, const char *msg) {
    PyObject *t, *v, *tb;
    int ok;
    if (!PyErr_Occurred()) return 0;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    ok = PyErr_GivenExceptionMatches(t, type);
    if (ok && msg) {
        PyObject *s = PyObject_Str(v);
        ok = s && strcmp(PyUnicode_AsUTF8(s), msg) == 0;
        if (!ok && s) printf("  message was: %s\n", PyUnicode_AsUTF8(s));
        Py_XDECREF(s);
    }
    Py_XDECREF(t); Py_XDECREF(v); Py_XDECREF(tb);
    return ok;
}

static void test_floor_division(void) {
    CHECK(pyxc_floordiv_ll(7, 2) == 3);
    CHECK(pyxc_floordiv_ll(-7, 2) == -4);
    CHECK(pyxc_floordiv_ll(7, -2) == -4);
    CHECK(pyxc_floordiv_ll(-7, -2) == 3);
    CHECK(pyxc_floordiv_ll(LLONG_MAX, 1) == LLONG_MAX);
    CHECK(pyxc_mod_ll(-7, 2) == 1);
    CHECK(pyxc_mod_ll(7, -2) == -1);
    CHECK(pyxc_mod_ll(LLONG_MIN, -1) == 0);
    CHECK(pyxc_floordiv_ll(1, 0) == -1 && raised(PyExc_ZeroDivisionError, "integer division or modulo by zero"));
    CHECK(pyxc_mod_ll(1, 0) == -1 && raised(PyExc_ZeroDivisionError, "integer division or modulo by zero"));
    CHECK(pyxc_floordiv_ll(LLONG_MIN, -1) == -1 && raised(PyExc_OverflowError, "value too large to perform division"));
    CHECK(pyxc_floordiv_ull(7, 2) == 3);
    CHECK(pyxc_floordiv_ull(7, 0) == (unsigned long long)-1 && raised(PyExc_ZeroDivisionError, NULL));
}

static void test_float_division(void) {
    CHECK(pyxc_floordiv_d(-7.0, 2.0) == -4.0);
    CHECK(pyxc_mod_d(-7.0, 2.0) == 1.0);
    CHECK(pyxc_mod_d(7.5, -2.0) == -0.5);
    CHECK(signbit(pyxc_mod_d(4.0, -2.0)));           /* zero takes the divisor's sign */
    CHECK(pyxc_truediv_d(1.0, 4.0) == 0.25);
    CHECK(pyxc_truediv_d(1.0, 0.0) == -1 && raised(PyExc_ZeroDivisionError, "float division"));
    CHECK(pyxc_floordiv_d(1.0, 0.0) == -1 && raised(PyExc_ZeroDivisionError, "float division"));
    CHECK(pyxc_mod_d(1.0, 0.0) == -1 && raised(PyExc_ZeroDivisionError, "float divmod()"));
}

static void test_conversions(void) {
    PyObject *big = PyLong_FromString("18446744073709551616", NULL, 10);   /* 2**64 */
    PyObject *neg = PyLong_FromLong(-1);
    PyObject *i300 = PyLong_FromLong(300);
    PyObject *f = PyFloat_FromDouble(2.75);
    PyObject *s = PyUnicode_FromString("x");
    CHECK(pyxc_as_int(i300) == 300);
    CHECK(pyxc_as_uchar(i300) == (unsigned char)-1 && raised(PyExc_OverflowError, "value too large to convert to unsigned char"));
    CHECK(pyxc_as_uint(neg) == (unsigned int)-1 && raised(PyExc_OverflowError, "can't convert negative value to unsigned int"));
    CHECK(pyxc_as_long(big) == -1 && raised(PyExc_OverflowError, "Python int too large to convert to C long"));
    CHECK(pyxc_as_ssize_t(big) == -1 && raised(PyExc_OverflowError, "Python int too large to convert to C ssize_t"));
    CHECK(pyxc_as_ulonglong(big) == (unsigned long long)-1 && raised(PyExc_OverflowError, "Python int too large to convert to C unsigned long"));
    CHECK(pyxc_as_long(f) == 2);                       /* __int__ truncates, as in Cython */
    CHECK(pyxc_as_long(s) == -1 && raised(PyExc_TypeError, "an integer is required"));
    CHECK(pyxc_as_double(f) == 2.75);
    CHECK(pyxc_as_double(i300) == 300.0);
    CHECK(pyxc_as_double(s) == -1 && raised(PyExc_TypeError, "must be real number, not str"));
    Py_DECREF(big); Py_DECREF(neg); Py_DECREF(i300); Py_DECREF(f); Py_DECREF(s);
}

static void test_arguments(void) {
    static const char *const names[] = {"a", "b", "c", NULL};
    PyObject *one = PyLong_FromLong(1), *two = PyLong_FromLong(2);
    PyObject *args[3] = {one, two, one};
    PyObject *values[3] = {0};
    PyObject *kw = Py_BuildValue("(s)", "c");
    CHECK(pyxc_parse_args("f", args, 2, kw, names, 3, 2, values) == 0);
    CHECK(values[0] == one && values[1] == two && values[2] == one);
    memset(values, 0, sizeof values);
    CHECK(pyxc_parse_args("f", args, 1, NULL, names, 3, 2, values) == -1
          && raised(PyExc_TypeError, "f() takes at least 2 positional arguments (1 given)"));
    memset(values, 0, sizeof values);
    CHECK(pyxc_parse_args("f", args, 3, NULL, names, 2, 2, values) == -1
          && raised(PyExc_TypeError, "f() takes exactly 2 positional arguments (3 given)"));
    Py_DECREF(kw);
    kw = Py_BuildValue("(s)", "a");
    memset(values, 0, sizeof values);
    CHECK(pyxc_parse_args("f", args, 2, kw, names, 3, 2, values) == -1
          && raised(PyExc_TypeError, "f() got multiple values for keyword argument 'a'"));
    Py_DECREF(kw);
    kw = Py_BuildValue("(s)", "zz");
    memset(values, 0, sizeof values);
    CHECK(pyxc_parse_args("f", args, 2, kw, names, 3, 2, values) == -1
          && raised(PyExc_TypeError, "f() got an unexpected keyword argument 'zz'"));
    Py_DECREF(kw); Py_DECREF(one); Py_DECREF(two);
}

static void test_raise(void) {
    PyObject *msg = PyUnicode_FromString("m");
    PyObject *inst = PyObject_CallOneArg(PyExc_KeyError, msg);
    pyxc_raise(PyExc_ValueError, NULL);
    CHECK(raised(PyExc_ValueError, ""));
    pyxc_raise(inst, NULL);
    CHECK(raised(PyExc_KeyError, "'m'"));
    pyxc_raise(msg, NULL);
    CHECK(raised(PyExc_TypeError, "raise: exception class must be a subclass of BaseException"));
    pyxc_reraise();
    CHECK(raised(PyExc_RuntimeError, "No active exception to reraise"));
    Py_DECREF(inst); Py_DECREF(msg);
}

static void test_memoryviews(void) {
    PyObject *arr_mod = PyImport_ImportModule("array");
    PyObject *arr = PyObject_CallMethod(arr_mod, "array", "s[ddd]", "d", 1.0, 2.0, 3.0);
    PyObject *longs = PyObject_CallMethod(arr_mod, "array", "s[i]", "l", 1);
    PyObject *bytes = PyBytes_FromString("12345678");
    pyxc_slice s, t, u;
    pyxc_mvindex idx[1];
    PyObject *o;
    Py_ssize_t refs = Py_REFCNT(arr);

    s = pyxc_mv_from_object(arr, &pyxc_dtype_double, 1, 0, NULL);
    CHECK(s.owner && s.owner != PYXC_MV_NONE && s.shape[0] == 3 && s.strides[0] == 8);
    CHECK(atomic_load(&s.owner->acquisitions) == 1);
    CHECK(Py_REFCNT(arr) == refs + 1);                 /* the owner's Py_buffer holds the exporter */
    t = s;                                             /* a struct copy acquires nothing ... */
    pyxc_mv_acquire(&t);                               /* ... the IR's inc_ref does */
    CHECK(atomic_load(&s.owner->acquisitions) == 2);
    CHECK(pyxc_mv_index(&s, 0, -1, 1, 1) == 2);
    CHECK(pyxc_mv_index(&s, 0, 3, 1, 1) == -1 && raised(PyExc_IndexError, "Out of bounds on buffer access (axis 0)"));
    CHECK(pyxc_mv_index(&s, 0, -4, 1, 1) == -1 && raised(PyExc_IndexError, NULL));
    CHECK(pyxc_mv_index(&s, 0, -1, 0, 1) == -1 && raised(PyExc_IndexError, NULL));   /* no wraparound */

    memset(idx, 0, sizeof idx);
    idx[0].kind = PYXC_MV_SLICE; idx[0].step = -1; idx[0].has_step = 1;
    u = pyxc_mv_subview(&s, 1, idx, 1, 0);                 /* x[::-1] */
    CHECK(u.owner == s.owner && u.shape[0] == 3 && u.strides[0] == -8 && *(double *)u.data == 3.0);
    CHECK(atomic_load(&s.owner->acquisitions) == 3);
    idx[0].step = 0;
    CHECK(pyxc_mv_subview(&s, 1, idx, 1, 0).owner == NULL && raised(PyExc_ValueError, "Step may not be zero (axis 0)"));
    idx[0].kind = PYXC_MV_NEWAXIS;
    t = pyxc_mv_subview(&s, 1, idx, 1, 0);                 /* x[None]: the view gains a leading axis */
    CHECK(t.shape[0] == 1 && t.strides[0] == 0 && t.shape[1] == 3 && t.strides[1] == 8 && t.data == s.data);
    pyxc_mv_release(&t);
    t = s;

    o = pyxc_mv_to_object(&u, 1, &pyxc_dtype_double, 0);
    CHECK(o && PyObject_Length(o) == 3);
    CHECK(atomic_load(&s.owner->acquisitions) == 4);
    Py_DECREF(o);
    CHECK(atomic_load(&s.owner->acquisitions) == 3);
    pyxc_mv_release(&u);
    pyxc_mv_release(&t);
    CHECK(Py_REFCNT(arr) == refs + 1);
    pyxc_mv_release(&s);                                /* the last one releases the buffer */
    CHECK(Py_REFCNT(arr) == refs);
    CHECK(s.owner == NULL);

    s = pyxc_mv_from_object(longs, &pyxc_dtype_double, 1, 0, NULL);
    CHECK(s.owner == NULL && raised(PyExc_ValueError, "Buffer dtype mismatch, expected 'double' but got 'long'"));
    s = pyxc_mv_from_object(arr, &pyxc_dtype_double, 2, 0, NULL);
    CHECK(s.owner == NULL && raised(PyExc_ValueError, "Buffer has wrong number of dimensions (expected 2, got 1)"));
    s = pyxc_mv_from_object(bytes, &pyxc_dtype_double, 1, 0, NULL);
    CHECK(s.owner == NULL && raised(PyExc_BufferError, "Object is not writable."));
    s = pyxc_mv_from_object(bytes, &pyxc_dtype_uchar, 1, PYXC_MV_CONST, NULL);
    CHECK(s.owner && s.shape[0] == 8 && *(unsigned char *)s.data == '1');
    pyxc_mv_release(&s);
    s = pyxc_mv_from_object(Py_None, &pyxc_dtype_double, 1, 0, NULL);
    CHECK(s.owner == PYXC_MV_NONE && s.shape[0] == 0);
    pyxc_mv_acquire(&s);                                /* None views are never counted */
    pyxc_mv_release(&s);
    CHECK(Py_REFCNT(arr) == refs);
    Py_DECREF(bytes); Py_DECREF(longs); Py_DECREF(arr); Py_DECREF(arr_mod);
}

/* A view with an indirect first axis: two rows reached through a table of pointers. */
static void test_indirect_views(void) {
    int r0[3] = {0, 1, 2}, r1[3] = {10, 11, 12};
    int *rows[2] = {r0, r1};
    pyxc_slice s, r;
    pyxc_mvindex idx[2];
    memset(&s, 0, sizeof s);
    pyxc_mv_direct(&s);
    s.data = (char *)rows;
    s.shape[0] = 2; s.shape[1] = 3;
    s.strides[0] = sizeof(int *); s.strides[1] = sizeof(int);
    s.suboffsets[0] = 0;
    CHECK(*(int *)pyxc_mv_step(pyxc_mv_step(s.data, &s, 0, 1), &s, 1, 2) == 12);

    memset(idx, 0, sizeof idx);                        /* x[1:, 1:]: the column offset goes behind the pointers */
    idx[0].kind = idx[1].kind = PYXC_MV_SLICE;
    idx[0].start = idx[1].start = 1;
    idx[0].has_start = idx[1].has_start = 1;
    r = pyxc_mv_subview_borrowed(&s, 2, idx, 2, 1);
    CHECK(r.data == (char *)(rows + 1) && r.suboffsets[0] == (Py_ssize_t)sizeof(int) && r.suboffsets[1] == -1);
    CHECK(r.shape[0] == 1 && r.shape[1] == 2 && *(int *)pyxc_mv_step(pyxc_mv_step(r.data, &r, 0, 0), &r, 1, 1) == 12);

    memset(idx, 0, sizeof idx);                        /* x[1]: through the pointer, a direct row */
    idx[0].kind = PYXC_MV_AT; idx[0].index = 1;
    r = pyxc_mv_subview_borrowed(&s, 2, idx, 1, 1);
    CHECK(r.data == (char *)r1 && r.shape[0] == 3 && r.suboffsets[0] == -1);

    idx[0].kind = PYXC_MV_NEWAXIS;                     /* x[None, 0]: a kept axis before the pointers */
    idx[1].kind = PYXC_MV_AT;
    r = pyxc_mv_subview_borrowed(&s, 2, idx, 2, 1);
    CHECK(r.data == NULL && raised(PyExc_IndexError, "All dimensions preceding dimension 0 must be indexed and not sliced"));

    r = pyxc_mv_transpose_borrowed(&s, 2);
    CHECK(r.owner == NULL && raised(PyExc_ValueError, "Cannot transpose memoryview with indirect dimensions"));
}

static int freed_with_callback;
static void free_counting(void *p) {
    freed_with_callback++;
    free(p);
}

/* cython.view.array over a pointer: its layout, the contiguity its buffer promises, and who frees the memory. */
static void test_cython_array(void) {
    int *p = (int *)malloc(6 * sizeof(int));
    PyObject *c, *f, *mv;
    Py_buffer view;
    pyxc_slice s;
    int i;
    for (i = 0; i < 6; i++) p[i] = i;
    c = pyxc_cvarray_from_pointer(p, sizeof(int), "i", 0, 2, (Py_ssize_t)2, (Py_ssize_t)3);
    f = pyxc_cvarray_from_pointer(p, sizeof(int), "i", 1, 2, (Py_ssize_t)2, (Py_ssize_t)3);
    CHECK(c && f);
    CHECK(((pyxc_cvarray *)c)->strides[0] == 12 && ((pyxc_cvarray *)c)->strides[1] == 4 && ((pyxc_cvarray *)c)->len == 24);
    CHECK(((pyxc_cvarray *)f)->strides[0] == 4 && ((pyxc_cvarray *)f)->strides[1] == 8);
    s = pyxc_mv_from_object(c, &pyxc_dtype_int, 2, PYXC_MV_C_CONTIG, NULL);
    CHECK(s.owner && *(int *)(s.data + s.strides[0] + 2 * s.strides[1]) == 5);
    pyxc_mv_release(&s);
    CHECK(PyObject_GetBuffer(f, &view, PyBUF_C_CONTIGUOUS) == -1
          && raised(PyExc_ValueError, "Buffer and memoryview are not contiguous in the same dimension."));
    CHECK(PyObject_GetBuffer(f, &view, PyBUF_F_CONTIGUOUS) == 0 && view.strides[1] == 8);
    PyBuffer_Release(&view);
    mv = PyObject_GetAttrString(c, "memview");
    CHECK(mv && PyObject_Length(mv) == 2);
    Py_XDECREF(mv);
    CHECK(pyxc_cvarray_from_pointer(NULL, sizeof(int), "i", 0, 1, (Py_ssize_t)1) == NULL
          && raised(PyExc_ValueError, "Cannot create cython.array from NULL pointer"));
    CHECK(pyxc_cvarray_from_pointer(p, sizeof(int), "i", 0, 1, (Py_ssize_t)0) == NULL
          && raised(PyExc_ValueError, "Invalid shape in axis 0: 0."));
    Py_DECREF(f);                                       /* the memory is the program's ... */
    ((pyxc_cvarray *)c)->callback_free_data = free_counting;
    Py_DECREF(c);                                       /* ... until a callback is given it */
    CHECK(freed_with_callback == 1);
}

/* Struct items: an exporter's format is read field by field against the struct's layout. */
struct small { int a; int b; };
struct nested { struct small x; struct small y; int z; };
struct __attribute__((packed)) packed { signed char a; int b; };
struct holds_packed { signed char a; int b; struct packed sub; int c; };
struct with_array { float v[2][3]; double w; };
struct two_ld { long double real; long double imag; };

#define LEAF(T, owner, f, kind, member, ...) {#T, #owner, f, kind, sizeof(T), offsetof(owner##_t, member), __VA_ARGS__}
typedef struct nested nested_t;
typedef struct holds_packed holds_packed_t;
typedef struct with_array with_array_t;
typedef struct two_ld two_ld_t;

static const pyxc_leaf nested_leaves[] = {
    LEAF(int, nested, "a", 'i', x.a, 0, {0}), LEAF(int, nested, "b", 'i', x.b, 0, {0}),
    LEAF(int, nested, "a", 'i', y.a, 0, {0}), LEAF(int, nested, "b", 'i', y.b, 0, {0}), LEAF(int, nested, "z", 'i', z, 0, {0}),
};
static const pyxc_dtype nested_dtype = {"nested", 's', sizeof(struct nested), "", NULL, NULL, nested_leaves, 5, pyxc_mv_struct_check, NULL, NULL, NULL};
static const pyxc_leaf holds_packed_leaves[] = {
    LEAF(signed char, holds_packed, "a", 'i', a, 0, {0}), LEAF(int, holds_packed, "b", 'i', b, 0, {0}),
    LEAF(signed char, holds_packed, "a", 'i', sub.a, 0, {0}), LEAF(int, holds_packed, "b", 'i', sub.b, 0, {0}),
    LEAF(int, holds_packed, "c", 'i', c, 0, {0}),
};
static const pyxc_dtype holds_packed_dtype = {"holds_packed", 's', sizeof(struct holds_packed), "", NULL, NULL, holds_packed_leaves, 5, pyxc_mv_struct_check, NULL, NULL, NULL};
static const pyxc_leaf with_array_leaves[] = {
    LEAF(float, with_array, "v", 'f', v, 2, {2, 3}), LEAF(double, with_array, "w", 'f', w, 0, {0}),
};
static const pyxc_dtype with_array_dtype = {"with_array", 's', sizeof(struct with_array), "", NULL, NULL, with_array_leaves, 2, pyxc_mv_struct_check, NULL, NULL, NULL};
static const pyxc_leaf two_ld_leaves[] = {
    LEAF(long double, two_ld, "real", 'f', real, 0, {0}), LEAF(long double, two_ld, "imag", 'f', imag, 0, {0}),
};
static const pyxc_dtype two_ld_dtype = {"two_ld", 's', sizeof(struct two_ld), "", NULL, NULL, two_ld_leaves, 2, pyxc_mv_struct_check, NULL, NULL, NULL};

static void test_struct_formats(void) {
    /* The fields written flat, nested, repeated, named, or each struct as T{...} (as numpy and Cython write them). */
    CHECK(pyxc_mv_struct_check("iiiii", sizeof(struct nested), &nested_dtype));
    CHECK(pyxc_mv_struct_check("T{ii}T{2i}i", sizeof(struct nested), &nested_dtype));
    CHECK(pyxc_mv_struct_check("2T{i:a:i:b:}i:z:", sizeof(struct nested), &nested_dtype));
    CHECK(!pyxc_mv_struct_check("T{ii}T{ii}", sizeof(struct nested), &nested_dtype)
          && raised(PyExc_ValueError, "Buffer dtype mismatch, expected 'int' but got end in 'nested.z'"));
    CHECK(!pyxc_mv_struct_check("iiiiii", sizeof(struct nested), &nested_dtype)
          && raised(PyExc_ValueError, "Buffer dtype mismatch, expected end but got 'int'"));
    CHECK(!pyxc_mv_struct_check("iiidi", sizeof(struct nested), &nested_dtype)
          && raised(PyExc_ValueError, "Buffer dtype mismatch, expected 'int' but got 'double' in 'nested.b'"));
    CHECK(!pyxc_mv_struct_check("iiiii", 24, &nested_dtype)
          && raised(PyExc_ValueError, "Item size of buffer (24 bytes) does not match size of 'nested' (20 bytes)"));
    CHECK(!pyxc_mv_struct_check("T{ii", sizeof(struct nested), &nested_dtype)
          && raised(PyExc_ValueError, "Unexpected end of format string, expected '}'"));
    CHECK(!pyxc_mv_struct_check("Tii", sizeof(struct nested), &nested_dtype)
          && raised(PyExc_ValueError, "Buffer acquisition: Expected '{' after 'T'"));
    /* Alignment: '@' aligns each number, '^' and '=' do not; the mode lasts until changed. */
    CHECK(pyxc_mv_struct_check("ci^ci@i", sizeof(struct holds_packed), &holds_packed_dtype));
    CHECK(pyxc_mv_struct_check("^c@i^ci@i", sizeof(struct holds_packed), &holds_packed_dtype));
    CHECK(pyxc_mv_struct_check("b:a:xxxi:b:T{b:a:=i:b:}:sub:xxx@i:c:", sizeof(struct holds_packed), &holds_packed_dtype));
    CHECK(!pyxc_mv_struct_check("cicii", sizeof(struct holds_packed), &holds_packed_dtype)
          && raised(PyExc_ValueError, "Buffer dtype mismatch; next field is at offset 12 but 9 expected"));
    CHECK(!pyxc_mv_struct_check(">iiiii", sizeof(struct nested), &nested_dtype)
          && raised(PyExc_ValueError, "Big-endian buffer not supported on little-endian compiler"));
    /* Array fields by their shape; a complex number for a struct of two of its parts. */
    CHECK(pyxc_mv_struct_check("(2,3)f:v:d:w:", sizeof(struct with_array), &with_array_dtype));
    CHECK(!pyxc_mv_struct_check("(2,4)fd", sizeof(struct with_array), &with_array_dtype)
          && raised(PyExc_ValueError, "Expected a dimension of size 3, got 4"));
    /* (as Cython reads a shape: each size against the field's, then their number) */
    CHECK(!pyxc_mv_struct_check("(6)fd", sizeof(struct with_array), &with_array_dtype)
          && raised(PyExc_ValueError, "Expected a dimension of size 2, got 6"));
    CHECK(!pyxc_mv_struct_check("(2)fd", sizeof(struct with_array), &with_array_dtype)
          && raised(PyExc_ValueError, "Expected 2 dimension(s), got 1"));
    CHECK(!pyxc_mv_struct_check("(2,3,1)fd", sizeof(struct with_array), &with_array_dtype)
          && raised(PyExc_ValueError, "Expected 2 dimension(s), got 3"));
    CHECK(pyxc_mv_struct_check("Zg", sizeof(struct two_ld), &two_ld_dtype));
    CHECK(pyxc_mv_struct_check("gg", sizeof(struct two_ld), &two_ld_dtype));
}

int main(void) {
    Py_Initialize();
    test_floor_division();
    test_float_division();
    test_conversions();
    test_arguments();
    test_raise();
    test_memoryviews();
    test_indirect_views();
    test_cython_array();
    test_struct_formats();
    Py_Finalize();
    if (failures) {
        printf("%d runtime check(s) failed\n", failures);
        return 1;
    }
    printf("runtime checks passed\n");
    return 0;
}
