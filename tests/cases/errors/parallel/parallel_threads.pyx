from cython.parallel import parallel, prange

def f(int n):
    cdef int i
    with nogil, parallel(num_threads=2):
        for i in prange(n, num_threads=2):
            pass
    with nogil, parallel():
        for i in prange(n, num_threads=2):
            pass

_ERRORS = """
6:23: num_threads already declared in outer section
9:23: num_threads must be declared in the parent parallel section
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
