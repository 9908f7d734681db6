# Many subviews, transposes and copies per call leave the exporter's refcount where it was.
def churn(double[:, :] m):
    """
    >>> import array, sys
    >>> a = array.array('d', range(12))
    >>> m = memoryview(a).cast('B').cast('d', (3, 4))
    >>> before = sys.getrefcount(a), sys.getrefcount(m)
    >>> [churn(m) for _ in range(200)][-1]
    33.0
    >>> sys.getrefcount(a) == before[0], sys.getrefcount(m) == before[1]
    (True, True)
    """
    cdef double[:, :] t
    cdef double[:] r
    cdef Py_ssize_t i
    cdef double s = 0
    for i in range(m.shape[0]):
        t = m.T
        r = t[:, i]
        s += r[0] + m[i:, ::-1].copy()[0, 0]
    return s
