# C function types: `ctypedef int func_t(int)` names a function type, used through pointers to
# it; function pointers declared nogil are called without the GIL; a pointer declared
# `except *` checks for an exception after every call, so a function reporting through -2
# raises through it; sizeof of a function pointer type is a pointer's size.

ctypedef int func_t(int) noexcept
ctypedef double (*unary_t)(double) noexcept nogil

cdef int twice(int x) noexcept:
    return 2 * x

cdef double halve(double x) noexcept nogil:
    return x / 2

cdef func_t *pick():
    return &twice

def through_typedef(int x):
    """
    >>> through_typedef(4)
    (8, True)
    """
    cdef func_t *p = pick()
    return p(x), p == &twice

def without_gil(double x):
    """
    >>> without_gil(5.0)
    2.5
    """
    cdef unary_t f = halve
    cdef double r
    with nogil:
        r = f(x)
    return r

cdef int minus2(int bad) except -2:
    if bad:
        raise RuntimeError("bad")
    return 0

def through_except_star(bad):
    """
    >>> through_except_star(False)
    0
    >>> through_except_star(True)
    Traceback (most recent call last):
    RuntimeError: bad
    """
    cdef int (*fptr)(int) except *
    fptr = minus2
    return fptr(bad)

def sizes():
    """
    >>> sizes()
    True
    """
    return sizeof(int (*)(int)) == sizeof(void *) == sizeof(unary_t)
