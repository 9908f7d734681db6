cdef class A:
    cdef int m(self, int a, int b=2):
        return a
cdef int h(A x):
    return x.m(1, self=2)

_ERRORS = """
5:18: C function got unexpected keyword argument 'self'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
