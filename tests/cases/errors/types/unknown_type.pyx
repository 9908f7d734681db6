def f(x):
    cdef foo z
    return x

_ERRORS = """
2:9: 'foo' is not a type identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
