# `with nogil(<fused type test>):` releases the GIL in the specializations where the test holds
# (decided as an `if` on the type is), and is a plain block in the others.
cimport cython

ctypedef fused number_or_object:
    double
    long
    object


cdef long twice(long x) noexcept nogil:
    return 2 * x


def bump(number_or_object x):
    """
    >>> bump(1.5), bump['long'](4), bump['object']([1])
    (2.5, 5, [1, 1])
    """
    cdef number_or_object res = x
    with nogil(number_or_object is not object):
        if number_or_object is not object:
            res = res + 1
    if number_or_object is object:
        res = res + res
    return res


def nested(cython.integral n):
    """
    >>> nested['int'](5), nested['long'](6)
    (10, 12)
    """
    cdef long r = 0
    with nogil(cython.integral is int or cython.integral is long):
        r = twice(n)
    return r
