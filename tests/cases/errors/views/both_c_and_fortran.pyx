def f(double[::1, ::1] x):
    pass

_ERRORS = """
1:20: Cannot specify an array that is both C and Fortran contiguous.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
