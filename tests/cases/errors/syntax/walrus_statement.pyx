def f():
    y := 3

_ERRORS = """
2:6: invalid syntax: assignment expression not allowed in this context
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
