def f(x):
    if x:
        continue

_ERRORS = """
3:8: continue statement not inside loop
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
