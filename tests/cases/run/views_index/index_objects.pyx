# Python objects as indices are converted as Cython converts them to Py_ssize_t.
def get(double[:] x, i):
    """
    >>> import array
    >>> a = array.array('d', [1, 2, 3])
    >>> get(a, 1), get(a, True), get(a, -1)
    (2.0, 2.0, 3.0)
    >>> get(a, 1.0)
    Traceback (most recent call last):
    TypeError: 'float' object cannot be interpreted as an integer
    >>> get(a, 2 ** 70)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C ssize_t
    """
    return x[i]
