# const views accept read-only exporters (bytes, read-only memoryviews) and writable ones.
def checksum(const unsigned char[:] data):
    """
    >>> checksum(b'abc'), checksum(bytearray(b'abc')), checksum(memoryview(b'abc'))
    (294, 294, 294)
    """
    cdef long s = 0
    cdef Py_ssize_t i
    for i in range(data.shape[0]):
        s += data[i]
    return s

def first_double(const double[:] x):
    """
    >>> import array
    >>> first_double(memoryview(array.array('d', [2.5])).toreadonly())
    2.5
    """
    return x[0]

def to_const(double[:] x):
    """
    >>> import array
    >>> to_const(array.array('d', [1.0, 4.0]))
    4.0
    """
    cdef const double[:] c = x
    return c[1]
