# A cdef method's vtable slot says whether it may be called without the GIL: the definition must
# say what the .pxd declares, either way.
cdef class C:
    cdef void f(self):
        pass

    cdef void g(self) nogil:
        pass

_ERRORS = """
4:4: Signature not compatible with previous declaration
method_nogil_mismatch.pxd:2:15: Previous declaration is here
7:4: Signature not compatible with previous declaration
method_nogil_mismatch.pxd:3:15: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
