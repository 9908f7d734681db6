def f(m):
    with m as 1:
        pass

_ERRORS = """
2:14: Cannot assign to or delete this
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
