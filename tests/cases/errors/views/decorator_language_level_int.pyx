cimport cython

@cython.language_level(3)
def f(double[:] x):
    return x[0]

_ERRORS = """
3:7: The language_level directive takes one compile-time string argument
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
