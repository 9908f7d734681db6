def f(y):
    return [*x for x in y]

_ERRORS = """
2:12: iterable unpacking cannot be used in comprehension
"""
# Cython 3.3.0 accepts this file: f([[1, 2], [3]]) is [1, 2, 3]. The expected diagnostic is
# CPython 3.11's SyntaxError for the same source.
