/*
 * The baseline for bench/fused.py: the fused kernels of bench/pyx/bfu.pyx written by hand for
 * float (32-bit) and double against the buffer protocol, as bench/handc/handkernels.c writes its
 * double kernels: METH_FASTCALL, one PyObject_GetBuffer per argument (C-contiguous items of the
 * one format), plain loops over typed pointers with the length read once.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* A C-contiguous 1-D buffer of items of struct format fmt (size itemsize); -1 with an exception otherwise. */
static int get_items(PyObject *obj, Py_buffer *view, const char *fmt, Py_ssize_t itemsize, int writable) {
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0)) < 0) return -1;
    if (view->ndim != 1 || view->itemsize != itemsize || !view->format || strcmp(view->format, fmt) != 0) {
        PyErr_Format(PyExc_ValueError, "expected a contiguous 1-D buffer of '%s'", fmt);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

#define KERNELS(T, FMT, SUFFIX)                                                                         \
static PyObject *total_##SUFFIX(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {             \
    Py_buffer x;                                                                                        \
    if (nargs != 1) return PyErr_Format(PyExc_TypeError, "total takes 1 argument");                     \
    if (get_items(args[0], &x, FMT, sizeof(T), 0) < 0) return NULL;                                     \
    const T *p = x.buf;                                                                                 \
    Py_ssize_t n = x.shape[0];                                                                          \
    T s = 0;                                                                                            \
    for (Py_ssize_t i = 0; i < n; i++) s += p[i];                                                       \
    PyBuffer_Release(&x);                                                                               \
    return PyFloat_FromDouble(s);                                                                       \
}                                                                                                       \
static PyObject *dot_##SUFFIX(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {               \
    Py_buffer a, b;                                                                                     \
    if (nargs != 2) return PyErr_Format(PyExc_TypeError, "dot takes 2 arguments");                      \
    if (get_items(args[0], &a, FMT, sizeof(T), 0) < 0) return NULL;                                     \
    if (get_items(args[1], &b, FMT, sizeof(T), 0) < 0) {                                                \
        PyBuffer_Release(&a);                                                                           \
        return NULL;                                                                                    \
    }                                                                                                   \
    const T *p = a.buf, *q = b.buf;                                                                     \
    Py_ssize_t n = a.shape[0];                                                                          \
    T s = 0;                                                                                            \
    for (Py_ssize_t i = 0; i < n; i++) s += p[i] * q[i];                                                \
    PyBuffer_Release(&a);                                                                               \
    PyBuffer_Release(&b);                                                                               \
    return PyFloat_FromDouble(s);                                                                       \
}                                                                                                       \
static PyObject *saxpy_##SUFFIX(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {             \
    Py_buffer x, y;                                                                                     \
    if (nargs != 3) return PyErr_Format(PyExc_TypeError, "saxpy takes 3 arguments");                    \
    double alpha = PyFloat_AsDouble(args[2]);                                                           \
    if (alpha == -1.0 && PyErr_Occurred()) return NULL;                                                 \
    if (get_items(args[0], &x, FMT, sizeof(T), 0) < 0) return NULL;                                     \
    if (get_items(args[1], &y, FMT, sizeof(T), 1) < 0) {                                                \
        PyBuffer_Release(&x);                                                                           \
        return NULL;                                                                                    \
    }                                                                                                   \
    const T *p = x.buf;                                                                                 \
    T *q = y.buf, k = (T)alpha;                                                                         \
    Py_ssize_t n = x.shape[0];                                                                          \
    for (Py_ssize_t i = 0; i < n; i++) q[i] += k * p[i];                                                \
    PyBuffer_Release(&x);                                                                               \
    PyBuffer_Release(&y);                                                                               \
    Py_RETURN_NONE;                                                                                     \
}

KERNELS(float, "f", f)
KERNELS(double, "d", d)

static PyMethodDef methods[] = {
    {"total_f", (PyCFunction)(void (*)(void))total_f, METH_FASTCALL, NULL},
    {"dot_f", (PyCFunction)(void (*)(void))dot_f, METH_FASTCALL, NULL},
    {"saxpy_f", (PyCFunction)(void (*)(void))saxpy_f, METH_FASTCALL, NULL},
    {"total_d", (PyCFunction)(void (*)(void))total_d, METH_FASTCALL, NULL},
    {"dot_d", (PyCFunction)(void (*)(void))dot_d, METH_FASTCALL, NULL},
    {"saxpy_d", (PyCFunction)(void (*)(void))saxpy_d, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "handfloat", NULL, -1, methods};

PyMODINIT_FUNC PyInit_handfloat(void) {
    return PyModule_Create(&module);
}
