# mode: error

cdef int with_default(int x, int y=3):
    return x + y

_ERRORS = """
pxd_default_value.pxd:1:29: default values cannot be specified in pxd files, use ? or *
pxd_default_value.pxd:1:35: Expected ')', found 'INT'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
