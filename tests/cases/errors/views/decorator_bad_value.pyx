cimport cython

@cython.boundscheck(3)
def f(double[:] x):
    return x[0]

_ERRORS = """
3:7: The boundscheck directive takes one compile-time boolean argument
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
