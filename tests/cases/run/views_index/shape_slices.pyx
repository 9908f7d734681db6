# A view's shape and strides are C arrays of 8: a slice of them unpacks into C variables, and
# `&x.shape[i]` points into them (statsmodels passes such pointers to its validation functions).

cdef Py_ssize_t first(Py_ssize_t *shape, int n):
    cdef Py_ssize_t total = 0
    cdef int i
    for i in range(n):
        total = total * 10 + shape[i]
    return total

def unpacked(double[:, :, :] a):
    """
    >>> import array
    >>> a = array.array('d', [0.0] * 24)
    >>> unpacked(memoryview(a).cast('B').cast('d', (2, 3, 4)))
    (2, 3, 4, 32, 8)
    """
    cdef int n, m, t
    cdef Py_ssize_t s0, s1
    n, m, t = a.shape[0:3]
    s0, s1 = a.strides[1:3]
    return n, m, t, s0, s1

cdef class Holder:
    cdef double[:, :] values

    def __init__(self, double[:, :] values):
        self.values = values

    def shape_digits(self):
        """
        >>> import array
        >>> a = array.array('d', [0.0] * 6)
        >>> Holder(memoryview(a).cast('B').cast('d', (2, 3))).shape_digits()
        (23, 248)
        """
        return first(&self.values.shape[0], 2), first(&self.values.strides[0], 2)

def local_shape(double[:] v):
    """
    >>> import array
    >>> local_shape(array.array('d', [1.0, 2.0, 3.0]))
    3
    """
    cdef Py_ssize_t *p = &v.shape[0]
    return p[0]
