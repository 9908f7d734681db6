# def fused functions called from Python: the first argument of each fused type picks its member
# (a Python int the widest C integer, a float a C floating type, a bool a bint where it comes
# first), the later ones are converted to it; Cython's errors when nothing or several fit.
# Compiler-directive decorators apply to each specialization.
cimport cython

ctypedef fused T:
    int
    double

ctypedef fused U:
    float
    long

ctypedef fused BI:
    bint
    int

ctypedef fused IB:
    int
    bint

ctypedef fused LS:
    long
    Py_ssize_t
    short

ctypedef fused UI:
    unsigned int
    int

ctypedef fused objs:
    list
    tuple
    dict
    str

ctypedef fused objint:
    list
    object
    int

def ffloat(cython.floating a):
    """
    >>> ffloat(1.5)
    ('double', 1.5)
    >>> ffloat(1)
    Traceback (most recent call last):
    TypeError: No matching signature found
    >>> ffloat(True)
    Traceback (most recent call last):
    TypeError: No matching signature found
    >>> class MyFloat(float): pass
    >>> ffloat(MyFloat(2.0))
    ('double', 2.0)
    """
    return cython.typeof(a), a

def fsame(T a, T b):
    """
    >>> fsame(1, 1.5)
    ('int', 1, 1)
    >>> fsame(1.5, 2)
    ('double', 1.5, 2.0)
    >>> fsame(1, 'x')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> fsame(2 ** 40, 1)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    >>> fsame('s', 's')
    Traceback (most recent call last):
    TypeError: No matching signature found
    >>> fsame(None, None)
    Traceback (most recent call last):
    TypeError: No matching signature found
    """
    return cython.typeof(a), a, b

def f2(T a, U b):
    """
    >>> f2(1, 2)
    'int,long'
    >>> f2(1.0, 2.0)
    'double,float'
    >>> f2(1, 'x')
    Traceback (most recent call last):
    TypeError: Function call with ambiguous argument types
    >>> f2('x', 'y')
    Traceback (most recent call last):
    TypeError: Function call with ambiguous argument types
    """
    return cython.typeof(a) + "," + cython.typeof(b)

def fbi(BI a):
    """
    >>> fbi(True), fbi(1)
    (('bint', True), ('int', 1))
    """
    return cython.typeof(a), a

def fib(IB a):
    """
    >>> fib(True), fib(1)
    (('int', 1), ('int', 1))
    """
    return cython.typeof(a), a

def fls(LS a):
    """
    >>> fls(1)
    'Py_ssize_t'
    """
    return cython.typeof(a)

def fui(UI a):
    """
    >>> fui(1)
    ('unsigned int', 1)
    >>> fui(-1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to unsigned int
    """
    return cython.typeof(a), a

def fobjs(objs a):
    """
    >>> fobjs([1]), fobjs((1,)), fobjs({}), fobjs('s')
    ('list object', 'tuple object', 'dict object', 'str object')
    >>> fobjs(1)
    Traceback (most recent call last):
    TypeError: No matching signature found
    """
    return cython.typeof(a)

def foi(objint a):
    """
    >>> foi([1]), foi(1), foi('s'), foi(True)
    ('list object', 'int', 'Python object', 'int')
    """
    return cython.typeof(a)

def fdef(cython.integral a, cython.floating b=2.5, c=3, *, cython.integral d=4):
    """
    >>> fdef(1)
    ('long', 'double', 'long', 1, 2.5, 3, 4)
    >>> fdef(a=1)
    ('long', 'double', 'long', 1, 2.5, 3, 4)
    >>> fdef(1, b=1.5, d=7)
    ('long', 'double', 'long', 1, 1.5, 3, 7)
    >>> fdef(1, 2)
    Traceback (most recent call last):
    TypeError: Function call with ambiguous argument types
    >>> fdef(1.5)
    Traceback (most recent call last):
    TypeError: Function call with ambiguous argument types
    >>> fdef()
    Traceback (most recent call last):
    TypeError: Expected at least 1 argument, got 0
    >>> fdef(b=1.0)
    Traceback (most recent call last):
    TypeError: Expected at least 1 argument, got 0
    >>> fdef(1, 2.0, 3, 4)
    Traceback (most recent call last):
    TypeError: fdef() takes at most 3 positional arguments (4 given)
    >>> fdef(1, e=5)
    Traceback (most recent call last):
    TypeError: fdef() got an unexpected keyword argument 'e'
    """
    return cython.typeof(a), cython.typeof(b), cython.typeof(d), a, b, c, d

def fkwonly(cython.integral a, *, cython.floating b):
    """
    >>> fkwonly(1, b=2.0)
    ('long', 'double', 1, 2.0)
    >>> fkwonly(1)
    Traceback (most recent call last):
    TypeError: Missing keyword-only argument: 'b'
    >>> fkwonly(1, 2.0)
    Traceback (most recent call last):
    TypeError: fkwonly() takes exactly 1 positional argument (2 given)
    >>> fkwonly(1, b=2)
    Traceback (most recent call last):
    TypeError: Function call with ambiguous argument types
    """
    return cython.typeof(a), cython.typeof(b), a, b

@cython.boundscheck(False)
@cython.wraparound(False)
def fdecorated(cython.floating[:] xs):
    """
    >>> import array
    >>> fdecorated(array.array('f', [1.5, 2.5]))
    ('float', 4.0)
    >>> fdecorated(array.array('d', [1.0]))
    ('double', 1.0)
    """
    cdef Py_ssize_t i
    cdef double s = 0
    for i in range(xs.shape[0]):
        s += xs[i]
    return cython.typeof(xs[0]), s
