from . import sibling

def f(x):
    return sibling

_ERRORS = """
1:0: 'relative import' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
