# @staticmethod cdef methods of extension types: C functions of the class with no instance,
# called as Cls.m(...) from the module's code (a subclass without its own m reaching its base's,
# one with its own m its own, even of another result type), with C and object arguments, C
# results, exceptions, inside comprehensions and methods.
# Expected outputs recorded from Cython 3.3.0.
cdef class Shape:
    cdef double w, h

    def __init__(self, w, h):
        self.w = w
        self.h = h

    @staticmethod
    cdef double area_of(double w, double h):
        return w * h

    @staticmethod
    cdef Shape unit():
        return Shape(1, 1)

    @staticmethod
    cdef int checked(int n) except -1:
        if n < 0:
            raise ValueError("negative: %d" % n)
        return n * 2

    def area(self):
        return Shape.area_of(self.w, self.h)


cdef class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, side, side)

    @staticmethod
    cdef Square unit():
        return Square(1)


cdef class Plain(Shape):
    pass


def use(int n):
    """
    >>> use(3)
    (6.0, 12.0, 'Shape', 'Square', 'Shape', 6, [0.0, 1.0, 4.0])
    >>> use(-1)
    Traceback (most recent call last):
    ...
    ValueError: negative: -1
    """
    cdef int *p = &n
    return (Shape.area_of(2, n), Shape(3, 4).area(), type(Shape.unit()).__name__, type(Square.unit()).__name__,
            type(Plain.unit()).__name__, Shape.checked(p[0]), [Square.area_of(i, i) for i in range(3)])
