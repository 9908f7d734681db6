ctypedef fused T:
    int
    foo

_ERRORS = """
3:4: 'foo' is not a type identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
