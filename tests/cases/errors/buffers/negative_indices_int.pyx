def f(object[int, negative_indices=1] a):
    pass

_ERRORS = """
1:12: "negative_indices" must be a boolean
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
