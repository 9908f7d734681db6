def f(x):
    if x:
        a = 1
      return a

_ERRORS = """
4:0: Inconsistent indentation
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
