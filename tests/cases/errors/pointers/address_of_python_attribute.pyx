# The address of a Python attribute: an lvalue Cython refuses by name, as it refuses a Python
# variable's and an object field's; a computed value is no lvalue at all.
cdef class Ext:
    cdef int a
    cdef object o

def f(int a):
    cdef Ext e = Ext()
    o = object()
    po1 = &o
    po2 = &o.xyz
    po3 = &e.o
    po4 = &e.a
    po5 = &(o + 1)

_ERRORS = """
10:10: Cannot take address of Python variable 'o'
11:10: Cannot take address of Python object attribute 'xyz'
12:10: Cannot take address of Python object attribute 'o'
14:10: Taking address of non-lvalue (type Python object)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
