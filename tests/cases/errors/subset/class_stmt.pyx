class C:
    pass

_ERRORS = """
1:0: 'class' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython accepts this).
