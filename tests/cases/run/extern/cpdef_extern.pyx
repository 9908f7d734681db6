# cpdef functions of extern blocks: C functions Python can call too (by their declared names and
# parameter names), called directly from the module's C.
cdef extern from "math.h":
    cpdef double hypot(double x, double y)
    cpdef double absolute "fabs"(double)

cdef extern from *:
    """
    static int clamp(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }
    static int checked_div(int a, int b) {
        if (b == 0) { PyErr_SetString(PyExc_ZeroDivisionError, "division by zero in C"); return -1; }
        return a / b;
    }
    """
    cpdef int clamp(int v, int lo, int hi)
    cpdef int checked_div(int a, int b) except? -1
    int not_wrapped "clamp"(int v, int lo, int hi)


def from_python():
    """
    >>> hypot(3, 4), absolute(-2.5), clamp(v=15, lo=0, hi=10), checked_div(7, 2)
    (5.0, 2.5, 10, 3)
    >>> checked_div(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: division by zero in C
    >>> 'not_wrapped' in globals(), callable(clamp)
    (False, True)
    >>> hypot('a', 1)
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """


def names():
    """
    The functions are named as declared (Cython 3.3.0 calls each `wrap`: see cpdef_extern.known).

    >>> hypot.__name__, clamp.__name__
    ('hypot', 'clamp')
    >>> hypot(1)
    Traceback (most recent call last):
    TypeError: hypot() takes exactly 2 positional arguments (1 given)
    """


def from_c(int v):
    """
    >>> from_c(-4), from_c(40)
    (0, 20)
    """
    return clamp(v, 0, 10) * 2 + not_wrapped(v, 0, 0)
