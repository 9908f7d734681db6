def g(int x not None, double y or None):
    return x

_ERRORS = """
1:6: Only Python type arguments can have 'not None'
1:22: Only Python type arguments can have 'or None'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
