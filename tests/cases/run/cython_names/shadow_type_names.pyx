# The C types of Cython's Shadow module named in one word (cython.ulonglong, cython.sshort, cython.longdouble, ...) in sizeof and cython.declare.
import cython
def f():
    """
    >>> f()
    (True, True, True, True)
    """
    return (sizeof(cython.char) <= sizeof(cython.short) <= sizeof(cython.int) <= sizeof(cython.long) <= sizeof(cython.longlong),
            sizeof(cython.uint) == sizeof(cython.int), sizeof(cython.p_int) == sizeof(cython.p_double),
            sizeof(cython.ulonglong) == sizeof(cython.slonglong))
def g(n):
    """
    >>> g(3)
    ('unsigned char', 'short', 'unsigned long long', 'long double', 'double complex')
    """
    a = cython.declare(cython.uchar, n)
    b = cython.declare(cython.sshort, n)
    c = cython.declare(cython.ulonglong, n)
    d = cython.declare(cython.longdouble, n)
    e = cython.declare(cython.doublecomplex, n)
    return cython.typeof(a), cython.typeof(b), cython.typeof(c), cython.typeof(d), cython.typeof(e)
