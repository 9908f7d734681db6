/*
 * Stress test of a buffer owner's acquisition count under ThreadSanitizer: several threads copy
 * one view and take and give back acquisitions of the same owner at once, without the GIL, as
 * views passed to nogil code would. The main thread keeps its own acquisition throughout, so no
 * worker ever releases the buffer itself (that needs the GIL); afterwards the count must be
 * exactly one again and the buffer must be released by the last release.
 *
 * Built with -DPYXC_TEST_RACY, the workers update the count with plain loads and stores instead
 * of the runtime's atomic operations: the negative control, which ThreadSanitizer must report.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>
#include <string.h>

#include "../src/main/c/pyxc_core.c"
#include "../src/main/c/pyxc_convert.c"
#include "../src/main/c/pyxc_arith.c"
#include "../src/main/c/pyxc_memview.c"
#include "../src/main/c/pyxc_buffmt.c"
#include "../src/main/c/pyxc_dtypes.c"
#include "../src/main/c/pyxc_mvobject.c"
#include "../src/main/c/pyxc_cvarray.c" /* (where the object items' storage is defined) */

enum { THREADS = 4, ROUNDS = 20000 };

static pyxc_slice shared;

static void *worker(void *unused) {
    (void)unused;
    for (int i = 0; i < ROUNDS; i++) {
        pyxc_slice copy = shared;
#ifdef PYXC_TEST_RACY
        long *count = (long *)&copy.owner->acquisitions;
        *count = *count + 1;
        __asm__ volatile("" ::: "memory");  /* keep the two updates apart */
        *count = *count - 1;
#else
        pyxc_mv_acquire(&copy);
        pyxc_mv_release(&copy);
#endif
    }
    return NULL;
}

int main(void) {
    Py_Initialize();
    int failures = 0;
    PyObject *bytes = PyByteArray_FromStringAndSize(NULL, 64);
    PyObject *view = PyObject_CallMethod(PyMemoryView_FromObject(bytes), "cast", "s", "d");
    shared = pyxc_mv_from_object(view, &pyxc_dtype_double, 1, 0, NULL);
    if (!shared.owner) {
        PyErr_Print();
        return 2;
    }
    pthread_t threads[THREADS];
    Py_BEGIN_ALLOW_THREADS
    for (int t = 0; t < THREADS; t++) pthread_create(&threads[t], NULL, worker, NULL);
    for (int t = 0; t < THREADS; t++) pthread_join(threads[t], NULL);
    Py_END_ALLOW_THREADS
    long left = atomic_load(&shared.owner->acquisitions);
    if (left != 1) {
        printf("FAIL: %ld acquisitions left, expected 1\n", left);
        failures++;
    }
    pyxc_mv_release(&shared);
    /* Released: the memoryview no longer has an export, so it can be released in turn. */
    PyObject *r = PyObject_CallMethod(view, "release", NULL);
    if (!r) {
        PyErr_Print();
        failures++;
    }
    Py_XDECREF(r);
    Py_DECREF(view);
    Py_DECREF(bytes);
    if (failures == 0) printf("owner stress passed: %d threads x %d acquire/release rounds\n", THREADS, ROUNDS);
    Py_Finalize();
    return failures != 0;
}
