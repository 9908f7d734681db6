def f(x):
    cdef int i = 3
    return <int*>i

_ERRORS = """
3:11: Cannot convert 'int *' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
