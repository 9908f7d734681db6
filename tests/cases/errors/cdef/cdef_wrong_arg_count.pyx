cdef int f(int x, int y):
    return x + y

def g():
    return f(1)

_ERRORS = """
5:12: Call with wrong number of arguments (expected 2, got 1)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
