cimport cython

def f(double[:] x):
    with cython.boundscheck():
        return x[0]

_ERRORS = """
4:15: The boundscheck directive takes one compile-time boolean argument
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
