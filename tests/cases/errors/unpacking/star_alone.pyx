def f(x):
    *a = x
    return a

_ERRORS = """
2:4: a starred assignment target must be in a list or tuple - maybe you meant to use an index assignment: var[0] = ...
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
