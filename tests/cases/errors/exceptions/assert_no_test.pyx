def f(x):
    assert
    return x

_ERRORS = """
2:10: Expected an identifier or literal
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
