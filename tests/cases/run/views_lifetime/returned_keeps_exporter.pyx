# A view returned to Python keeps its exporter alive after the caller drops the original.
def tail(double[:] x):
    """
    >>> import array, gc
    >>> a = array.array('d', [1.0, 2.0, 3.0])
    >>> v = tail(a)
    >>> del a; _ = gc.collect()
    >>> v[0], v[1], len(v)
    (2.0, 3.0, 2)
    >>> v.base.tolist()
    [1.0, 2.0, 3.0]
    """
    return x[1:]
