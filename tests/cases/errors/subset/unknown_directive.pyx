# cython: boundcheck=False
def f(x):
    return x

_ERRORS = """
1:0: Unknown directive 'boundcheck'
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
