ctypedef fused E:
    pass

_ERRORS = """
1:0: Need at least one type
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
