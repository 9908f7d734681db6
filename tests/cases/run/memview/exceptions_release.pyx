# Exceptions raised while views are held release every acquisition on the way out.
def fail_in_loop(double[:] x):
    """
    >>> buf = bytearray(24)
    >>> m = memoryview(buf).cast('d')
    >>> for _ in range(100):
    ...     try:
    ...         fail_in_loop(m)
    ...     except IndexError:
    ...         pass
    >>> m.release(); buf.extend(b'x'); len(buf)
    25
    """
    cdef Py_ssize_t i
    for i in range(10):
        y = x[1:]
        (z := y)
        x[i] = z[0]

def raise_with_views(double[:] x):
    """
    >>> import array
    >>> raise_with_views(array.array('d', [1.0]))
    Traceback (most recent call last):
    ValueError: bad 1.0
    """
    y = x
    (z := y[0:])
    raise ValueError("bad %s" % z[0])
