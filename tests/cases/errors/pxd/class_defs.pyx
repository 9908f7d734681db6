# A cimported .pxd's classes may not define def methods (but __getbuffer__ and __releasebuffer__,
# which fill the buffer slots), an extern class's neither.
cimport class_defs_support

_ERRORS = """
class_defs_support.pxd:4:4: function definition in pxd file must be declared 'cdef inline'
class_defs_support.pxd:17:8: function definition in pxd file must be declared 'cdef inline'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
