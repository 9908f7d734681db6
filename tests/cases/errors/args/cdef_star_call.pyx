cdef int g(int a, int b=2):
    return a

def h(t):
    return g(*t)


_ERRORS = """
5:12: Non-trivial keyword arguments and starred arguments not allowed in cdef functions.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
