# mode: error

cpdef int was_cdef(int x):
    return x

cdef int was_cpdef(int x):
    return x

_ERRORS = """
6:0: Function signature does not match previous declaration
"""

_WARNINGS = """
3:0: Function 'was_cdef' previously declared as 'cpdef'
6:0: Function 'was_cpdef' previously declared as 'cdef'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
