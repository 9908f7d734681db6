cdef int N = 10

def f(x):
    return x

_ERRORS = """
1:0: module-level cdef variables are not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
