# unsigned int[:] read, written and summed; the exporter is array.array. Expected values are
# Python semantics (the element values round-trip exactly).
def total(unsigned int[:] x):
    """
    >>> import array
    >>> total(array.array('I', [1, 2, 4294967295]))
    4294967298
    """
    cdef unsigned long long s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first_last(unsigned int[:] x):
    """
    >>> import array
    >>> first_last(array.array('I', [1, 2, 4294967295]))
    (1, 4294967295)
    """
    return (x[0], x[-1])

def store(unsigned int[:] x, unsigned int v):
    """
    >>> import array
    >>> a = array.array('I', [1, 2, 4294967295])
    >>> store(a, 3000000000)
    >>> bool(a[1] == 3000000000)
    True
    """
    x[1] = v
