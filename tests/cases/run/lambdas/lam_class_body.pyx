# Lambdas in a class body become methods (bound to the instance), lambdas stored in class
# attributes as staticmethod, a lambda as a property getter, and a lambda in a cdef class
# method capturing self.
# Expected outputs recorded from Cython 3.3.0.

class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    area = lambda self: self.w * self.h
    scale = staticmethod(lambda x, k: x * k)
    perimeter = property(lambda self: 2 * (self.w + self.h))


cdef class Counter:
    cdef int n

    def incrementer(self):
        return lambda: self._inc()

    def _inc(self):
        self.n += 1
        return self.n


def methods():
    """
    >>> methods()
    (6, 10, 10)
    """
    s = Shape(2, 3)
    return s.area(), Shape.scale(5, 2), s.perimeter


def bound():
    """
    >>> bound()
    (True, 12)
    """
    s = Shape(3, 4)
    m = s.area
    return m.__self__ is s, m()


def cdef_class_self():
    """
    >>> cdef_class_self()
    (1, 2)
    """
    c = Counter()
    f = c.incrementer()
    return f(), f()
