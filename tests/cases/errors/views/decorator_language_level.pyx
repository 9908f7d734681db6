cimport cython

@cython.language_level("3")
def f(x):
    return x

_ERRORS = """
3:0: The language_level compiler directive is not allowed in function scope
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
