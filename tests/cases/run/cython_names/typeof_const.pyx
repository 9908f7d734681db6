# cython.typeof names a const parameter's type, and what a pointer to const or a const view holds,
# with its const (in fused specializations too).
cimport cython
ctypedef fused ints_t:
    int
    long

cdef _f(const cython.floating f, const ints_t i):
    return (cython.typeof(f), cython.typeof(i))

cdef g(const cython.floating val, const ints_t * ptr_to_const, const (cython.floating *) const_ptr):
    return (cython.typeof(val), cython.typeof(ptr_to_const[0]), cython.typeof(const_ptr[0]))

def t():
    """
    >>> t()
    (('const double', 'const int'), ('const float', 'const int', 'float'))
    """
    cdef float a = 0.0
    cdef int b = 1
    cdef float c = 2.0
    return _f[cython.double, int](2.0, 3), g(a, &b, &c)

cdef h(const int k, const char *p, const double[:] v):
    cdef int j = k
    return cython.typeof(k), cython.typeof(j), cython.typeof(p), cython.typeof(p[0]), cython.typeof(v[0])

def consts():
    """
    >>> consts()
    ('const int', 'int', 'const char *', 'const char', 'const double')
    """
    cdef double[3] a = [1, 2, 3]
    return h(3, b"x", a)
