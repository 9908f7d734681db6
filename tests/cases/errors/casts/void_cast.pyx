def f(x):
    return <void>x

_ERRORS = """
2:11: '<void>' cast is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
