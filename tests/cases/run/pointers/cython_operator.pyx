# cython.operator: dereference(p) is p[0] (also through `cimport cython.operator` and under
# another name), address(x) is &x, and the increments and decrements of a C variable give C's
# values (prefix: the new value; postfix: the old one), left to right in one expression, on
# integers (an unsigned char wrapping as C wraps it) and pointers. Expected outputs recorded
# from Cython 3.3.0.

cimport cython.operator
from cython.operator cimport dereference, address, preincrement, postincrement, predecrement, postdecrement
from cython.operator cimport dereference as deref

cdef struct Point:
    int x
    int y


def derefs(int x):
    """
    >>> derefs(3)
    (3, 3, 3, 7)
    """
    cdef int *p = address(x)
    cdef Point pt = Point(7, 8)
    cdef Point *pp = &pt
    return cython.operator.dereference(p), dereference(p), deref(p), dereference(pp).x


def steps(int x):
    """
    >>> steps(10)
    (11, 11, 12, 11, 11, 10, 10)
    """
    return preincrement(x), postincrement(x), x, predecrement(x), postdecrement(x), x, x


def wrap():
    """
    >>> wrap()
    (0, 0, 255, 255)
    """
    cdef unsigned char c = 255
    a = preincrement(c)
    b = postdecrement(c)
    return a, b, c, cython.operator.postincrement(c)


def walk():
    """
    >>> walk()
    [10, 20, 30, 20]
    """
    cdef int[3] values = [10, 20, 30]
    cdef int *p = values
    out = [dereference(postincrement(p))]
    out.append(dereference(p))
    preincrement(p)
    out.append(dereference(p))
    out.append(dereference(predecrement(p)))
    return out
