cimport cython

def f(x):
    with cython.language_level("3"):
        return x

_ERRORS = """
4:9: The language_level compiler directive is not allowed in with statement scope
4:15: 'language_level' not a valid cython language construct
4:15: 'language_level' not a valid cython attribute or is being used incorrectly
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
