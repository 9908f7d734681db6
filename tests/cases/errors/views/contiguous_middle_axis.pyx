def f(double[:, ::1, :] x):
    pass

_ERRORS = """
1:12: Fortran contiguous specifier must follow an indirect dimension
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
