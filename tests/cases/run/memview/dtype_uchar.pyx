# unsigned char[:] read, written and summed; the exporter is bytearray. Expected values are
# Python semantics (the element values round-trip exactly).
def total(unsigned char[:] x):
    """
    >>> import array
    >>> total(bytearray([1, 2, 255]))
    258
    """
    cdef unsigned long long s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def first_last(unsigned char[:] x):
    """
    >>> import array
    >>> first_last(bytearray([1, 2, 255]))
    (1, 255)
    """
    return (x[0], x[-1])

def store(unsigned char[:] x, unsigned char v):
    """
    >>> import array
    >>> a = bytearray([1, 2, 255])
    >>> store(a, 200)
    >>> bool(a[1] == 200)
    True
    """
    x[1] = v
