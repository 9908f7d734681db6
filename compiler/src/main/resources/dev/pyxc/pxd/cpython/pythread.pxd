# pyxc's declarations of CPython's thread API (locks and thread-specific storage), for
# `from cpython.pythread cimport ...`. Written from CPython's documentation of pythread.h
# ("Thread Specific Storage (TSS) API", "Thread Local Storage" and the PyThread lock functions).
cdef extern from "pythread.h":
    ctypedef void *PyThread_type_lock

    PyThread_type_lock PyThread_allocate_lock()
    void PyThread_free_lock(PyThread_type_lock lock)
    int PyThread_acquire_lock(PyThread_type_lock lock, int waitflag) nogil
    void PyThread_release_lock(PyThread_type_lock lock) nogil

    # (waitflag values of PyThread_acquire_lock)
    enum:
        WAIT_LOCK
        NOWAIT_LOCK

    ctypedef enum PyLockStatus:
        PY_LOCK_FAILURE = 0
        PY_LOCK_ACQUIRED = 1
        PY_LOCK_INTR

    PyLockStatus PyThread_acquire_lock_timed(PyThread_type_lock lock, long long microseconds, int intr_flag) nogil

    unsigned long PyThread_get_thread_ident()
    unsigned long PyThread_get_thread_native_id()
    size_t PyThread_get_stacksize()
    int PyThread_set_stacksize(size_t size)

    # Thread-specific storage: a key is created once, each thread has its own value under it.
    ctypedef struct Py_tss_t:
        pass
    Py_tss_t *PyThread_tss_alloc()
    void PyThread_tss_free(Py_tss_t *key)
    int PyThread_tss_is_created(Py_tss_t *key)
    int PyThread_tss_create(Py_tss_t *key)
    void PyThread_tss_delete(Py_tss_t *key)
    int PyThread_tss_set(Py_tss_t *key, void *value)
    void *PyThread_tss_get(Py_tss_t *key)
