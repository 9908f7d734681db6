def f(object[int, 2] a):
    pass

_ERRORS = """
1:18: Too many buffer options
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
