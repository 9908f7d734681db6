# len() of a C string is its strlen, computed in C, as Cython does.
cimport cython

def lengths(bytes b):
    """
    >>> lengths(b'hello')
    (5, 'Py_ssize_t', 5)
    >>> lengths(b'')
    (0, 'Py_ssize_t', 0)
    """
    cdef const char *s = b
    cdef Py_ssize_t n
    n = len(s)
    return n, cython.typeof(len(s)), len(b)
