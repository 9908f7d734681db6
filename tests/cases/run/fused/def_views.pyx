# def fused functions taking memoryviews: a buffer decides by its items' kind and size and its
# number of dimensions; None decides for the first member unless the parameter is 'not None'.
from array import array
cimport cython

ctypedef fused uns:
    unsigned char
    signed char
    unsigned int
    int

ctypedef fused mvt:
    float[:]
    double[:, ::1]

ctypedef fused mixed:
    int
    double[:]
    object
    list

def fmv(cython.floating[:] a):
    """
    >>> fmv(array('d', [1, 2])), fmv(array('f', [1, 2]))
    ('double[:]', 'float[:]')
    >>> fmv(memoryview(array('d', [1.0])))
    'double[:]'
    >>> fmv(None)
    'float[:]'
    >>> fmv(array('i', [1]))
    Traceback (most recent call last):
    TypeError: No matching signature found
    >>> fmv(b'ab')
    Traceback (most recent call last):
    TypeError: No matching signature found
    >>> fmv([1.0])
    Traceback (most recent call last):
    TypeError: No matching signature found
    >>> sorted(fmv.__signatures__)
    ['double', 'float']
    """
    return cython.typeof(a)

def fmv_nn(cython.floating[:] a not None):
    """
    >>> fmv_nn(array('f', [1]))
    'float[:]'
    >>> fmv_nn(None)
    Traceback (most recent call last):
    TypeError: No matching signature found
    """
    return cython.typeof(a)

def fint(cython.integral[:] a):
    """
    >>> fint(array('i', [1])), fint(array('l', [1])), fint(array('q', [1])), fint(array('h', [1])), fint(None)
    ('int[:]', 'long[:]', 'long[:]', 'short[:]', 'short[:]')
    >>> fint(array('b', [1]))
    Traceback (most recent call last):
    TypeError: No matching signature found
    """
    return cython.typeof(a)

def fnum(cython.numeric[:] a):
    """
    >>> fnum(array('d', [1])), fnum(array('f', [1])), fnum(array('i', [1])), fnum(array('l', [1]))
    ('double[:]', 'float[:]', 'int[:]', 'long[:]')
    """
    return cython.typeof(a)

def funs(uns[:] a):
    """
    >>> funs(array('i', [1])), funs(array('I', [1])), funs(array('B', [1])), funs(array('b', [1])), funs(bytearray(b'x'))
    ('int[:]', 'unsigned int[:]', 'unsigned char[:]', 'signed char[:]', 'unsigned char[:]')
    """
    return cython.typeof(a)

def fmvt(mvt a):
    """
    >>> fmvt(array('f', [1]))
    'float[:]'
    >>> fmvt(array('d', [1]))
    Traceback (most recent call last):
    TypeError: No matching signature found
    >>> fmvt(memoryview(array('d', [1, 2, 3, 4])).cast('B').cast('d', (2, 2)))
    'double[:, ::1]'
    >>> sorted(fmvt.__signatures__)
    ['double[:, ::1]', 'float[:]']
    """
    return cython.typeof(a)

def fmixed(mixed a):
    """
    >>> fmixed(1), fmixed(1.5), fmixed(array('d', [1])), fmixed([1]), fmixed('x'), fmixed(None)
    ('int', 'Python object', 'double[:]', 'list object', 'Python object', 'double[:]')
    """
    return cython.typeof(a)

def fmix(cython.floating[:] a, cython.integral b):
    """
    >>> fmix(None, 1)
    ('float[:]', 'long')
    >>> fmix(array('d', [1]), 1)
    ('double[:]', 'long')
    >>> fmix([1.0], 1)
    Traceback (most recent call last):
    TypeError: Function call with ambiguous argument types
    """
    return cython.typeof(a), cython.typeof(b)

def fboth(cython.floating[:] a, cython.floating[:] b):
    """
    >>> fboth(array('d', [1]), array('f', [1]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'float'
    """
    return cython.typeof(a), cython.typeof(b)

def fsum(cython.floating[:] a):
    """
    >>> fsum(array('d', [1.5, 2.5])), fsum(array('f', [0.5, 0.25]))
    (4.0, 0.75)
    """
    cdef cython.floating s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i]
    return s

def fdefault(cython.floating[:] a=None):
    """
    >>> fdefault()
    ('float[:]', True)
    """
    return cython.typeof(a), a is None
