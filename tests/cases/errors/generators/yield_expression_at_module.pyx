def f():
    return 1

y = (yield)

_ERRORS = """
4:5: 'yield' not supported here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
