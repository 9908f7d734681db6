cimport cython

@cython.nogil
def f(int x):
    return x

_ERRORS = """
3:0: Python functions cannot be declared 'nogil'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
