cdef extern from *:
    int N
    const int M
    struct P:
        int v[N]

cdef enum:
    SIZE = 2

def f():
    cdef int[3] a = [1, 2]
    cdef char[2] s = b"abc"
    cdef int b[M]
    cdef int c[SIZE]
    c = [1, 2, 3]
    cdef int d[N]
    return 0

_ERRORS = """
5:14: Not allowed in a constant expression
16:15: Not allowed in a constant expression
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
