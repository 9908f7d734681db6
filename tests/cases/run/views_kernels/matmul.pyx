# cython: boundscheck=False, wraparound=False
# Matrix product with C-contiguous operands equals numpy's @ on random data.
def matmul(double[:, ::1] a, double[:, ::1] b, double[:, ::1] out):
    """
    >>> import numpy as np
    >>> rng = np.random.default_rng(4)
    >>> a = rng.random((5, 7)); b = rng.random((7, 3)); out = np.empty((5, 3))
    >>> matmul(a, b, out); bool(np.allclose(out, a @ b))
    True
    """
    cdef Py_ssize_t i, j, k
    cdef double s
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            s = 0
            for k in range(a.shape[1]):
                s += a[i, k] * b[k, j]
            out[i, j] = s
