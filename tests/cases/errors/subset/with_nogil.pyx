def f(double[:] x):
    with nogil:
        pass

_ERRORS = """
2:4: 'with nogil' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
