# x[i] += v and friends on view elements, with C arithmetic of the element type.
def scale(double[:] x, double k):
    """
    >>> import array
    >>> a = array.array('d', [1.0, 2.0])
    >>> scale(a, 3.0); a
    array('d', [3.0, 6.0])
    """
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        x[i] *= k

def bump(long[:] x):
    """
    >>> import array
    >>> a = array.array('l', [5, -7])
    >>> bump(a); a
    array('l', [10, -7])
    """
    x[0] *= 2
    x[1] |= 4
    x[-1] -= 4

def wrap(unsigned char[:] x):
    """
    >>> b = bytearray([250])
    >>> wrap(b); b[0]
    4
    """
    x[0] += 10
