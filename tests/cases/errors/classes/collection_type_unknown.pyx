cimport cython

@cython.collection_type("tuple")
cdef class A:
    pass

_ERRORS = """
3:0: collection_type directive must be one of ('sequence', 'mapping'), got 'tuple'
"""
# Cython 3.3.0 crashes here ("Compiler crash in InterpretCompilerDirectives", a Cython defect);
# pyxc gives the message Cython's validation of that directive's values has for it.
