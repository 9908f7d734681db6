def f(x):
    *a, *b = x
    return a, b

_ERRORS = """
2:8: more than 1 starred expression in assignment
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
