# `return v` inside try/finally returns the value v had when the return ran; a finally body
# that assigns v afterwards does not change it (Python's order). pyxc returned the variable's
# later value (found by GeneratedProgramsIT seed 11, minimised here). Recorded from Cython 3.3.0.
from array import array


def c_double():
    """
    >>> c_double()
    7.0
    """
    cdef double t = 7.0
    try:
        return t
    finally:
        t = 3.0


def c_long_nested(int n):
    """
    >>> c_long_nested(5)
    5
    """
    cdef long k = n
    try:
        try:
            return k
        finally:
            k = 1
    finally:
        k = 2


def python_object(x):
    """
    >>> python_object([1, 2])
    [1, 2]
    """
    try:
        return x
    finally:
        x = None


def view_first(double[:] v, double[:] other):
    """
    >>> a = array('d', [1.0, 2.0]); b = array('d', [9.0])
    >>> view_first(a, b)[0]
    1.0
    """
    cdef double[:] w = v
    try:
        return w
    finally:
        w = other


def after_handler():
    """
    >>> after_handler()
    'caught'
    """
    s = 'start'
    try:
        try:
            raise KeyError
        except KeyError:
            s = 'caught'
            return s
    finally:
        s = 'finally'
