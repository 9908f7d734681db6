def f(x):
    return lambda: x

_ERRORS = """
2:11: 'lambda' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
