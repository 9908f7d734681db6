cdef extern from *:
    ctypedef class Foo [object FooStruct]:
        cdef int x

_ERRORS = """
2:4: Module name required for 'extern' C class
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
