# mode: error

cdef class Counter:
    cdef int count
    cdef object extra

    def get(self):
        return self.count

_ERRORS = """
4:13: C attributes cannot be added in implementation part of extension type defined in a pxd
4:13: 'count' redeclared 
class_field_redeclared.pxd:2:13: Previous declaration is here
5:16: C attributes cannot be added in implementation part of extension type defined in a pxd
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
