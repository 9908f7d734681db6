def f(x):
    return <int x>x

_ERRORS = """
2:16: Declarator should be empty
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
