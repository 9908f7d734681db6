# cdef class with C fields (int, long, double, float, bint, Py_ssize_t, char, unsigned int):
# set in __init__, read and written through typed locals and self, arithmetic on them, and the
# zero a field holds when __init__ does not set it. Expected outputs recorded from Cython 3.3.0.

cdef class Point:
    cdef int x, y

    def __init__(self, int x, int y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scale(self, int k):
        self.x *= k
        self.y = self.y * k
        return self.x, self.y


cdef class AllTypes:
    cdef int i
    cdef long l
    cdef double d
    cdef float f
    cdef bint b
    cdef Py_ssize_t n
    cdef char c
    cdef unsigned int u

    def __init__(self, set_them):
        if set_them:
            self.i = -7
            self.l = 1234567890123
            self.d = 2.5
            self.f = 0.1
            self.b = 3
            self.n = -42
            self.c = 65
            self.u = 4000000000

    def values(self):
        return self.i, self.l, self.d, self.f, self.b, self.n, self.c, self.u


def read_fields():
    """
    >>> read_fields()
    (1, 2, 3)
    """
    cdef Point p = Point(1, 2)
    return p.x, p.y, p.x + p.y


def write_fields(int a, int b):
    """
    >>> write_fields(3, 4)
    (3, 4, 12)
    >>> write_fields(-5, 0)
    (-5, 0, 0)
    """
    cdef Point p = Point(0, 0)
    p.x = a
    p.y = b
    p.x, p.y = p.y, p.x
    p.y += p.x * 0
    return p.y, p.x, p.x * p.y


def methods_on_fields():
    """
    >>> methods_on_fields()
    (7, (6, -8), 14)
    """
    cdef Point p = Point(3, -4)
    n = p.norm1()
    s = p.scale(2)
    return n, s, p.norm1()


def all_types(set_them):
    """
    >>> all_types(True)
    (-7, 1234567890123, 2.5, 0.10000000149011612, True, -42, 65, 4000000000)
    >>> all_types(False)
    (0, 0, 0.0, 0.0, False, 0, 0, 0)
    """
    cdef AllTypes t = AllTypes(set_them)
    return t.values()


def typed_arithmetic():
    """
    >>> typed_arithmetic()
    (-6.0, 2.5, 4000000001, 66, True)
    """
    cdef AllTypes t = AllTypes(True)
    cdef double r = t.i + t.d * 2 - t.f * 0
    r = r + 0.5 - 0.5
    t.c += 1
    t.u += 1
    return (t.i * 1.0 + 1.0, t.d, t.u, t.c, t.b and t.n < 0)


def wraparound_of_c_fields():
    """
    >>> wraparound_of_c_fields()
    (0, -128)
    """
    cdef AllTypes t = AllTypes(True)
    t.u = 4294967295
    t.u += 1
    t.c = 127
    t.c += 1
    return t.u, t.c


def float_field_is_single_precision(double v):
    """
    >>> float_field_is_single_precision(0.1)
    (0.10000000149011612, False)
    >>> float_field_is_single_precision(0.5)
    (0.5, True)
    """
    cdef AllTypes t = AllTypes(False)
    t.f = v
    return t.f, t.f == v


def fields_of_two_instances():
    """
    >>> fields_of_two_instances()
    (1, 2, 10, 20)
    """
    cdef Point p = Point(1, 2)
    cdef Point q = Point(10, 20)
    q.x = q.x
    return p.x, p.y, q.x, q.y


def init_conversion(x, y):
    """
    >>> init_conversion(1, 2)
    (1, 2)
    >>> init_conversion(2**31, 0)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    >>> init_conversion('1', 0)
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    cdef Point p = Point(x, y)
    return p.x, p.y


cdef class Chars:
    cdef int code
    cdef char c

    def __init__(self):
        self.code = "a"
        self.c = b"z"

    def get(self):
        return self.code, self.c


def char_literals():
    """
    >>> char_literals()
    ((97, 122), 98)
    """
    cdef int y = 0
    y = "b"
    return Chars().get(), y
