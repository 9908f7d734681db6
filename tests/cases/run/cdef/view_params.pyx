# Views passed to cdef functions are borrowed; a view returned by one belongs to the caller.
cdef double total(double[:] x):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

cdef double[:] evens(double[:] x):
    return x[::2]

cdef double[:, :] corner(double[:, :] m, Py_ssize_t n):
    return m[:n, :n]

def run(double[:] x):
    """
    >>> import array, sys
    >>> a = array.array('d', range(10))
    >>> before = sys.getrefcount(a)
    >>> [run(a) for _ in range(100)][-1]
    (45.0, 20.0, 5)
    >>> sys.getrefcount(a) == before
    True
    """
    cdef double[:] e = evens(x)
    return total(x), total(e), e.shape[0]

def squares(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(16.0).reshape(4, 4)
    >>> squares(a) == (a[:2, :2].sum(), a[:3, :3].sum())
    True
    """
    cdef double[:, :] c = corner(m, 2)
    cdef double s = 0, t = 0
    cdef Py_ssize_t i, j
    for i in range(c.shape[0]):
        for j in range(c.shape[1]):
            s += c[i, j]
    c = corner(m, 3)
    for i in range(c.shape[0]):
        for j in range(c.shape[1]):
            t += c[i, j]
    return (s, t)
