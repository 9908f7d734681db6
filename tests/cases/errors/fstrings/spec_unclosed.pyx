def f(x):
    return f"{x:>{5}"

_ERRORS = """
2:20: Expected '}', found 'END_FT_STRING'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
