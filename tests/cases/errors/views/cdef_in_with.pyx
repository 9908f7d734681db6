cimport cython
def f(double[:] x):
    with cython.boundscheck(False):
        cdef double t = x[0]
    return t

_ERRORS = """
4:13: cdef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
