# unsigned long[:] read, written and summed; the exporter is array.array. Expected values are
# Python semantics (the element values round-trip exactly).
def total(unsigned long[:] x):
    """
    >>> import array
    >>> total(array.array('L', [1, 2, 3]))
    6
    """
    cdef unsigned long long s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first_last(unsigned long[:] x):
    """
    >>> import array
    >>> first_last(array.array('L', [1, 2, 3]))
    (1, 3)
    """
    return (x[0], x[-1])

def store(unsigned long[:] x, unsigned long v):
    """
    >>> import array
    >>> a = array.array('L', [1, 2, 3])
    >>> store(a, 18446744073709551615)
    >>> bool(a[1] == 18446744073709551615)
    True
    """
    x[1] = v
