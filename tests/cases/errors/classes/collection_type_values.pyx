cimport cython

@cython.collection_type('sequence')
@cython.collection_type('mapping')
cdef class BothCollection:
    pass

@cython.collection_type('sequence')
@cython.collection_type('sequence')
cdef class SameTwice:
    pass

_ERRORS = """
3:0: Multiple values of collection_type are not supported
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
