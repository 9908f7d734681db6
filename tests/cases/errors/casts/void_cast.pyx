def f(x):
    return <void>x

_ERRORS = """
2:11: Cannot convert 'void' to Python object
"""
# pyxc's own message: `<void>x` is a statement of its own in pyxc (the value evaluated and
# dropped); Cython 3.3.0 also accepts it as a returned value, and the function then returns None.
