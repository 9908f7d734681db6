def f(object[int, mode="cc"] a):
    pass

_ERRORS = """
1:12: Only allowed buffer modes are: "c", "fortran", "full", "strided" (as a compile-time string)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
