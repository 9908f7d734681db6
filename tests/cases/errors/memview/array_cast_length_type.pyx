def f(double n):
    cdef double *p = NULL
    y = <double[:n]> p

_ERRORS = """
3:17: Cannot assign type 'double' to 'Py_ssize_t'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
