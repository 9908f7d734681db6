# float[:] read, written and summed; the exporter is array.array. Expected values are
# Python semantics (the element values round-trip exactly).
def total(float[:] x):
    """
    >>> import array
    >>> total(array.array('f', [1.5, -2.0, 3.25]))
    2.75
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first_last(float[:] x):
    """
    >>> import array
    >>> first_last(array.array('f', [1.5, -2.0, 3.25]))
    (1.5, 3.25)
    """
    return (x[0], x[-1])

def store(float[:] x, float v):
    """
    >>> import array
    >>> a = array.array('f', [1.5, -2.0, 3.25])
    >>> store(a, 0.5)
    >>> bool(a[1] == 0.5)
    True
    """
    x[1] = v
