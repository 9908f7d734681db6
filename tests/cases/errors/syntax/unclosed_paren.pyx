def f(x):
    return (x + 1

def g():
    pass

_ERRORS = """
4:0: Expected ')', found 'def'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
