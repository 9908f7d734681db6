# cpdef methods of a cdef class whose parameters use fused types: C callers pick the
# specialization by the arguments' C types, Python calls dispatch on their values (through the
# object the class binds to the name, indexable); a Python subclass's override is honoured by C
# callers as for any cpdef method. A cpdef fused function indexed by values (not types) is
# indexed when the call runs.
# Expected outputs recorded from Cython 3.3.0.
cimport cython


cdef class Scale:
    cdef double factor

    def __init__(self, factor):
        self.factor = factor

    cpdef str apply(self, cython.integral x):
        return "%s:%s" % (cython.typeof(x), x * self.factor)


class Doubled(Scale):
    def apply(self, x):
        return "override:%s" % (x * 2)


cpdef multiarg(cython.integral x, cython.floating y):
    return cython.typeof(x), cython.typeof(y), x + y


def from_c(Scale s):
    cdef int i = 3
    cdef long l = 4
    return s.apply(i), s.apply(l)


def use():
    """
    >>> s = Scale(2)
    >>> s.apply(3)
    'long:6.0'
    >>> s.apply['int'](3)
    'int:6.0'
    >>> Scale.apply(s, 5)
    'long:10.0'
    >>> from_c(s)
    ('int:6.0', 'long:8.0')
    >>> from_c(Doubled(5))
    ('override:6', 'override:8')
    >>> sorted(Scale.apply.__signatures__)
    ['int', 'long', 'short']
    >>> by_values()
    ('int', 'float', 3.0)
    """


def by_values():
    names = __import__('builtins')
    return multiarg[names.int, names.float](1, 2.0)
