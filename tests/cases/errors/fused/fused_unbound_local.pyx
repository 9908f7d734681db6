cimport cython

ctypedef fused T:
    int
    double

cdef k(T a):
    cdef cython.floating y = 1
    return y

_ERRORS = """
8:25: 'y' cannot be specialized since its type is not a fused argument to this function
8:25: 'y' cannot be specialized since its type is not a fused argument to this function
"""
# pyxc's own message, Cython's for the annotated form (y: cython.floating = 1): Cython 3.3.0 fails
# with a compiler crash in AnalyseDeclarationsTransform on this cdef form.
