def f():
    cdef int a[3][4]
    x = <int[:]> a
    y = <int[:3, :4, :5]> a

_ERRORS = """
3:17: Expected 1 dimensions, array has 2 dimensions
4:26: Expected 3 dimensions, array has 2 dimensions
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
