cdef int f(int x):
    return x + y

def g():
    return f(1)

_ERRORS = """
2:15: undeclared name not builtin: y
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
