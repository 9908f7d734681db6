# mode: error

cdef class Complete:
    def link_is_none(self):
        return self.link is None

_ERRORS = """
class_forward_not_defined.pxd:1:0: C class 'Declared' is declared but not defined
class_forward_not_defined.pxd:1:0: C class 'Declared' is declared but not defined
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
