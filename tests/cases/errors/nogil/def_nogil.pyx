def f(int x) nogil:
    return x

_ERRORS = """
1:13: Cannot use cdef modifier 'nogil' in Python function signature. Use a decorator instead.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
