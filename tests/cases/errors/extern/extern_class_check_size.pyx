cdef extern from *:
    ctypedef class mod.Foo [object FooStruct, check_size hihi]:
        cdef int x

_ERRORS = """
2:61: Expected one of ignore, warn or error, found 'hihi'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
