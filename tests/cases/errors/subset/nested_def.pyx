def f(x):
    def g():
        return x
    return g

_ERRORS = """
2:4: nested functions are not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
