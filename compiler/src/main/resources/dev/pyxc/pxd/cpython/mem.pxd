# pyxc's declarations of CPython's memory interface (the C API's "Memory Management" chapter),
# for `from cpython.mem cimport ...`. Written from CPython's documentation of Python.h.
cdef extern from "Python.h":
    # The raw allocator: callable without the GIL, for buffers Python never sees.
    void *PyMem_RawMalloc(size_t n) nogil
    void *PyMem_RawCalloc(size_t nelem, size_t elsize) nogil
    void *PyMem_RawRealloc(void *p, size_t n) nogil
    void PyMem_RawFree(void *p) nogil

    # Python's allocator: the GIL must be held.
    void *PyMem_Malloc(size_t n)
    void *PyMem_Calloc(size_t nelem, size_t elsize)
    void *PyMem_Realloc(void *p, size_t n)
    void PyMem_Free(void *p)
