# Taking a row view per iteration of a loop: each row is released, the sums are numpy's.
def row_sums(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(12.0).reshape(4, 3)
    >>> row_sums(a) == a.sum(axis=1).tolist()
    True
    >>> import sys
    >>> before = sys.getrefcount(a)
    >>> _ = [row_sums(a) for _ in range(100)]
    >>> sys.getrefcount(a) == before
    True
    """
    out = []
    cdef double[:] r
    cdef double s
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        r = m[i]
        s = 0
        for j in range(r.shape[0]):
            s += r[j]
        out.append(s)
    return out
