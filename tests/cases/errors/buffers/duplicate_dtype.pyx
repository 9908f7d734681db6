def f(object[int, dtype=int] a):
    pass

_ERRORS = """
1:13: "dtype" buffer option already supplied
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
