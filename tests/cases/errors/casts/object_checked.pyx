def f(x):
    return <object?>x

_ERRORS = """
2:11: '<object?>' cast is not supported by pyxc
"""
# Expected: pyxc's own message (Cython 3.3.0 crashes: AssertionError 'PyTypeTest for Python object against non extension type').
