# Py_hash_t converts as Py_ssize_t does (through __index__ only, a float refused), and hash() of
# an object is typed Py_hash_t. Recorded from Cython 3.3.0.
cimport cython


class IntLike(object):
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


def assign(x):
    """
    >>> assign(12), assign(-12)
    (12, -12)
    >>> assign(IntLike(-3))
    -3
    >>> assign(IntLike(1 << 100))
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C ssize_t
    >>> assign(IntLike(1.5))
    Traceback (most recent call last):
    TypeError: __index__ returned non-int (type float)
    >>> assign(2.5)
    Traceback (most recent call last):
    TypeError: 'float' object cannot be interpreted as an integer
    """
    cdef Py_hash_t h = x
    return h


def hashed(x):
    """
    >>> hashed(123)
    ('Py_hash_t', True)
    >>> hashed('abc')
    ('Py_hash_t', True)
    >>> hashed([])
    Traceback (most recent call last):
    TypeError: unhashable type: 'list'
    """
    h = hash(x)
    return cython.typeof(h), h == hash(x)
