def f():
    return [x for x in (y := [1, 2])]

_ERRORS = """
2:26: assignment expression cannot be used in a comprehension iterable expression
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
