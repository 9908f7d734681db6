cdef int g(int x):
    return x

_ERRORS = """
1:0: 'cdef function' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
