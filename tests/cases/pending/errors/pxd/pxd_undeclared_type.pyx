# mode: error

cdef class Box:
    def get(self):
        return self.size

cdef missing_t convert(int x):
    return x

_ERRORS = """
pxd_undeclared_type.pxd:3:9: 'undefined_t' is not a type identifier
pxd_undeclared_type.pxd:5:5: 'missing_t' is not a type identifier
7:5: 'missing_t' is not a type identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
