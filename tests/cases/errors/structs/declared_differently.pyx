cdef struct Foo

ctypedef struct Foo:
    int i

ctypedef struct Blarg:
    char c

cdef struct Blarg

cdef struct Same

cdef struct Same:
    int j

_ERRORS = """
3:0: 'Foo' previously declared using 'cdef'
9:0: 'Blarg' previously declared using 'ctypedef'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
