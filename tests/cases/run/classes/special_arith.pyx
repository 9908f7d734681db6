# Arithmetic special methods of cdef classes with Cython 3's Python semantics
# (c_api_binop_methods=False): __add__ / __radd__ (reflected only when the left operand gives up),
# __iadd__ in place, __sub__, __mul__ with a C-typed operand, __neg__, __abs__, __pos__, __int__,
# __float__, __index__, NotImplemented, and the TypeError when no method applies.
# Expected outputs recorded from Cython 3.3.0.
from libc.math cimport sqrt

cdef class Vec:
    cdef double x, y

    def __init__(self, double x, double y):
        self.x = x
        self.y = y

    def t(self):
        return (self.x, self.y)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + (<Vec>other).x, self.y + (<Vec>other).y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        return Vec(other + self.x, other + self.y)

    def __sub__(self, Vec other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, double k):
        return Vec(self.x * k, self.y * k)

    def __iadd__(self, Vec other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return sqrt(self.x * self.x + self.y * self.y)


cdef class Num:
    cdef long v

    def __init__(self, long v):
        self.v = v

    def __int__(self):
        return self.v

    def __float__(self):
        return self.v + 0.5

    def __index__(self):
        return self.v


cdef class Plain:
    pass


def add():
    """
    >>> add()
    ((4.0, 6.0), (2.0, 3.0), (11.0, 12.0))
    """
    a = Vec(1, 2)
    b = Vec(3, 4)
    return (a + b).t(), (a + 1).t(), (10 + a).t()


def add_not_implemented():
    """
    >>> Vec(1, 2) + 'x'
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for +: 'special_arith.Vec' and 'str'
    >>> 'x' + Vec(1, 2)    # str gives up, so Vec.__radd__ runs and fails inside
    Traceback (most recent call last):
    TypeError: can only concatenate str (not "float") to str
    >>> Plain() + 1
    Traceback (most recent call last):
    TypeError: unsupported operand type(s) for +: 'special_arith.Plain' and 'int'
    """


def radd_with_sum():
    """
    >>> radd_with_sum()
    (6.0, 9.0)
    """
    return sum([Vec(1, 2), Vec(2, 3), Vec(3, 4)]).t()


def in_place():
    """
    >>> in_place()
    ((4.0, 6.0), True, (1.0, 2.0))
    """
    a = Vec(1, 2)
    keep = a
    b = Vec(1, 2)
    c = b
    a += Vec(3, 4)
    c = c + Vec(0, 0)
    return a.t(), a is keep, b.t()


def sub_and_mul():
    """
    >>> sub_and_mul()
    ((-2.0, -2.0), (2.5, 5.0))
    >>> Vec(1, 1) - 1
    Traceback (most recent call last):
    TypeError: Argument 'other' has incorrect type (expected special_arith.Vec, got int)
    >>> Vec(1, 1) * 'x'
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    return (Vec(1, 2) - Vec(3, 4)).t(), (Vec(1, 2) * 2.5).t()


def unary():
    """
    >>> unary()
    ((-3.0, 4.0), True, 5.0)
    """
    v = Vec(3, -4)
    return (-v).t(), +v is v, abs(v)


def conversions():
    """
    >>> conversions()
    (7, 7.5, [0, 1, 2, 3, 4, 5, 6], 'abcdefg', '0b111')
    """
    n = Num(7)
    return int(n), float(n), list(range(n)), 'abcdefghij'[:n], bin(n)


def typed_operands():
    """
    >>> typed_operands()
    (5.0, 7.0)
    """
    cdef Vec a = Vec(1, 2)
    cdef Vec b = Vec(4, 5)
    cdef Vec c = a + b
    return c.x, c.y
