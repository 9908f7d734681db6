def f(m):
    with:
        pass

_ERRORS = """
2:8: Expected an identifier or literal
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
