# Out-of-bounds indexing always raises with the axis (Cython 3.3.0's message), never reads outside.
def get(double[:] x, Py_ssize_t i):
    """
    >>> import array
    >>> a = array.array('d', [1.0, 2.0, 3.0])
    >>> get(a, 0), get(a, 2), get(a, -1), get(a, -3)
    (1.0, 3.0, 3.0, 1.0)
    >>> get(a, 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> get(a, -4)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> get(a, 2**63)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C ssize_t
    """
    return x[i]

def put(double[:] x, Py_ssize_t i, double v):
    """
    >>> import array
    >>> a = array.array('d', [1.0])
    >>> put(a, 5, 1.0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> a
    array('d', [1.0])
    """
    x[i] = v

def get2(double[:, :] m, Py_ssize_t i, Py_ssize_t j):
    """
    >>> import array
    >>> m = memoryview(array.array('d', [1, 2, 3, 4, 5, 6])).cast('B').cast('d', (2, 3))
    >>> get2(m, 1, 2), get2(m, -1, -3)
    (6.0, 4.0)
    >>> get2(m, 0, 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    >>> get2(m, 2, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return m[i, j]
