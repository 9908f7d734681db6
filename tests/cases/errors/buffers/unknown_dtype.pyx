def f(object[foo] a):
    pass

_ERRORS = """
1:13: Invalid type.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
