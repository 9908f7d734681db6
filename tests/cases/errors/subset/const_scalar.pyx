def f():
    cdef const int x = 1

_ERRORS = """
2:9: 'const' outside memoryview types is not supported by pyxc
"""
# pyxc's own message: the construct is outside the subset (STYLE rule 10).
