cpdef int g(int x):
    return x

_ERRORS = """
1:0: 'cpdef' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
