cdef class A:
    cdef __del__(self):
        pass

_ERRORS = """
2:4: Special methods must be declared with 'def', not 'cdef'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
