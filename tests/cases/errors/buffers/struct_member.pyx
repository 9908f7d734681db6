cdef struct S:
    object[int] member

_ERRORS = """
2:16: Buffer types only allowed as function local variables
2:16: C struct/union member cannot be a Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
