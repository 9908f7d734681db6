def f():
    cdef int *p = NULL
    cdef double d[3]
    x = <double[:3]> p
    y = <int[:3]> d

_ERRORS = """
4:21: Pointer base type does not match cython.array base type
5:18: Pointer base type does not match cython.array base type
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
