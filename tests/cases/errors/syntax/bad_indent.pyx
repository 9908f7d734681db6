def f(x):
    a = 1
      b = 2
    return a

_ERRORS = """
3:0: Possible inconsistent indentation
3:0: Expected an identifier or literal
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
