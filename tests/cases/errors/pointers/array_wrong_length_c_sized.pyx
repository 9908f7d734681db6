cdef extern from *:
    const int M

cdef enum:
    SIZE = 2

def f():
    cdef int[3] a = [1, 2]
    cdef char[2] s = b"abc"
    cdef int b[M]
    cdef int c[SIZE]
    c = [1, 2, 3]
    b = a
    cdef int d[3]
    d = c
    return 0

_ERRORS = """
8:4: Assignment to slice of wrong length, expected 3, got 2
9:4: Assignment to slice of wrong length, expected 2, got 3
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3). The arrays sized by names
# (an enum constant, a const extern variable) are checked when the code runs, not here.
