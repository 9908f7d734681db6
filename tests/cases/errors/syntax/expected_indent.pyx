def f(x):
return x

_ERRORS = """
2:0: Expected an increase in indentation level
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
