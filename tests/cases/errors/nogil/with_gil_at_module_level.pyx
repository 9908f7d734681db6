with gil:
    pass

_ERRORS = """
1:5: Trying to acquire the GIL while it is already held.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
