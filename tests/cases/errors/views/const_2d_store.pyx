def f(const double[:, :] x):
    x[0, 0] = 1.0

_ERRORS = """
2:5: Assignment to const dereference
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
