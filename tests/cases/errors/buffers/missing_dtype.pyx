def f(object[ndim=2] a):
    pass

_ERRORS = """
1:12: "dtype" missing
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
