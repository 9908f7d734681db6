# cpdef fused functions: called from Cython, the specialization the arguments' C types select (or
# f[double]); from Python, the object that dispatches as a def fused function's does.
cimport cython

ctypedef fused T:
    int
    double

cpdef str cpf(T a):
    """A cpdef fused function."""
    return cython.typeof(a)

def from_cython():
    """
    >>> from_cython()
    ('int', 'double', 'double')
    """
    cdef int i = 1
    return cpf(i), cpf(1.0), cpf[double](1)

def from_python():
    """
    >>> cpf(1), cpf(1.5), list(cpf.__signatures__), cpf['double'](2), cpf.__doc__
    ('int', 'double', ['int', 'double'], 'double', 'A cpdef fused function.')
    >>> cpf('x')
    Traceback (most recent call last):
    TypeError: No matching signature found
    """

cpdef void fill(cython.floating[:] a, double v=1.5):
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        a[i] = v

cpdef cython.integral twice(cython.integral x, int k=2):
    return x * k

def more():
    """
    >>> from array import array
    >>> a = array('f', [0, 0]); fill(a); list(a)
    [1.5, 1.5]
    >>> b = array('d', [0]); fill(b, 2.5); list(b)
    [2.5]
    >>> twice(3), twice(3, 3), more()
    (6, 9, (12, 10))
    """
    cdef short s = 6
    cdef long l = 5
    return twice(s), twice(l)
