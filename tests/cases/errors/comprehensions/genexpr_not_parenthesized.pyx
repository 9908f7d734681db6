def f(y):
    return max(x for x in y, 1)

_ERRORS = """
2:27: Expected ')', found ','
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
