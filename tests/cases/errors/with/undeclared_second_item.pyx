def f(m):
    with m as x, n as y:
        pass

_ERRORS = """
2:17: undeclared name not builtin: n
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
