def f(object[int, cast="yes"] a):
    pass

_ERRORS = """
1:12: "cast" must be a boolean
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
