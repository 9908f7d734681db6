# cdef methods of extension types whose parameters use fused types: one cdef method per
# specialization, chosen at each call through an instance by the arguments' types, as cdef fused
# functions are; a subclass inherits them, and one that defines the method again overrides each.
cimport cython

ctypedef fused num:
    int
    double

cdef class Scaler:
    cdef double factor

    def __init__(self, double factor):
        self.factor = factor

    cdef cython.floating scale(self, cython.floating x):
        return <cython.floating>(x * self.factor)

    cdef num add(self, num a, num b) noexcept nogil:
        return a + b

    def run(self, double d, float f, int i):
        """
        >>> Scaler(2).run(1.5, 2.5, 3)
        (3.0, 5.0, 5, 2.5)
        """
        return self.scale(d), self.scale(f), self.add(i, 2), self.add(d, 1.0)

    def in_nogil(self, int n):
        """
        >>> Scaler(1).in_nogil(4)
        8
        """
        cdef int r
        with nogil:
            r = self.add(n, n)
        return r


cdef class Sub(Scaler):
    def twice(self, double x):
        """
        >>> Sub(3).twice(1.0)
        (3.0, 7)
        """
        cdef Scaler s = self
        return s.scale(x), self.add(3, 4)


def outside(Scaler s, float x):
    """
    >>> outside(Scaler(4), 0.5)
    2.0
    """
    return s.scale(x)


cdef class Tripler(Scaler):
    cdef cython.floating scale(self, cython.floating x):
        return <cython.floating>(3 * x)


def dispatch(Scaler s, double x):
    """
    >>> dispatch(Scaler(2), 1.0), dispatch(Tripler(2), 1.0)
    ((2.0, 2.0), (3.0, 3.0))
    """
    cdef float f = <float>x
    return s.scale(x), s.scale(f)


def named(Scaler s, double x):
    """
    >>> named(Scaler(2), 1.25)
    (2.5, 2.5, 4)
    """
    return s.scale[double](x), s.scale[float](x), s.add[int](1, 1) * 2
