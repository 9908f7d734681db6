# @cython.total_ordering on extension types: the orderings a class lacks derived from the one it
# defines (each of the four as the root), with __eq__; NotImplemented passed on. Expected outputs
# recorded from Cython 3.3.0.
cimport cython
import operator

OPS = [operator.lt, operator.le, operator.gt, operator.ge, operator.eq, operator.ne]


cdef class Base:
    cdef public int v

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Base):
            return NotImplemented
        return self.v == (<Base>other).v


@cython.total_ordering
cdef class ByLt(Base):
    def __lt__(self, other):
        return self.v < other.v


@cython.total_ordering
cdef class ByLe(Base):
    def __le__(self, other):
        return self.v <= other.v


@cython.total_ordering
cdef class ByGt(Base):
    def __gt__(self, other):
        return self.v > other.v


@cython.total_ordering
cdef class ByGe(Base):
    def __ge__(self, other):
        if not isinstance(other, Base):
            return NotImplemented
        return self.v >= other.v


def table(cls):
    """
    >>> table(ByLt) == table(ByLe) == table(ByGt) == table(ByGe) == expected()
    True
    """
    out = []
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            row = []
            for op in OPS:
                row.append(op(cls(a), cls(b)))
            out.append(tuple(row))
    return out


def expected():
    out = []
    for a in (1, 2, 3):
        for b in (1, 2, 3):
            row = []
            for op in OPS:
                row.append(op(a, b))
            out.append(tuple(row))
    return out


def not_implemented():
    """
    >>> not_implemented()
    Traceback (most recent call last):
    TypeError: '<=' not supported between instances of 'total_ordering.ByGe' and 'str'
    """
    return ByGe(1) <= 'x'
