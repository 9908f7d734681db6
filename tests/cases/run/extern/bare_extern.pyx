# `cdef extern DECL` without a header: the module declares the C name itself (here defined by
# the verbatim C of a `cdef extern from *` block, as another C file linked in would define it).
cdef extern from *:
    """
    static int twice_it(int x) { return 2 * x; }
    static double scale_factor = 1.5;
    static int count_args(int n, ...) { return n; }
    """

cdef extern int twice_it(int x)
cdef extern double scale_factor
cdef extern int count_args(int n, ...)


def call(int x):
    """
    >>> call(21)
    42
    """
    return twice_it(x)


def read_and_write(double by):
    """
    >>> read_and_write(2.0)
    (1.5, 3.0)
    """
    global scale_factor
    cdef double before = scale_factor
    scale_factor = scale_factor * by
    cdef double after = scale_factor
    scale_factor = before
    return before, after


def varargs():
    """
    >>> varargs()
    3
    """
    return count_args(3, 1, 2, 3)
