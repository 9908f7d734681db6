# Extension types another module (or CPython) defines, declared with `cdef extern class` /
# `ctypedef class mod.Name [object Struct]`: typed arguments and locals, C attributes read
# through the declared struct, isinstance and subclasses.
cdef extern from "Python.h":
    ctypedef class __builtin__.list [object PyListObject]:
        cdef Py_ssize_t allocated

    ctypedef class builtins.BaseException [object PyBaseExceptionObject]:
        cdef object args

cdef extern from *:
    ctypedef class fractions.Fraction [object PyObject, check_size ignore]:
        pass


def capacity(list l):
    """
    >>> l = [1, 2, 3]
    >>> capacity(l) >= 3
    True
    >>> capacity(None) is None
    True
    >>> capacity((1, 2))
    Traceback (most recent call last):
    TypeError: Argument 'l' has incorrect type (expected list, got tuple)
    """
    if l is None:
        return None
    return l.allocated


def exception_args(BaseException e):
    """
    >>> exception_args(ValueError(1, 'two'))
    (1, 'two')
    """
    return e.args


def numerator(Fraction f not None):
    """
    >>> from fractions import Fraction as F
    >>> numerator(F(3, 4))
    3
    >>> numerator(0.5)
    Traceback (most recent call last):
    TypeError: Argument 'f' has incorrect type (expected Fraction, got float)
    """
    return f.numerator


def typed_local(o):
    """
    >>> typed_local([1])
    [1, 2]
    >>> typed_local('x')
    Traceback (most recent call last):
    TypeError: Cannot convert str to list
    """
    cdef list l = o
    l.append(2)
    return l


cdef class Stack(list):
    """
    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s, s.pushes, isinstance(s, list), len(s)
    ([1, 2], 2, True, 2)
    """
    cdef public int pushes

    def push(self, item):
        self.append(item)
        self.pushes += 1
