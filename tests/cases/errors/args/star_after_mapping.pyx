def g(*a, **k):
    pass

def h(x):
    return g(**x, *x)


_ERRORS = """
5:18: Non-keyword arg following keyword arg
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
