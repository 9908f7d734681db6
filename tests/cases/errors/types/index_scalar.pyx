def f(double d):
    return d[0]

_ERRORS = """
2:12: Attempting to index non-array type 'double'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
