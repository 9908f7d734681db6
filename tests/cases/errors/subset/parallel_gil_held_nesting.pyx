# A prange holding the GIL (no nogil=True where the GIL is held) nested where pyxc cannot yet
# take the GIL for it: in another prange's body, or inside a statement of a parallel() block.
# cython: freethreading_compatible=True
from cython.parallel import prange, parallel

def nested(int n):
    cdef int i, j
    out = [0] * n
    for i in prange(n):
        for j in prange(n):
            out[j] = i

def in_block_statement(int n):
    cdef int i
    out = [0] * n
    with parallel():
        if n > 2:
            for i in prange(n):
                out[i] = i

_ERRORS = """
10:23: a prange holding the GIL inside another's body is not supported by pyxc
18:27: a prange holding the GIL inside a statement of a parallel() block is not supported by pyxc
"""
# pyxc's own messages: the constructs are outside the subset (STYLE rule 10).
