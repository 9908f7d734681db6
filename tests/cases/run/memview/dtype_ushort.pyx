# unsigned short[:] read, written and summed; the exporter is array.array. Expected values are
# Python semantics (the element values round-trip exactly).
def total(unsigned short[:] x):
    """
    >>> import array
    >>> total(array.array('H', [1, 2, 65535]))
    65538
    """
    cdef unsigned long long s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first_last(unsigned short[:] x):
    """
    >>> import array
    >>> first_last(array.array('H', [1, 2, 65535]))
    (1, 65535)
    """
    return (x[0], x[-1])

def store(unsigned short[:] x, unsigned short v):
    """
    >>> import array
    >>> a = array.array('H', [1, 2, 65535])
    >>> store(a, 40000)
    >>> bool(a[1] == 40000)
    True
    """
    x[1] = v
