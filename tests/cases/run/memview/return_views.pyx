# Views returned to Python: a buffer exporter with len, indexing, shape and ndim that keeps the
# original exporter alive after it is deleted elsewhere.
def ident(double[:] x):
    """
    >>> import array
    >>> r = ident(array.array('d', [1.0, 2.0, 3.0]))
    >>> len(r), r[0], r[2], r.shape, r.ndim
    (3, 1.0, 3.0, (3,), 1)
    >>> list(memoryview(r))
    [1.0, 2.0, 3.0]
    """
    return x

def keeps_alive():
    """
    >>> import array, gc
    >>> a = array.array('d', [5.0, 6.0])
    >>> r = ident(a)
    >>> del a; _ = gc.collect()
    >>> r[1], r.base.tolist()
    (6.0, [5.0, 6.0])
    """
    return None

def roundtrip(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1.0, 2.0])
    >>> roundtrip(ident(ident(a)))
    2.0
    """
    return x[1]

def writable(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1.0, 2.0])
    >>> r = ident(a)
    >>> r[0] = 9.0
    >>> a
    array('d', [9.0, 2.0])
    """
    return x
