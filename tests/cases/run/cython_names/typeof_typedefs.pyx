# cython.typeof names a variable declared with a ctypedef by the typedef's name (through pointers
# and arrays), and a fused type's member that is a ctypedef by that name in each specialization.
cimport cython
from libc.string cimport const_char

cdef class A:
    pass

ctypedef A aliased
ctypedef long myint
ctypedef char mychar

ctypedef fused with_typedefs:
    aliased
    myint
    float

def member(with_typedefs x):
    cdef with_typedefs y = x
    return cython.typeof(x), cython.typeof(y)

def declared(aliased a):
    """
    >>> declared(A())
    ('aliased', 'myint', 'mychar [4]', 'mychar *', 'const_char *')
    """
    cdef myint i = 1
    cdef mychar[4] chars
    cdef mychar *p = chars
    cdef const_char *s = b"x"
    return cython.typeof(a), cython.typeof(i), cython.typeof(chars), cython.typeof(p), cython.typeof(s)

def members():
    """
    >>> members()
    (('aliased', 'aliased'), ('myint', 'myint'), ('float', 'float'))
    """
    return member(A()), member(3), member[float](2.5)
