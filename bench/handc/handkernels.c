/*
 * The baseline for bench/kernels.py: the same kernels as bench/pyx/bk.pyx written by hand
 * against the buffer protocol, the way a C programmer would without a compiler in between:
 * METH_FASTCALL, one PyObject_GetBuffer per argument (C-contiguous doubles), plain loops over
 * double pointers with the length read once (a store through a double pointer could alias the
 * exporter's shape array, so reading it in the loop condition would reload it every iteration),
 * PyBuffer_Release before returning.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>
#include <string.h>

/* Acquires a C-contiguous buffer of doubles with ndim dimensions; -1 with an exception otherwise. */
static int get_doubles(PyObject *obj, Py_buffer *view, int ndim, int writable) {
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0)) < 0) return -1;
    if (view->ndim != ndim || view->itemsize != sizeof(double) || !view->format || strcmp(view->format, "d") != 0) {
        PyErr_SetString(PyExc_ValueError, "expected a contiguous buffer of doubles");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

static int arity(const char *name, Py_ssize_t nargs, Py_ssize_t want) {
    if (nargs == want) return 0;
    PyErr_Format(PyExc_TypeError, "%s() takes exactly %zd arguments (%zd given)", name, want, nargs);
    return -1;
}

static PyObject *total(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer x;
    if (arity("total", nargs, 1) < 0 || get_doubles(args[0], &x, 1, 0) < 0) return NULL;
    const double *p = x.buf;
    Py_ssize_t n = x.shape[0];
    double s = 0;
    for (Py_ssize_t i = 0; i < n; i++) s += p[i];
    PyBuffer_Release(&x);
    return PyFloat_FromDouble(s);
}

static PyObject *dot(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer a, b;
    if (arity("dot", nargs, 2) < 0 || get_doubles(args[0], &a, 1, 0) < 0) return NULL;
    if (get_doubles(args[1], &b, 1, 0) < 0) {
        PyBuffer_Release(&a);
        return NULL;
    }
    PyObject *result = NULL;
    if (a.shape[0] != b.shape[0]) {
        PyErr_SetString(PyExc_ValueError, "dot: vectors of different lengths");
    } else {
        const double *p = a.buf, *q = b.buf;
        Py_ssize_t n = a.shape[0];
        double s = 0;
        for (Py_ssize_t i = 0; i < n; i++) s += p[i] * q[i];
        result = PyFloat_FromDouble(s);
    }
    PyBuffer_Release(&a);
    PyBuffer_Release(&b);
    return result;
}

static PyObject *saxpy(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer x, y;
    if (arity("saxpy", nargs, 3) < 0) return NULL;
    double alpha = PyFloat_AsDouble(args[0]);
    if (alpha == -1.0 && PyErr_Occurred()) return NULL;
    if (get_doubles(args[1], &x, 1, 0) < 0) return NULL;
    if (get_doubles(args[2], &y, 1, 1) < 0) {
        PyBuffer_Release(&x);
        return NULL;
    }
    PyObject *result = NULL;
    if (x.shape[0] != y.shape[0]) {
        PyErr_SetString(PyExc_ValueError, "saxpy: vectors of different lengths");
    } else {
        const double *p = x.buf;
        double *q = y.buf;
        Py_ssize_t n = x.shape[0];
        for (Py_ssize_t i = 0; i < n; i++) q[i] += alpha * p[i];
        result = Py_NewRef(Py_None);
    }
    PyBuffer_Release(&x);
    PyBuffer_Release(&y);
    return result;
}

static PyObject *matvec(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer m, v, out;
    if (arity("matvec", nargs, 3) < 0 || get_doubles(args[0], &m, 2, 0) < 0) return NULL;
    if (get_doubles(args[1], &v, 1, 0) < 0) {
        PyBuffer_Release(&m);
        return NULL;
    }
    if (get_doubles(args[2], &out, 1, 1) < 0) {
        PyBuffer_Release(&m);
        PyBuffer_Release(&v);
        return NULL;
    }
    Py_ssize_t rows = m.shape[0], cols = m.shape[1];
    const double *a = m.buf, *x = v.buf;
    double *y = out.buf;
    for (Py_ssize_t i = 0; i < rows; i++) {
        double s = 0;
        for (Py_ssize_t j = 0; j < cols; j++) s += a[i * cols + j] * x[j];
        y[i] = s;
    }
    PyBuffer_Release(&m);
    PyBuffer_Release(&v);
    PyBuffer_Release(&out);
    Py_RETURN_NONE;
}

static PyObject *stencil(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer u, out;
    if (arity("stencil", nargs, 2) < 0 || get_doubles(args[0], &u, 2, 0) < 0) return NULL;
    if (get_doubles(args[1], &out, 2, 1) < 0) {
        PyBuffer_Release(&u);
        return NULL;
    }
    Py_ssize_t rows = u.shape[0], cols = u.shape[1];
    const double *a = u.buf;
    double *b = out.buf;
    for (Py_ssize_t i = 1; i < rows - 1; i++) {
        for (Py_ssize_t j = 1; j < cols - 1; j++) {
            b[i * cols + j] = a[(i - 1) * cols + j] + a[(i + 1) * cols + j] + a[i * cols + j - 1] + a[i * cols + j + 1]
                - 4 * a[i * cols + j];
        }
    }
    PyBuffer_Release(&u);
    PyBuffer_Release(&out);
    Py_RETURN_NONE;
}

static PyObject *prefix_sums(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer x, out;
    if (arity("prefix_sums", nargs, 2) < 0 || get_doubles(args[0], &x, 1, 0) < 0) return NULL;
    if (get_doubles(args[1], &out, 1, 1) < 0) {
        PyBuffer_Release(&x);
        return NULL;
    }
    const double *p = x.buf;
    double *q = out.buf;
    Py_ssize_t n = x.shape[0];
    double acc = 0;
    for (Py_ssize_t i = 0; i < n; i++) q[i] = (acc += p[i]);
    PyBuffer_Release(&x);
    PyBuffer_Release(&out);
    Py_RETURN_NONE;
}

static PyObject *reversed_sum(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer x;
    if (arity("reversed_sum", nargs, 1) < 0 || get_doubles(args[0], &x, 1, 0) < 0) return NULL;
    const double *p = x.buf;
    double s = 0;
    for (Py_ssize_t i = x.shape[0] - 1; i >= 0; i--) s += p[i];
    PyBuffer_Release(&x);
    return PyFloat_FromDouble(s);
}

/* smooth: halve into a malloc'd scratch buffer, then a 3-point sum of it. */
static PyObject *smooth(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer x, out;
    if (arity("smooth", nargs, 2) < 0 || get_doubles(args[0], &x, 1, 0) < 0) return NULL;
    if (get_doubles(args[1], &out, 1, 1) < 0) {
        PyBuffer_Release(&x);
        return NULL;
    }
    Py_ssize_t n = x.shape[0];
    double *s = malloc(n * sizeof(double));
    if (!s) {
        PyBuffer_Release(&x);
        PyBuffer_Release(&out);
        return PyErr_NoMemory();
    }
    const double *p = x.buf;
    double *q = out.buf;
    for (Py_ssize_t i = 0; i < n; i++) s[i] = p[i] * 0.5;
    q[0] = s[0];
    q[n - 1] = s[n - 1];
    for (Py_ssize_t i = 1; i < n - 1; i++) q[i] = s[i - 1] + s[i] + s[i + 1];
    free(s);
    PyBuffer_Release(&x);
    PyBuffer_Release(&out);
    Py_RETURN_NONE;
}

/* The call-overhead baseline: acquire and release one buffer, return None. */
static PyObject *noop(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer x;
    if (arity("noop", nargs, 1) < 0 || get_doubles(args[0], &x, 1, 0) < 0) return NULL;
    PyBuffer_Release(&x);
    Py_RETURN_NONE;
}

/* rows / rows_noslice: the first column summed; a row "slice" is a pointer in C. */
static PyObject *rows(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_buffer m;
    if (arity("rows", nargs, 1) < 0 || get_doubles(args[0], &m, 2, 0) < 0) return NULL;
    const double *a = m.buf;
    double s = 0;
    for (Py_ssize_t i = 0; i < m.shape[0]; i++) {
        const double *r = a + i * m.shape[1];
        s += r[0];
    }
    PyBuffer_Release(&m);
    return PyFloat_FromDouble(s);
}

static PyMethodDef methods[] = {
    {"total", (PyCFunction)(void (*)(void))total, METH_FASTCALL, NULL},
    {"dot", (PyCFunction)(void (*)(void))dot, METH_FASTCALL, NULL},
    {"saxpy", (PyCFunction)(void (*)(void))saxpy, METH_FASTCALL, NULL},
    {"matvec", (PyCFunction)(void (*)(void))matvec, METH_FASTCALL, NULL},
    {"stencil", (PyCFunction)(void (*)(void))stencil, METH_FASTCALL, NULL},
    {"prefix_sums", (PyCFunction)(void (*)(void))prefix_sums, METH_FASTCALL, NULL},
    {"reversed_sum", (PyCFunction)(void (*)(void))reversed_sum, METH_FASTCALL, NULL},
    {"smooth", (PyCFunction)(void (*)(void))smooth, METH_FASTCALL, NULL},
    {"noop", (PyCFunction)(void (*)(void))noop, METH_FASTCALL, NULL},
    {"rows", (PyCFunction)(void (*)(void))rows, METH_FASTCALL, NULL},
    {"rows_noslice", (PyCFunction)(void (*)(void))rows, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "handkernels", NULL, -1, methods};

PyMODINIT_FUNC PyInit_handkernels(void) {
    return PyModule_Create(&module);
}
