# Walrus on elements: the loop test keeps the element in a C variable.
def best(double[:] x):
    """
    >>> import array
    >>> best(array.array('d', [3.0, 9.0, 2.0, 7.0]))
    9.0
    """
    cdef double b = -1e300
    cdef double m
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        if (m := x[i]) > b:
            b = m
    return b

def countdown(long[:] x):
    """
    >>> import array
    >>> countdown(array.array('l', [0, 0, 0, 0]))
    [3, 2, 1]
    """
    cdef long n = x.shape[0]
    out = []
    while (n := n - 1) > 0:
        x[n] = n
        out.append(x[n])
    return out

def prefix_sums(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1.0, 2.0, 3.0, 4.0])
    >>> prefix_sums(a); list(a)
    [1.0, 3.0, 6.0, 10.0]
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        x[i] = (s := s + x[i])
