# @cython.locals(name=type, ...) (pure Python mode): a parameter named there gets that type, any
# other name is a C local of it; on def and cdef functions, with C type names, cython.T types,
# a string naming a C type and an extension type. Expected outputs recorded from Cython 3.3.0.

cimport cython


cdef class Box:
    cdef public int v


@cython.locals(x=double)
cdef square(x):
    return x ** 2


@cython.locals(x=double)
cdef square_default(x=0):
    return x ** 2


def squares(a=None):
    """
    >>> squares()
    (4.0, 0.0)
    >>> squares(3)
    (4.0, 9.0)
    """
    return square(2), square_default() if a is None else square_default(a)


@cython.locals(n=cython.int, total=cython.longlong, i="unsigned int", half=float)
def summed(n):
    """
    >>> summed(4)
    (6, 'int', 'long long', 'unsigned int', 'float', 1.5)
    >>> summed('x')
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    total = 0
    for i in range(n):
        total += i
    half = total / 4.0
    return total, cython.typeof(n), cython.typeof(total), cython.typeof(i), cython.typeof(half), half


@cython.locals(b=Box)
def boxed(obj):
    """
    >>> boxed(7)
    ('Box', 7)
    """
    b = Box()
    b.v = obj
    return cython.typeof(b), b.v
