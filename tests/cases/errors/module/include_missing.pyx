include "nothere.pxi"

_ERRORS = """
1:0: 'nothere.pxi' not found
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
