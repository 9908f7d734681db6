# A cdef declaration of a name its scope has already used above it; a function's defaults use
# names of the scope around it; a lambda's and a comprehension's names stay in their own scope;
# an extension type's attributes may be named first.
def f():
    cdef int j = 10
    p[0] = j
    cdef int *p = NULL

def g(a=y):
    z = [w for w in range(3)]
    cdef int w = 0
    return a

print(y)
cdef int y

cdef class C:
    print(attr)
    cdef int attr

def h():
    k = lambda: m
    cdef int m = 0
    return k

_ERRORS = """
7:14: cdef variable 'p' declared after it is used
15:9: cdef variable 'y' declared after it is used
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
