# total_ordering on cdef classes in the forms Cython knows: functools.total_ordering under the
# name an import gives it (`import functools as ft`, `from functools import total_ordering as
# by_another_name`), equality from __ne__ when the class has no __eq__ (inverted), NotImplemented
# from the equality method passed on (then Python tries the reflected derived ordering), and @cython.total_ordering making a plain class an
# extension type (its annotations C attributes).
# Expected outputs recorded from Cython 3.3.0.
cimport cython
import functools as ft
from functools import total_ordering as by_another_name

def table(cls):
    a, b = cls(1), cls(2)
    return [a < b, a <= b, a > b, a >= b, b <= b, b >= b, a <= a]

@ft.total_ordering
cdef class LtEq:
    """
    >>> table(LtEq)
    [True, True, False, False, True, True, True]
    """
    cdef int v
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < (<LtEq>other).v
    def __eq__(self, other):
        return self.v == (<LtEq>other).v

@by_another_name
cdef class GeNe:
    """
    >>> table(GeNe)
    [True, True, False, False, True, True, True]
    >>> GeNe(1) <= GeNe(1), GeNe(1) > GeNe(1), GeNe(2) > GeNe(1)
    (True, False, True)
    """
    cdef int v
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        return self.v >= (<GeNe>other).v
    def __ne__(self, other):
        return self.v != (<GeNe>other).v

@ft.total_ordering
cdef class EqGivesUp:
    """
    >>> EqGivesUp(1) <= EqGivesUp(1)
    True
    >>> EqGivesUp(1) <= EqGivesUp(2)
    True
    """
    cdef int v
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < (<EqGivesUp>other).v
    def __eq__(self, other):
        return NotImplemented

@cython.total_ordering
class Pure:
    """
    >>> table(Pure)
    [True, True, False, False, True, True, True]
    >>> Pure(3).v
    Traceback (most recent call last):
    AttributeError: 'total_ordering_forms.Pure' object has no attribute 'v'
    >>> Pure(3).value()
    3
    """
    v: cython.int
    def __init__(self, v):
        self.v = v
    def value(self):
        return self.v
    def __gt__(self, other):
        return self.v > (<Pure>other).v
    def __eq__(self, other):
        return self.v == (<Pure>other).v
