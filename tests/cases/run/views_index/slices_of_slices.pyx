# A slice of a slice composes offsets and steps; writes land in the original buffer.
def nested(long[:] x):
    """
    >>> import array
    >>> a = array.array('l', range(20))
    >>> nested(a)
    (5, [17, 13, 9, 5, 1])
    >>> a[17], a[1]
    (-1, -5)
    """
    cdef long[:] y = x[1:19]
    cdef long[:] z = y[::-1]
    cdef long[:] w = z[1::4]
    cdef Py_ssize_t i
    out = []
    for i in range(w.shape[0]):
        out.append(w[i])
    w[0] = -1
    w[-1] = -5
    return w.shape[0], out
