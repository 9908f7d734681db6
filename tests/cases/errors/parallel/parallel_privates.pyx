from cython.parallel import parallel, prange

def f(int n):
    cdef int i, j = 0, mine = 0, other = 0
    with nogil, parallel():
        mine = 1
        for i in prange(n):
            mine = i
            other = i
        other = 2
    with nogil, parallel():
        j += 1

_ERRORS = """
8:12: Cannot assign to private of outer parallel block
9:12: Cannot assign to private of outer parallel block
12:8: Reductions not allowed for parallel blocks
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
