cimport cython

cdef class C:
    cdef cython.floating f(self, cython.floating x):
        return x

def g(C c, o, int i):
    c.f(o)
    c.f(i, i)

_ERRORS = """
8:7: no suitable method found (candidates: 2)
9:7: Call with wrong number of arguments (expected 2, got 3)
8:5: Invalid use of fused types, type cannot be specialized
9:5: Invalid use of fused types, type cannot be specialized
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
