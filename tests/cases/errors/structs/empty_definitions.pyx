cdef struct spam:
    pass

ctypedef union eggs: pass

cdef enum ham:
    pass

cdef enum: pass

cdef struct forward

cdef extern from *:
    struct header_struct:
        pass
    enum header_enum:
        pass

_ERRORS = """
1:0: Empty struct or union definition not allowed outside a 'cdef extern from' block
4:0: Empty struct or union definition not allowed outside a 'cdef extern from' block
6:0: Empty enum definition not allowed outside a 'cdef extern from' block
9:0: Empty enum definition not allowed outside a 'cdef extern from' block
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3): a forward declaration
# and a header's empty types are allowed.
