cdef fused pair: int x; double y

_ERRORS = """
1:17: Expected a newline
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
