# A parameter's dotted type whose first name is bound nowhere (np without cimport numpy).
def f(np.ndarray a):
    pass

_ERRORS = """
2:6: 'np' is not declared
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
