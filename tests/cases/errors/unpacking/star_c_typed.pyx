def f(x):
    cdef int b
    a, *b = x
    return a, b

_ERRORS = """
3:8: starred target must have Python object (list) type
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
