def f():
    cdef int *p
    for p from 0 <= p < 10:
        pass

_ERRORS = """
3:8: for-from loop variable must be c numeric type or Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
