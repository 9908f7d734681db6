"""C tuple types: `(int, double)` is a struct of its items, made from a tuple or list display or
from any sequence of exactly that many items, indexed with a constant (from the end too),
unpacked in C, returned by cdef and cpdef functions, and a Python tuple wherever an object is
wanted."""
cimport cython


def from_sequence(o):
    """
    >>> from_sequence((1, 2)), from_sequence([3, 4.5]), from_sequence(range(2))
    ((1, 2.0), (3, 4.5), (0, 1.0))
    >>> from_sequence((1,))
    Traceback (most recent call last):
    TypeError: Expected a sequence of size 2, got size 1
    >>> from_sequence(5)
    Traceback (most recent call last):
    TypeError: Expected a sequence of size 2, got int
    >>> from_sequence(('a', 2))
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    cdef (int, double) xy = o
    return xy


def items((int, double) xy):
    """
    >>> items((1, 2))
    (1, 2.0, 2.0, 1, (2, 3.0))
    """
    a = xy[0]
    b = xy[-1]
    xy[0] = a + 1
    xy[1] += 1
    return a, b, xy[1] - 1, xy[-2] - 1, xy


cdef (double, int) swap((int, double) p):
    return p[1], p[0]


cdef (int, int *) with_pointer(int x, int *p):
    return x, p


def unpacking(int x, double y):
    """
    >>> unpacking(1, 2)
    (2.0, 1, 1, 1)
    """
    a, b = swap((x, y))
    cdef int *p
    cdef int n
    n, p = with_pointer(x, &x)
    return a, b, n, p[0]


cpdef (int, double) cpdef_result(int x, double y):
    """
    >>> cpdef_result(1, 2)
    (1, 2.0)
    """
    return x, y


def cast(o):
    """
    >>> cast([1, 2])
    (1, 2.0)
    """
    cdef int x
    cdef double y
    x, y = <(int, double)>o
    return x, y


def as_objects((int, int) ab, (double, double) cd):
    """
    >>> as_objects((1, 2), (3, 4))
    ((1, 2, 3.0, 4.0), True, False, 2)
    """
    return ab + cd, ab < cd, not ab, len(ab)


cdef (cython.floating, cython.floating) pair(cython.floating x):
    return x, x * 2


def fused():
    """
    >>> fused()
    ((1.5, 3.0), (2.5, 5.0))
    """
    cdef float f = 1.5
    return pair(f), pair(2.5)


@cython.locals(a=(int, int), b=(cython.long, cython.double))
def declared_by_locals(x, y):
    """
    >>> declared_by_locals(1, 2)
    ((1, 2), (1, 2.0))
    """
    a = (x, y)
    b = (x, y)
    return a, b


def annotated(ab: tuple[cython.int, cython.int], int c):
    """
    >>> annotated((1, 2), 2)
    (1, 2, 1, 2)
    >>> annotated((1, 2), 3)
    Traceback (most recent call last):
    TypeError: Expected a sequence of size 4, got size 6
    """
    result: tuple[cython.int, cython.int, cython.int, cython.int] = ab * c
    return result


cdef (int, double) without_gil(int a, double b) noexcept nogil:
    cdef (int, double) t = (a, b)
    cdef int x
    cdef double y
    t[0] = t[0] + 1
    x, y = t
    return x * 2, y + t[-1]


def in_nogil():
    """
    >>> in_nogil()
    (4, 5.0)
    """
    cdef (int, double) r
    with nogil:
        r = without_gil(1, 2.5)
    return r
