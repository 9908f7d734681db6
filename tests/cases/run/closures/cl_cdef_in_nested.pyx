# cdef declarations inside a nested def (allowed by Cython): C locals of the inner function,
# fresh on every call, next to captured variables of the creator.
# Expected outputs recorded from Cython 3.3.0.

def outer(int n):
    """
    >>> f = outer(3)
    >>> f(), f()
    (6, 6)
    """
    def inner():
        cdef int k = 0
        cdef int i
        for i in range(n):
            k += 2
        return k
    return inner


def typed_locals(double scale):
    """
    >>> typed_locals(0.5)
    [0.0, 0.5, 1.0, 1.5]
    """
    def inner(int m):
        cdef double acc
        cdef list out = []
        cdef int i
        for i in range(m):
            acc = i * scale
            out.append(acc)
        return out
    return inner(4)


def view_local():
    """
    >>> view_local()
    7.5
    """
    from array import array
    data = array('d', [2.5, 5.0])
    def inner():
        cdef double[:] v = data
        return v[0] + v[1]
    return inner()
