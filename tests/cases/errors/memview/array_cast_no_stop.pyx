def f():
    cdef int *p = NULL
    a = <int[:, :]> p

_ERRORS = """
3:12: Stop must be provided to indicate shape
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
