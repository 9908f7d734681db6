def f(double[:] x):
    return x[0, 1]

_ERRORS = """
2:16: Too many indices specified for type double[:]
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
