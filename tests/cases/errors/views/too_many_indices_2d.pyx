def f(double[:, :] x):
    return x[0, 0, 0]

_ERRORS = """
2:19: Too many indices specified for type double[:, :]
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
