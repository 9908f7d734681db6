def f(*args):
    return args

_ERRORS = """
1:6: '*' parameters are not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
