def f(object[int, ndim="2"] a):
    pass

_ERRORS = """
1:12: ndim must be a non-negative integer
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
