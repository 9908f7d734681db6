def f():
    yield from 5

_ERRORS = """
2:4: yielding from non-Python object not supported
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
