# Reversed iteration through a [::-1] view and in-place reversal by swapping match numpy.
def dot_reversed(double[:] a, double[:] b):
    """
    >>> import numpy as np
    >>> rng = np.random.default_rng(5); a = rng.random(9); b = rng.random(9)
    >>> bool(np.isclose(dot_reversed(a, b), np.dot(a[::-1], b)))
    True
    """
    cdef double[:] r = a[::-1]
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(r.shape[0]):
        s += r[i] * b[i]
    return s

def reverse(int[:] x):
    """
    >>> import numpy as np
    >>> a = np.arange(11, dtype=np.intc); want = a[::-1].copy()
    >>> reverse(a); bool((a == want).all())
    True
    """
    cdef Py_ssize_t i, n = x.shape[0]
    cdef int t
    for i in range(n // 2):
        t = x[i]
        x[i] = x[n - 1 - i]
        x[n - 1 - i] = t
