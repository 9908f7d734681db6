# Views as cdef locals: assignment between views shares the buffer, each holding its acquisition.
def alias(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1.0, 2.0])
    >>> alias(a); a
    array('d', [1.0, 5.0])
    """
    cdef double[:] y
    y = x
    y[1] = 5.0

def reassign(double[:] x, double[:] z):
    """
    >>> import array
    >>> reassign(array.array('d', [1.0]), array.array('d', [2.0, 3.0]))
    (1, 2)
    """
    cdef double[:] y = x
    n = y.shape[0]
    y = z
    return (n, y.shape[0])

def self_assign(double[:] x):
    """
    >>> import array
    >>> self_assign(array.array('d', [8.0]))
    8.0
    """
    cdef double[:] y = x
    y = y
    x = x
    return y[0]

def from_object(o):
    """
    >>> import array
    >>> from_object(array.array('d', [1.0, 2.0, 4.0]))
    7.0
    >>> from_object(array.array('i', [1]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'int'
    """
    cdef double[:] v = o
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s
