def f(x):
    return x

yield from f(1)

_ERRORS = """
4:0: 'yield from' not supported here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
