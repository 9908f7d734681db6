def f(int n=2.5):
    return n

_ERRORS = """
1:12: Cannot assign type 'double' to 'int'
1:6: Cannot assign type 'double' to 'int'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
