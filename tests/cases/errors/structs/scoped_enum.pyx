cdef enum class Mode:
    READ
    WRITE

_ERRORS = """
1:10: Expected ':', found 'class'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
