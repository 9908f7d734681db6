cdef extern object xobj
cdef extern int fine

_ERRORS = """
1:19: Python object cannot be declared extern
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
