cdef struct Holder:
    int n
    object obj
    list items

_ERRORS = """
3:11: C struct/union member cannot be a Python object
4:9: C struct/union member cannot be a Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
