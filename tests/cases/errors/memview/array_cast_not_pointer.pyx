def f(obj):
    cdef double x = 1
    a = <double[:3]> obj
    b = <double[:3]> x

_ERRORS = """
3:21: Can only create cython.array from pointer or array
4:21: Can only create cython.array from pointer or array
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
