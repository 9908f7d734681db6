# C's longer integer spellings (`short int`, `unsigned long int`, `long long int`, ...) name the
# same types as the short ones, in declarations, casts and buffer dtypes.
cimport cython


def spelled_out():
    """
    >>> spelled_out()
    (65540, 'long long', 'unsigned long', 'short', 'long long', 'unsigned short', 'long')
    """
    cdef long long int x = 3
    cdef unsigned long int y = 2
    cdef short int z = 1
    cdef signed long long int w = -1
    cdef unsigned short int v = 65535
    cdef long int u = <long int> 0
    return (x + y + z + w + v + u, cython.typeof(x), cython.typeof(y), cython.typeof(z), cython.typeof(w),
            cython.typeof(v), cython.typeof(u))


def as_buffer_dtype(object[long long int, ndim=1] b):
    """
    >>> import array
    >>> as_buffer_dtype(array.array('q', [1, 2, 40]))
    43
    """
    return b[0] + b[1] + b[2]
