def f():
    return "abc

_ERRORS = """
2:15: Unclosed string literal
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
