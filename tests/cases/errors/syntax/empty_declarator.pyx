cdef int
cdef object
cdef double
cdef Py_ssize_t
cdef unsigned
def f():
    cdef long

_ERRORS = """
1:8: Empty declarator
3:11: Empty declarator
4:15: Empty declarator
5:13: Empty declarator
7:13: Empty declarator
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3); `cdef object` alone gets no error there.
