# A function returning a pointer reports errors through NULL only: a number as its exception value
# is Cython's two errors (a negative integer's at its digits, a negative float's at its sign).
cdef char *spam() except -1:
    return NULL

cdef int *eggs() except 5:
    return NULL

cdef int *ham() except -2.5:
    return NULL

cdef int *fine() except NULL:
    return NULL

_ERRORS = """
3:26: Cannot assign type 'long' to 'char *'
3:26: Exception value incompatible with function return type
6:24: Cannot assign type 'long' to 'int *'
6:24: Exception value incompatible with function return type
9:23: Cannot assign type 'double' to 'int *'
9:23: Exception value incompatible with function return type
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
