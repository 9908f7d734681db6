# A variable a nested function shares (a cell of this function, or an enclosing one's read
# through nonlocal) is neither a prange target, nor a reduction, nor assigned in the loop.
from cython.parallel import prange

def outer():
    cdef int x = 0
    cdef int y = 0

    def target():
        nonlocal x
        for x in prange(10, nogil=True):
            pass
        return x

    def reduction():
        nonlocal x
        cdef int i
        for i in prange(10, nogil=True):
            x += i
        return x

    def assigned():
        nonlocal y
        cdef int i
        for i in prange(10, nogil=True):
            y = i
        return y

    return target, reduction, assigned

_ERRORS = """
11:12: prange() over a variable that nested functions share is not supported by pyxc
19:12: prange() assigning a variable that nested functions share is not supported by pyxc
26:12: prange() assigning a variable that nested functions share is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
