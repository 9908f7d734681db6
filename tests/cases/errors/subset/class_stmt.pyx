def f():
    class C:
        pass
    return 1

_ERRORS = """
2:4: classes defined in functions are not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
