# signed char[:] read, written and summed; the exporter is array.array. Expected values are
# Python semantics (the element values round-trip exactly).
def total(signed char[:] x):
    """
    >>> import array
    >>> total(array.array('b', [1, -2, 3]))
    2
    """
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first_last(signed char[:] x):
    """
    >>> import array
    >>> first_last(array.array('b', [1, -2, 3]))
    (1, 3)
    """
    return (x[0], x[-1])

def store(signed char[:] x, signed char v):
    """
    >>> import array
    >>> a = array.array('b', [1, -2, 3])
    >>> store(a, -128)
    >>> bool(a[1] == -128)
    True
    """
    x[1] = v
