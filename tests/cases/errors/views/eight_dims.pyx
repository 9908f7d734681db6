def f(double[:, :, :, :, :, :, :, :] x):
    return x.ndim

_ERRORS = """
1:12: More dimensions than the maximum number of buffer dimensions were used.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
