# cython.view.array, as pyxc's runtime makes it (pyxc_cvarray.c): the C fields `cdef array a`
# reads and writes. Its other attributes (shape, strides, memview, ...) are Python's.
cdef extern from *:
    ctypedef class cython.view.array [object pyxc_cvarray, check_size ignore]:
        cdef char *data
        cdef Py_ssize_t len
        cdef char *format
        cdef int ndim
        cdef Py_ssize_t itemsize
        cdef unicode mode
        cdef void (*callback_free_data)(void *data) noexcept
        cdef bint dtype_is_object
