# cython: wraparound=False
# Without wraparound, a negative index is out of bounds (boundscheck is still on).
def get(double[:] x, Py_ssize_t i):
    """
    >>> import array
    >>> get(array.array('d', [1, 2, 3]), -1)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> get(array.array('d', [1, 2, 3]), 2)
    3.0
    """
    return x[i]

def get2(double[:, :] m, Py_ssize_t i, Py_ssize_t j):
    """
    >>> import array
    >>> get2(memoryview(array.array('d', range(6))).cast('B').cast('d', (2, 3)), 1, -1)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    """
    return m[i, j]
