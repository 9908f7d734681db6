# prange loops and parallel() blocks started where the GIL is held: Cython's warnings, unless the
# module sets freethreading_compatible=True (run/parallel/gil_held.pyx).
from cython.parallel import prange, parallel

def loop(int n):
    cdef int i
    out = [None] * n
    for i in prange(n):
        out[i] = i
    with parallel():
        out[0] = 1
    with nogil:
        with gil:
            for i in prange(n, num_threads=2):
                out[i] = -i
    prange(n)
    return out

_ERRORS = """
16:10: prange() can only be used as part of a for loop
"""

_WARNINGS = """
8:19: prange without releasing the GIL will only work well on freethreaded Python
10:17: Parallel section without releasing the GIL will only work well on freethreaded Python
14:27: prange without releasing the GIL will only work well on freethreaded Python
16:10: prange without releasing the GIL will only work well on freethreaded Python
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
