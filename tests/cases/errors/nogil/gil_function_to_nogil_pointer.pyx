cdef int g(int x) noexcept:
    return x

def f(int x):
    cdef int (*fp)(int) noexcept nogil
    fp = g
    return fp(x)

_ERRORS = """
6:9: Cannot assign type 'int (int) noexcept' to 'int (*)(int) noexcept nogil'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
