from cython.parallel import prange

def f(int n, double[:] a, double[:] b):
    cdef int i, y = 0, s = 0
    for i in prange(n, nogil=True):
        y += i
        y *= i
    for i in prange(n, nogil=True):
        s += i
        with gil:
            print(s)
    for i in prange(n, nogil=True):
        a = b
    return y

_ERRORS = """
7:8: Reduction operator '*' is inconsistent with previous reduction operator '+'
11:18: Cannot read reduction variable in loop body
13:8: Memoryview slices can only be shared in parallel sections
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
