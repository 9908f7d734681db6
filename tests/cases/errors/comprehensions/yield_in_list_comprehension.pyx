def f():
    return [(yield x) for x in range(3)]

_ERRORS = """
2:13: 'yield' inside list comprehension
"""
# Cython 3.3.0 accepts this file: the yield makes f a generator: list(f()) is [0, 1, 2]. The expected diagnostic is
# CPython 3.11's SyntaxError for the same source.
