# With cdivision, in-place floor division and modulo on int view elements are allowed (C semantics).
cimport cython

@cython.cdivision(True)
def halve(int[:] x):
    """
    >>> import array
    >>> a = array.array('i', [7, -7, 8])
    >>> halve(a); list(a)
    [3, -3, 4]
    """
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        x[i] //= 2

def mod_block(int[:] x):
    """
    >>> import array
    >>> a = array.array('i', [7, -7, 8])
    >>> mod_block(a); list(a)
    [1, -1, 2]
    """
    cdef Py_ssize_t i
    with cython.cdivision(True):
        for i in range(x.shape[0]):
            x[i] %= 3
