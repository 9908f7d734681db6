cimport cython

def f(x):
    return <cython.int>x

_ERRORS = """
4:12: types from cimported modules are not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this): a dotted
# type is named the same wherever it is written.
