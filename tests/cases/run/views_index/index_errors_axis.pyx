# Out-of-range indices raise IndexError naming the axis (the last failing one, as in Cython),
# before anything is read or written; an index that only drops an axis is worded as Cython does.
def get(double[:, :] m, Py_ssize_t i, Py_ssize_t j):
    """
    >>> import array
    >>> m = memoryview(array.array('d', range(6))).cast('B').cast('d', (2, 3))
    >>> get(m, 0, 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    >>> get(m, -3, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> get(m, 2, 9)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    >>> get(m, -2, -3)
    0.0
    """
    return m[i, j]

def put(double[:, :] m, Py_ssize_t i, Py_ssize_t j):
    """
    >>> import array
    >>> a = array.array('d', range(6))
    >>> put(memoryview(a).cast('B').cast('d', (2, 3)), 1, -4)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    >>> list(a)
    [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    """
    m[i, j] = 100

def row(double[:, :] m, Py_ssize_t i):
    """
    >>> import array
    >>> row(memoryview(array.array('d', range(6))).cast('B').cast('d', (2, 3)), 2)
    Traceback (most recent call last):
    IndexError: Index out of bounds (axis 0)
    """
    return m[i]
