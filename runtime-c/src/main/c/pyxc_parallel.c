/*
 * pyxc runtime: prange loops run by OpenMP threads.
 *
 * An error in an iteration is kept in the loop's slot: the first thread to raise stores its
 * exception and line there, later ones drop theirs (as Cython does); after the threads have
 * ended, the one kept is raised again in the thread that started the loop. Each thread raises in
 * a Python thread state of its own, so the GIL is taken to move an exception in or out.
 */

/* @piece pyxc_parallel_error */
typedef struct {
    PyObject *type, *value, *traceback;
    int lineno;
} pyxc_parallel_error;

/* Keeps the current exception in *slot unless one is kept already; *why says the loop failed. */
static void pyxc_parallel_save_error(pyxc_parallel_error *slot, int *why, int lineno) {
    PyGILState_STATE gil = PyGILState_Ensure();
    if (slot->type == NULL) {
        PyErr_Fetch(&slot->type, &slot->value, &slot->traceback);
        slot->lineno = lineno;
    } else {
        PyErr_Clear();
    }
    PyGILState_Release(gil);
    __atomic_store_n(why, 4, __ATOMIC_RELAXED);
}

/* Raises the kept exception again (setting *lineno to where it was raised): -1, or 0 when none was kept. */
static int pyxc_parallel_reraise(pyxc_parallel_error *slot, int *lineno) {
    if (slot->type == NULL) return 0;
    PyGILState_STATE gil = PyGILState_Ensure();
    PyErr_Restore(slot->type, slot->value, slot->traceback);
    PyGILState_Release(gil);
    *lineno = slot->lineno;
    slot->type = slot->value = slot->traceback = NULL;
    return -1;
}
/* @end */

/* @piece pyxc_threadid */
#ifdef _OPENMP
#define pyxc_threadid() omp_get_thread_num()
#else
#define pyxc_threadid() 0
#endif
/* @end */
