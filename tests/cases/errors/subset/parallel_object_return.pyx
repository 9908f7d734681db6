# A return of a Python object from a prange loop's or parallel() block's threads (with the GIL).
cimport cython
from cython.parallel import prange, parallel

def from_loop(int n):
    cdef int i
    for i in prange(n, nogil=True):
        with gil:
            return i

def from_block():
    with nogil, parallel():
        with gil:
            return 1

cdef int c_result(int n) nogil:
    cdef int i
    for i in prange(n):
        return i
    return -1

_ERRORS = """
9:12: returning a Python object from a prange loop or parallel() block is not supported by pyxc
14:12: returning a Python object from a prange loop or parallel() block is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10); a C result returns (c_result).
