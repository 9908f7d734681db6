# A writable view refuses a read-only buffer (the exporter's own error, as in Cython 3.3.0);
# a const view accepts it.
def get(double[:] x):
    """
    >>> get(b'12345678')
    Traceback (most recent call last):
    BufferError: Object is not writable.
    """
    return x[0]

def cget(const unsigned char[:] x, Py_ssize_t i):
    """
    >>> cget(b'ab', 1), cget(b'ab', -2)
    (98, 97)
    """
    return x[i]

def bget(unsigned char[:] x):
    """
    >>> bget(b'ab')
    Traceback (most recent call last):
    BufferError: Object is not writable.
    >>> bget(bytearray(b'ab'))
    97
    """
    return x[0]
