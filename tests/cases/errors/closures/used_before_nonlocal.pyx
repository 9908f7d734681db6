def outer():
    x = 1
    def inner():
        print(x)
        nonlocal x
        x = 2
    return inner

_ERRORS = """
5:8: name 'x' is used prior to nonlocal declaration
"""
# Cython 3.3.0 accepts this file (the inner function then reads and rebinds the outer x);
# the expected diagnostic is CPython 3.11's SyntaxError for the same source (line 5, offset 9).
