def f(double[:] x, double[:] y):
    x += y

_ERRORS = """
2:4: Invalid operand types for '+' (double[:]; double[:])
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
