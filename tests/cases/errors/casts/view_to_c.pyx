def f(double[:] m):
    return <int>m

_ERRORS = """
2:11: 'cast of a memoryview to int' is not supported by pyxc
"""
# Expected: pyxc's own message (Cython 3.3.0 accepts this and writes a C cast of the slice struct, which gcc rejects).
