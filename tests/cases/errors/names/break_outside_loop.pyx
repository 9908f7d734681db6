def f(x):
    break

_ERRORS = """
2:4: break statement not inside loop
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
