def f():
    print assert

_ERRORS = """
2:4: 'print statement' is not supported by pyxc
"""
# pyxc's own message: a Python 2 print statement (here a mistaken one) is outside the subset.
