cimport cython.parallel
from cython.parallel import parallel

def f():
    with nogil, parallel("invalid"):
        pass
    with nogil, parallel(invalid=True):
        pass
    with nogil, cython.parallel.parallel(num_threads=-1):
        pass

_ERRORS = """
5:24: cython.parallel.parallel() does not take positional arguments
7:24: Invalid keyword argument: invalid
9:40: argument to num_threads must be greater than or equal to 0
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
