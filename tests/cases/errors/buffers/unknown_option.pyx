def f(object[int, dims=2] a):
    pass

_ERRORS = """
1:23: "dims" is not a buffer option
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
