def f(double[:, :] m):
    m[1, 1] **= 2

_ERRORS = """
2:5: No C inplace power operator
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
