def f(a, b):
    return {*a, **b}

_ERRORS = """
2:16: unexpected **item found in set literal
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
