def f(double[:2] x):
    pass

_ERRORS = """
1:14: Axis specification only allowed in the 'step' slot.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
