# `cdef fused` declares a fused type as `ctypedef fused` does; a typedef of a fused type, or of a
# view of one, is that fused type.
cimport cython

cdef fused num:
    int
    double

ctypedef num number_alias
ctypedef cython.floating[:] floats

def f(num x, number_alias y):
    """
    >>> f(1, 2.5), f(1.5, 2)
    (('int', 'int', 3), ('double', 'double', 3.5))
    """
    return cython.typeof(x), cython.typeof(y), x + y

def total(floats a):
    """
    >>> from array import array
    >>> total(array('f', [1, 2])), total(array('d', [0.5]))
    (3.0, 0.5)
    >>> sorted(total.__signatures__)
    ['double', 'float']
    """
    cdef cython.floating s = 0
    for v in a:
        s += v
    return s
