# del of what is not a Python object: a call (a syntax error Cython goes on from), a C local, a C
# array's item, a pointer's item, a struct field (also through a pointer), a captured variable,
# a module-level cdef variable.
cdef struct S:
    int m

cdef object g

def f(a):
    cdef int i = 0, x[2]
    cdef int *p = x
    cdef S s
    cdef S *ps = &s
    del f()
    del i
    del x[i]
    del p[0]
    del s.m
    del ps.m

def outer(a):
    def inner():
        return a
    del a
    return inner()

def h():
    global g
    del g

del g

_ERRORS = """
14:9: Cannot assign to or delete this
15:8: Deletion of non-Python, non-C++ object
16:9: Deletion of non-Python, non-C++ object
17:9: Deletion of non-Python, non-C++ object
18:9: Deletion of non-Python, non-C++ object
19:10: Deletion of non-Python, non-C++ object
24:8: can not delete variable 'a' referenced in nested scope
29:8: Deletion of global C variable
31:4: Deletion of global C variable
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).
