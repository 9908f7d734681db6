# Closures over typed memoryviews: a double[:] parameter and a local view (a slice of it) read
# by a nested def, after the creator returned; writes through the captured view reach the
# buffer; an int[:, :] view; the captured view keeps the buffer alive.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def view_param(double[:] x):
    """
    >>> view_param(array('d', [1.0, 2.0, 3.0]))
    (6.0, 3)
    """
    def total():
        cdef double s = 0
        cdef Py_ssize_t i
        for i in range(x.shape[0]):
            s += x[i]
        return s
    return total(), x.shape[0]


def view_local(double[:] x):
    """
    >>> view_local(array('d', [1.0, 2.0, 3.0, 4.0]))
    [2.0, 3.0]
    """
    cdef double[:] mid = x[1:3]
    def items():
        return [mid[i] for i in range(mid.shape[0])]
    return items()


def returned_reader(double[:] x):
    """
    >>> f = returned_reader(array('d', [5.0, 6.0]))
    >>> f(0), f(1), f(-1)
    (5.0, 6.0, 6.0)
    >>> f(2)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    def at(Py_ssize_t i):
        return x[i]
    return at


def writer():
    """
    >>> writer()
    [0.0, 10.0, 0.0]
    """
    a = array('d', [0.0, 0.0, 0.0])
    cdef double[:] v = a
    def put(Py_ssize_t i, double value):
        v[i] = value
    put(1, 10.0)
    return list(a)


def keeps_buffer_alive():
    """
    >>> f = keeps_buffer_alive()
    >>> f()
    [7, 8, 9]
    """
    cdef int[:] v = array('i', [7, 8, 9])
    def get():
        return [v[i] for i in range(3)]
    return get


def two_d(int[:, :] m):
    """
    >>> two_d(memoryview(array('i', [1, 2, 3, 4, 5, 6])).cast('b').cast('i', (2, 3)))
    (21, (2, 3))
    """
    def total():
        cdef int s = 0
        cdef Py_ssize_t i, j
        for i in range(m.shape[0]):
            for j in range(m.shape[1]):
                s += m[i, j]
        return s
    return total(), (m.shape[0], m.shape[1])


def rebound_view():
    """
    >>> rebound_view()
    (1.0, 2.0)
    """
    cdef double[:] v = array('d', [1.0])
    def first():
        return v[0]
    a = first()
    v = array('d', [2.0])
    return a, first()
