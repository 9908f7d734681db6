# Views held when an exception passes through (try/finally, a handler) are all released.
def scan(double[:] x, Py_ssize_t bad):
    """
    >>> import array
    >>> b = bytearray(16)
    >>> v = memoryview(b).cast('d')
    >>> [scan(v, 1) for _ in range(100)][-1]
    'caught'
    >>> del v
    >>> b.extend(b'x'); len(b)
    17
    """
    cdef double[:] part = x[1:]
    try:
        try:
            return part[bad * 5]
        finally:
            part = x[:1]
    except IndexError:
        return 'caught'
