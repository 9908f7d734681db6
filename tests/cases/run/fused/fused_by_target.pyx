# A cdef fused function named where a function pointer is wanted is the specialization of that
# pointer's type; `T in fused` written as a value is decided in each specialization; a fused
# function indexed by the specialization's own fused types calls the matching one.
cimport cython

ctypedef fused num:
    int
    double

ctypedef double (*dfunc)(double)

cdef num twice(num x):
    return x * 2

def by_assignment():
    """
    >>> by_assignment()
    (6.0, 4)
    """
    cdef double (*f)(double)
    cdef int (*g)(int)
    f = twice
    g = twice
    return f(3.0), g(2)

def by_declaration():
    """
    >>> by_declaration()
    7.0
    """
    cdef dfunc f = twice
    return f(3.5)

def by_cast():
    """
    >>> by_cast()
    (10.0, 3.0, 8)
    """
    h = <double (*)(double)> twice
    return (<double (*)(double)> twice)(5.0), h(1.5), (<int (*)(int)> twice)(4)

ctypedef fused just_float:
    float

cdef in_check(just_float x, cython.floating y):
    return just_float in cython.floating, cython.floating is double, cython.typeof(y)

def test_in_check():
    """
    >>> test_in_check()
    ((True, True, 'double'), (True, False, 'float'))
    """
    cdef float x = 1
    cdef float y = 2
    return in_check(x, 2.0), in_check(x, y)

cdef inner(cython.floating f, cython.integral i):
    return cython.typeof(f), cython.typeof(i)

def outer(cython.floating f, cython.integral i):
    """
    >>> outer['double', 'int'](2.0, 3)
    ('double', 'int')
    >>> outer['float', 'short'](2.0, 3)
    ('float', 'short')
    """
    return inner[cython.floating, cython.integral](f, i)

cdef const_pointer(const (cython.floating *) p, const cython.floating *q):
    p[0] = p[0] * 2 + q[0]
    q = NULL
    return p[0]

def test_const_pointer():
    """
    >>> test_const_pointer()
    (7.5, 7.5)
    """
    cdef double d = 2.5
    t = const_pointer(&d, &d)
    return d, t
