# A generator __iter__ in a cdef class, and a list comprehension over an instance; split from
# special_iter.pyx, whose other parts pyxc compiles.
# Expected outputs recorded from Cython 3.3.0.

cdef class Evens:
    cdef int n

    def __init__(self, int n):
        self.n = n

    def __iter__(self):
        cdef int i
        for i in range(0, self.n, 2):
            yield i


def generator_iter():
    """
    >>> generator_iter()
    ([0, 2, 4], 6, [(0, 0), (2, 2)], [0, 4, 8])
    """
    e = Evens(6)
    return list(e), sum(e), list(zip(e, Evens(4))), [x * 2 for x in e]
