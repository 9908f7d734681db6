import math

def f(x):
    return x

_ERRORS = """
1:0: 'import' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
