def f(double[::view.contiguous] x):
    pass

_ERRORS = """
1:15: undeclared name not builtin: view
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
