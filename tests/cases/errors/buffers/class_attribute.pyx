cdef class A:
    cdef object[int] attribute

_ERRORS = """
2:21: Buffer types only allowed as function local variables
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
