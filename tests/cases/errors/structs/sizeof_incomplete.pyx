cdef struct unbekannt
cdef extern from *:
    struct opaque_t
    ctypedef struct handle_t:
        pass
cdef int n
n = sizeof(unbekannt)
n = sizeof(opaque_t)
n = sizeof(void)
n = sizeof(handle_t)
n = sizeof(unbekannt*)

_ERRORS = """
7:4: Cannot take sizeof incomplete type 'unbekannt'
8:4: Cannot take sizeof incomplete type 'opaque_t'
9:4: Cannot take sizeof void
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
