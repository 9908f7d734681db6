# cdef and cpdef methods with optional arguments, called through a base's static type: the
# implementation reached fills in its own defaults, and an override may add optional arguments.

cdef class Shape:
    cdef double scale(self, double f=2.0):
        return f

    cdef object label(self, str prefix="shape", object suffix=None):
        return (prefix, suffix)

    cpdef int area(self, int extra=0):
        return 1 + extra

cdef class Square(Shape):
    cdef double scale(self, double f=3.0):
        return f * 10

    cdef object label(self, str prefix="square", object suffix=[1], int times=2):
        return (prefix, suffix, times)

    cpdef int area(self, int extra=5, int factor=100):
        return factor + extra

cdef class Cube(Square):
    cdef object label(self, str prefix="cube", object suffix=(), int times=3, bint loud=True):
        return (prefix, suffix, times, loud)

cdef class Plain(Square):
    pass

class PyShape(Square):
    def area(self, extra=7, factor=1000):
        return factor + extra

def via_base(Shape s):
    """
    >>> via_base(Shape())
    (2.0, 4.0, ('shape', None), ('x', None), ('x', 'y'), 1, 11)
    >>> via_base(Square())
    (30.0, 40.0, ('square', [1], 2), ('x', [1], 2), ('x', 'y', 2), 105, 110)
    >>> via_base(Cube())
    (30.0, 40.0, ('cube', (), 3, True), ('x', (), 3, True), ('x', 'y', 3, True), 105, 110)
    >>> via_base(Plain())
    (30.0, 40.0, ('square', [1], 2), ('x', [1], 2), ('x', 'y', 2), 105, 110)
    """
    return (s.scale(), s.scale(4.0), s.label(), s.label("x"), s.label("x", "y"), s.area(), s.area(10))

def via_square(Square s):
    """
    >>> via_square(Square())
    (('square', [1], 2), ('a', 'b', 9), ('a', [1], 2), 105, 7, 11)
    >>> via_square(Cube())
    (('cube', (), 3, True), ('a', 'b', 9, True), ('a', (), 3, True), 105, 7, 11)
    """
    return (s.label(), s.label("a", "b", 9), s.label(prefix="a"), s.area(), s.area(1, 6), s.area(factor=6, extra=5))

def via_cube(Cube c):
    """
    >>> via_cube(Cube())
    (('p', 's', 1, False), ('q', 'r', 4, True))
    """
    return (c.label("p", "s", 1, False), c.label("q", "r", times=4))

def python_calls():
    """
    >>> python_calls()
    (105, 3, 12)
    """
    sq = Square()
    return (sq.area(), sq.area(1, 2), sq.area(factor=10, extra=2))

def python_override():
    """
    >>> python_override()
    (1007, 103, 105, 5)
    """
    cdef Shape s = PyShape()
    cdef Square q = PyShape()
    return (PyShape().area(), s.area(3), q.area(), q.area(1, 4))

def base_calls(Square s):
    """
    >>> base_calls(Cube())
    (('square', [1], 2), ('shape', None), 4.0, 1)
    """
    return (Square.label(s), Shape.label(s), Shape.scale(s, 4.0), Shape.area(s))

N = 4

cdef class Summer:
    cdef double total(self, double[:] v=None, double start=N * 0.5):
        cdef double s = start
        if v is not None:
            for x in v:
                s += x
        return s

cdef class WeightedSummer(Summer):
    cdef double total(self, double[:] v=None, double start=N * 1.5, double[:] w=None):
        cdef double s = start
        cdef Py_ssize_t i
        if v is not None:
            for i in range(v.shape[0]):
                s += v[i] * (1.0 if w is None else w[i])
        return s

def summed(Summer s):
    """
    >>> summed(Summer())
    (2.0, 8.0, 7.0)
    >>> summed(WeightedSummer())
    (6.0, 12.0, 7.0)
    """
    import array
    a = array.array('d', [1.0, 2.0, 3.0])
    return (s.total(), s.total(a), s.total(a, 1.0))

def weighted(WeightedSummer s):
    """
    >>> weighted(WeightedSummer())
    (6.0, 20.0, 14.0)
    """
    import array
    a = array.array('d', [1.0, 2.0, 3.0])
    w = array.array('d', [2.0, 2.0, 2.0])
    return (s.total(), s.total(a, 8.0, w), s.total(v=a, start=2.0, w=w))
