# CPython's allocator and reference counts through pyxc's cpython.mem and cpython.ref
# declarations: a scratch buffer from PyMem_Malloc grown with PyMem_Realloc, the raw allocator,
# and a reference taken and given back by hand.
from cpython.mem cimport PyMem_Malloc, PyMem_Realloc, PyMem_Free, PyMem_RawMalloc, PyMem_RawFree
from cpython.ref cimport Py_INCREF, Py_DECREF, Py_REFCNT

def squares(int n):
    """
    >>> squares(5)
    [0, 1, 4, 9, 16]
    >>> squares(0)
    []
    """
    cdef double *buf = <double *>PyMem_Malloc(1 * sizeof(double))
    if buf == NULL:
        raise MemoryError()
    cdef int i
    try:
        buf = <double *>PyMem_Realloc(buf, (n + 1) * sizeof(double))
        for i in range(n):
            buf[i] = i * i
        return [<long>buf[i] for i in range(n)]
    finally:
        PyMem_Free(buf)

def raw_sum(int n):
    """
    >>> raw_sum(4)
    6
    """
    cdef int *p = <int *>PyMem_RawMalloc(n * sizeof(int))
    cdef int i, total = 0
    for i in range(n):
        p[i] = i
    for i in range(n):
        total += p[i]
    PyMem_RawFree(p)
    return total

def counts(obj):
    """
    >>> counts([1, 2])
    (1, 0)
    """
    cdef Py_ssize_t before = Py_REFCNT(obj)
    Py_INCREF(obj)
    cdef Py_ssize_t up = Py_REFCNT(obj) - before
    Py_DECREF(obj)
    return up, Py_REFCNT(obj) - before
