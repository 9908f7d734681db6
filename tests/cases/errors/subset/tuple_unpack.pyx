def f(x):
    a, b = x
    return a

_ERRORS = """
2:4: tuple unpacking is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
