def f(x):
    cdef int i = 3
    return <int*>i

_ERRORS = """
3:11: 'pointer cast' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
