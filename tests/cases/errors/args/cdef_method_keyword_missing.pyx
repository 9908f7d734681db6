cdef class A:
    cdef int m(self, int a, int b=2):
        return a
cdef int h(A x):
    return x.m(b=1, c=2)

_ERRORS = """
5:14: C function call is missing argument 'a'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
