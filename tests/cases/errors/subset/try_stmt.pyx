def f(x):
    try:
        return x
    finally:
        pass

_ERRORS = """
2:4: 'try' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
