def f(double[:] x, long[:] i):
    return x[i]

_ERRORS = """
2:13: Invalid index for memoryview specified, type long[:]
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
