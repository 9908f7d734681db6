# A one-byte bytes literal as a C char where Cython takes one: the default of a char parameter
# (`char method=b'D'`, in a def and a cdef function) and an argument passed to one; and a range
# loop whose target is a C double, which iterates the range object, each int converted.
# Expected outputs recorded from Cython 3.3.0.

def lbp(int x, char method=b'D', unsigned char code=b'x'):
    """
    >>> lbp(1)
    (1, 68, 120)
    >>> lbp(1, ord('R'))
    (1, 82, 120)
    """
    return x, method, code

cdef int mode_of(char m=b'R') noexcept:
    return m

def modes():
    """
    >>> modes()
    (82, 83)
    """
    return mode_of(), mode_of(b'S')

def float_range(Py_ssize_t a, Py_ssize_t b):
    """
    >>> float_range(1, 4)
    ([1.0, 2.0, 3.0], 3.0)
    """
    cdef double r = 0
    out = []
    for r in range(a, b):
        out.append(r)
    return out, r
