# An extension-type variable holding None. With nonecheck on (the decorator), reading or
# writing a C or object field and calling a cdef or def method raise AttributeError; without it
# Cython reads through None unchecked (undefined behaviour: a C field reads garbage, an object
# field or a cdef method crashes), so only the checked forms and the Python-level lookups that
# are always safe are tested here. Expected outputs recorded from Cython 3.3.0.
cimport cython

cdef class Point:
    cdef int x
    cdef object o
    cdef public int pub

    def __init__(self, int x=1):
        self.x = x
        self.o = 'o'
        self.pub = x

    def m(self):
        return self.x

    cdef int cm(self):
        return self.x


@cython.nonecheck(True)
def read_c_field(Point p):
    """
    >>> read_c_field(Point(4))
    4
    >>> read_c_field(None)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'x'
    """
    return p.x


@cython.nonecheck(True)
def read_object_field(Point p):
    """
    >>> read_object_field(Point())
    'o'
    >>> read_object_field(None)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'o'
    """
    return p.o


@cython.nonecheck(True)
def write_c_field():
    """
    >>> write_c_field()
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'x'
    """
    cdef Point p = None
    p.x = 3


@cython.nonecheck(True)
def call_cdef_method(Point p):
    """
    >>> call_cdef_method(Point(6))
    6
    >>> call_cdef_method(None)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'cm'
    """
    return p.cm()


def call_def_method(Point p):
    """
    >>> call_def_method(Point(2))
    2
    >>> call_def_method(None)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'm'
    """
    return p.m()


def untyped_none():
    """
    >>> untyped_none()
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'pub'
    """
    cdef object p = None
    return p.pub


def none_comparisons(Point p):
    """
    >>> none_comparisons(None)
    (True, False, 'none')
    >>> none_comparisons(Point())
    (False, True, 'point')
    """
    return p is None, p is not None, ('point' if p else 'none')


def none_after_reset():
    """
    >>> none_after_reset()
    (5, True)
    """
    cdef Point p = Point(5)
    v = p.x
    p = None
    return v, p is None

