# mode: error

cdef int defined_here(int x):
    return never_defined(x) + 1

_ERRORS = """
declared_not_defined.pxd:2:22: Non-extern C function 'never_defined' declared but not defined
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
