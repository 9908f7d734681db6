def f():
    return list((yield x) for x in range(3))

_ERRORS = """
2:17: 'yield' inside generator expression
"""
# Cython 3.3.0 accepts this file: f() returns [0, None, 1, None, 2, None]. The expected diagnostic is
# CPython 3.11's SyntaxError for the same source.
