def f(m):
    with m:
        break

_ERRORS = """
3:8: break statement not inside loop
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
