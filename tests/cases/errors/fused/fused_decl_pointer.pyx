ctypedef fused T:
    int
    int *

_ERRORS = """
3:8: Expected a newline
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
