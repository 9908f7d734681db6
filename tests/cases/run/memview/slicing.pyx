# Slices of a view follow Python's rules: negative bounds, steps, clipping.
def _as_list(double[:] x):
    out = []
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        out.append(x[i])
    return out

def s(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [0, 1, 2, 3, 4, 5, 6])
    >>> s(a)
    ([1.0, 2.0], [6.0, 5.0, 4.0, 3.0, 2.0, 1.0, 0.0], [5.0, 3.0], [0.0, 2.0, 4.0, 6.0], [], [4.0, 5.0, 6.0])
    """
    return (_as_list(x[1:3]), _as_list(x[::-1]), _as_list(x[5:1:-2]), _as_list(x[::2]), _as_list(x[10:20]), _as_list(x[-3:]))

def write_through(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [0, 0, 0, 0])
    >>> write_through(a); a
    array('d', [0.0, 1.0, 0.0, 1.0])
    """
    cdef double[:] odd = x[1::2]
    cdef Py_ssize_t i
    for i in range(odd.shape[0]):
        odd[i] = 1.0

def zero_step(double[:] x):
    """
    >>> import array
    >>> zero_step(array.array('d', [1.0]))
    Traceback (most recent call last):
    ValueError: Step may not be zero (axis 0)
    """
    return x[::0]
