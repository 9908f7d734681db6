cdef double f(double x):
    return x

def g():
    return f(1.0, 2.0, 3.0)

_ERRORS = """
5:12: Call with wrong number of arguments (expected 1, got 3)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
