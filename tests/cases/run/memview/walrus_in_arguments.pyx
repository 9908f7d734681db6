# g((y := x)): the argument passed to a Python callable is the view's object; y keeps the view.
def pass_on(double[:] x, g):
    """
    >>> import array
    >>> pass_on(array.array('d', [1.0, 2.0]), len)
    (2, 2.0)
    """
    n = g((y := x))
    return (n, y[1])

def chain_sum(double[:] x):
    """
    >>> import array
    >>> chain_sum(array.array('d', [1.0, 2.0, 3.0]))
    6.0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(len((v := x))):
        s += v[i]
    return s
