# A pointer cast from a temporary object, kept in a variable: the object dies after the statement,
# so Cython reports the cast and the store (a declaration's at its statement); a variable's
# object may be cast and kept.
cdef object g

def f(obj):
    cdef void *p = <void *>(obj + g)
    cdef char *q
    q = <char *>(obj * 2)
    p = <void *>obj
    return 0

_ERRORS = """
7:19: Casting temporary Python object to non-numeric non-Python type
7:4: Storing unsafe C derivative of temporary Python reference
9:8: Casting temporary Python object to non-numeric non-Python type
9:8: Storing unsafe C derivative of temporary Python reference
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
