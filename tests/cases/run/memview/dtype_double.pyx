# double[:] read, written and summed; the exporter is array.array. Expected values are
# Python semantics (the element values round-trip exactly).
def total(double[:] x):
    """
    >>> import array
    >>> total(array.array('d', [1.5, -2.0, 3.25]))
    2.75
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first_last(double[:] x):
    """
    >>> import array
    >>> first_last(array.array('d', [1.5, -2.0, 3.25]))
    (1.5, 3.25)
    """
    return (x[0], x[-1])

def store(double[:] x, double v):
    """
    >>> import array
    >>> a = array.array('d', [1.5, -2.0, 3.25])
    >>> store(a, 0.1)
    >>> bool(a[1] == 0.1)
    True
    """
    x[1] = v
