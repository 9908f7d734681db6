# cython.typeof of enum-typed variables names the enum (a ctypedef'd one and a plain cdef one);
# a local inferred only from such variables (assigned one, or looping over range() of one) is
# named so too, as Cython's inferred type is the variable's own.
cimport cython

ctypedef enum Level:
    LOW
    MID
    HIGH

cdef enum Colour:
    RED = 1
    GREEN = 2

cpdef enum Shape:
    ROUND
    SQUARE


def declared():
    """
    >>> declared()
    ('Level', 'Colour', 'Shape')
    """
    cdef Level lv = MID
    cdef Colour c = GREEN
    cdef Shape s = SQUARE
    return cython.typeof(lv), cython.typeof(c), cython.typeof(s)


def inferred():
    """
    >>> inferred()
    ('Level', 'Level', 2, [0])
    """
    cdef Level top = HIGH
    cdef Level mid = MID
    copy = top
    if copy == top:
        copy = mid
    seen = []
    for i in range(mid, top):
        seen.append(<int>i)
    for j in range(2):
        pass
    return cython.typeof(copy), cython.typeof(i), <int>top, [<int>k for k in range(mid)] + seen[1:]


def mixed():
    """
    >>> mixed()
    ('long', 2)
    """
    cdef Level lv = HIGH
    cdef long n = 1
    k = lv
    k = n
    return cython.typeof(k), <int>lv
