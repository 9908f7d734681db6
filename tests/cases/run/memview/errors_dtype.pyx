# Buffer dtype mismatch, recorded from Cython 3.3.0.
def get(double[:] x, Py_ssize_t i):
    """
    >>> import array
    >>> get(array.array('l', [1]), 0)
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'long'
    >>> get(array.array('i', [1]), 0)
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'int'
    >>> get(array.array('f', [1]), 0)
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'float'
    >>> get(bytearray(8), 0)
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'unsigned char'
    """
    return x[i]

def iget(int[:] x):
    """
    >>> import array
    >>> iget(array.array('q', [1]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'int' but got 'long long'
    """
    return x[0]

def cget(const double[:] x):
    """
    >>> cget(b'12345678')
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'const double' but got 'unsigned char'
    """
    return x[0]
