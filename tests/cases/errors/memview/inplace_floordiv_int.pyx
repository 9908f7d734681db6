def f(long[:] x):
    x[0] //= 2

_ERRORS = """
2:5: In-place non-c divide operators not allowed on int buffers.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
