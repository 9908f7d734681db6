def f():
    return lambda a=1, b: a

_ERRORS = """
2:23: Non-default argument following default argument
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
