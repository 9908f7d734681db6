cdef int f(int x):
    with gil:
        x += 1
    return x

_ERRORS = """
2:9: Trying to acquire the GIL while it is already held.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
