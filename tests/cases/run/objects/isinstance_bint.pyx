# isinstance(x, T) is a C truth value (Cython's bint), for a builtin type, a tuple of types, an
# extension type, object or a type held in a variable; subclasses count; a second argument that is
# no type raises isinstance's own TypeError.
cimport cython

cdef class Base:
    pass

cdef class Derived(Base):
    pass

class MyInt(int):
    pass


def kinds(a, t):
    """
    >>> kinds(1, str)
    ('bint', True, True, False, True, False)
    >>> kinds(MyInt(3), MyInt)
    ('bint', True, True, False, True, True)
    >>> kinds(Derived(), Base)
    ('bint', False, False, True, True, True)
    >>> kinds('x', (bytes, str))
    ('bint', False, False, False, True, True)
    """
    b = isinstance(a, int)
    return (cython.typeof(b), b, isinstance(a, (int, float)), isinstance(a, Base), isinstance(a, object),
            isinstance(a, t))


def counted(values):
    """
    >>> counted([1, 2.5, 'a', None, Derived(), True])
    (3, 1)
    """
    cdef int numbers = 0
    cdef int exts = 0
    for v in values:
        numbers += isinstance(v, (int, float))
        if isinstance(v, Base):
            exts += 1
    return numbers, exts


def bad_type(a):
    """
    >>> bad_type(1)
    Traceback (most recent call last):
    TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
    """
    return isinstance(a, 5)
