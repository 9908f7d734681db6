# A cdef function whose parameter or result has no Python form cannot become a Python object.
cdef int takes_pointer(int *p):
    return 0

cdef int *gives_pointer(int a):
    return NULL

def g():
    cdef object a = takes_pointer
    cdef object b = gives_pointer
    return a, b

_ERRORS = """
9:20: Cannot convert 'int (int *) except? -1' to Python object
10:20: Cannot convert 'int *(int) except? NULL' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
