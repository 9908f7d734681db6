# mode: error
# A public or readonly attribute of a pointer type has no Python form.
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.

ctypedef int* IntP
ctypedef void* Handle

cdef class Holder:
    cdef IntP hidden
    cdef readonly IntP seen
    cdef public Handle handle

_ERRORS = """
10:23: C attribute of type 'IntP' cannot be accessed from Python
10:23: Cannot convert 'IntP' to Python object
11:23: C attribute of type 'Handle' cannot be accessed from Python
11:23: Cannot convert 'Handle' to Python object
11:23: Cannot convert Python object to 'Handle'
"""
