def f(double[:] x):
    return x[1.5]

_ERRORS = """
2:13: Invalid index for memoryview specified, type double
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
