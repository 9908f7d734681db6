# An exception raised in a cdef function that received a view leaves no acquisition behind.
cdef double at(double[:] x, Py_ssize_t i) except? -1:
    return x[i]

def probe(double[:] x, Py_ssize_t i):
    """
    >>> b = bytearray(8)
    >>> v = memoryview(b).cast('d')
    >>> probe(v, 0)
    0.0
    >>> probe(v, 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> del v
    >>> b.extend(b'!'); len(b)
    9
    """
    return at(x, i)
