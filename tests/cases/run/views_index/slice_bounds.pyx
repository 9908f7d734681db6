# Out-of-range slice bounds are clipped, and empty slices have extent 0, as in Python.
def extents(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', range(6))
    >>> extents(a) == tuple(len(list(range(6))[s]) for s in (slice(-100, 100), slice(3, 1), slice(10, None), slice(None, -10), slice(-3, None), slice(1, -1, 2)))
    True
    """
    return (x[-100:100].shape[0], x[3:1].shape[0], x[10:].shape[0], x[:-10].shape[0], x[-3:].shape[0], x[1:-1:2].shape[0])

def from_variables(double[:] x, Py_ssize_t lo, Py_ssize_t hi, Py_ssize_t step):
    """
    >>> import array
    >>> a = array.array('d', range(8))
    >>> all(from_variables(a, lo, hi, st) == list(a)[lo:hi:st] for lo in (-9, -3, 0, 2, 7, 9) for hi in (-9, -1, 0, 4, 8, 12) for st in (-3, -1, 1, 2))
    True
    """
    cdef double[:] y = x[lo:hi:step]
    out = []
    cdef Py_ssize_t i
    for i in range(y.shape[0]):
        out.append(y[i])
    return out
