cimport cython

def f(x):
    return <cython.int>x

_ERRORS = """
4:11: 'cast to a dotted type name' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
