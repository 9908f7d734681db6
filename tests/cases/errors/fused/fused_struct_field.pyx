cimport cython

cdef struct S:
    cython.floating x

_ERRORS = """
4:4: Fused types not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
