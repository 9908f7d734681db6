# long long[:] read, written and summed; the exporter is array.array. Expected values are
# Python semantics (the element values round-trip exactly).
def total(long long[:] x):
    """
    >>> import array
    >>> total(array.array('q', [1, -2, 3]))
    2
    """
    cdef long long s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first_last(long long[:] x):
    """
    >>> import array
    >>> first_last(array.array('q', [1, -2, 3]))
    (1, 3)
    """
    return (x[0], x[-1])

def store(long long[:] x, long long v):
    """
    >>> import array
    >>> a = array.array('q', [1, -2, 3])
    >>> store(a, -9223372036854775808)
    >>> bool(a[1] == -9223372036854775808)
    True
    """
    x[1] = v
