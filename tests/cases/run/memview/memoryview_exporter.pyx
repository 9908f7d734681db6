# Python's own memoryview objects (including casts and slices) as exporters.
def total(double[:] x):
    """
    >>> import array
    >>> m = memoryview(array.array('d', [1.0, 2.0, 3.0, 4.0]))
    >>> total(m), total(m[1:3]), total(m[::2])
    (10.0, 5.0, 4.0)
    >>> raw = bytearray(16)
    >>> total(memoryview(raw).cast('d'))
    0.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s
