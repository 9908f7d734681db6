# cdef fused functions called from Cython: the specialization is chosen at compile time from the
# arguments' C types, as Cython ranks overloads (an exact match, then a promotion or a
# same-kind conversion by distance in rank, then a conversion to another kind of number).
cimport cython

ctypedef fused T:
    int
    double

ctypedef fused U:
    float
    long

cdef str cf(T a):
    return cython.typeof(a)

cdef str cint(cython.integral a):
    return cython.typeof(a)

cdef str cflo(cython.floating a):
    return cython.typeof(a)

cdef str cnum(cython.numeric a):
    return cython.typeof(a)

cdef str c2(T a, U b):
    return cython.typeof(a) + "," + cython.typeof(b)

cdef str csame(T a, T b):
    return cython.typeof(a) + "," + cython.typeof(b)

cdef str cptr(T *a):
    return cython.typeof(a)

cdef str cmv(cython.floating[:] a):
    return cython.typeof(a)

cdef T twice(T a):
    return a * 2

def scalars():
    """
    >>> for k, v in scalars(): print(k, v)
    cf(char) int
    cf(short) int
    cf(int) int
    cf(long) int
    cf(long long) int
    cf(unsigned int) int
    cf(unsigned long) int
    cf(float) double
    cf(double) double
    cf(bint) int
    cf(1) int
    cf(1.0) double
    cf(Py_ssize_t) int
    cf(size_t) int
    cint(char) int
    cint(int) int
    cint(long long) long
    cint(unsigned int) long
    cint(unsigned long) long
    cint(1) long
    cint(Py_ssize_t) long
    cint(size_t) long
    cint(bint) int
    cflo(1.0) double
    cflo(float) float
    cflo(long double) double
    cnum(char) int
    cnum(int) int
    cnum(unsigned int) long
    cnum(long long) long
    cnum(1) long
    cnum(1.0) double
    cnum(float) float
    cnum(float complex) float complex
    cnum(double complex) double complex
    """
    cdef char ch = 1
    cdef short s = 1
    cdef int i = 1
    cdef long l = 1
    cdef long long ll = 1
    cdef unsigned int ui = 1
    cdef unsigned long ul = 1
    cdef Py_ssize_t pss = 1
    cdef size_t sz = 1
    cdef float fl = 1
    cdef double d = 1
    cdef long double ld = 1
    cdef float complex fc = 1
    cdef double complex dc = 1
    cdef bint b = True
    return [
        ('cf(char)', cf(ch)), ('cf(short)', cf(s)), ('cf(int)', cf(i)), ('cf(long)', cf(l)), ('cf(long long)', cf(ll)),
        ('cf(unsigned int)', cf(ui)), ('cf(unsigned long)', cf(ul)), ('cf(float)', cf(fl)), ('cf(double)', cf(d)),
        ('cf(bint)', cf(b)), ('cf(1)', cf(1)), ('cf(1.0)', cf(1.0)), ('cf(Py_ssize_t)', cf(pss)), ('cf(size_t)', cf(sz)),
        ('cint(char)', cint(ch)), ('cint(int)', cint(i)), ('cint(long long)', cint(ll)), ('cint(unsigned int)', cint(ui)),
        ('cint(unsigned long)', cint(ul)), ('cint(1)', cint(1)), ('cint(Py_ssize_t)', cint(pss)), ('cint(size_t)', cint(sz)),
        ('cint(bint)', cint(b)),
        ('cflo(1.0)', cflo(1.0)), ('cflo(float)', cflo(fl)), ('cflo(long double)', cflo(ld)),
        ('cnum(char)', cnum(ch)), ('cnum(int)', cnum(i)), ('cnum(unsigned int)', cnum(ui)), ('cnum(long long)', cnum(ll)),
        ('cnum(1)', cnum(1)), ('cnum(1.0)', cnum(1.0)), ('cnum(float)', cnum(fl)), ('cnum(float complex)', cnum(fc)),
        ('cnum(double complex)', cnum(dc)),
    ]

def pairs():
    """
    >>> pairs()
    ('int,long', 'int,float', 'double,float', 'int,long', 'double,double', 'double,double', 'double,double')
    """
    cdef char ch = 1
    cdef int i = 1
    cdef double d = 1
    cdef float fl = 1
    return c2(1, 1), c2(i, d), c2(d, fl), c2(ch, ch), csame(i, d), csame(d, i), csame(1, 1.0)

def pointers_and_views():
    """
    >>> pointers_and_views()
    ('int *', 'double *', 'int *', 'double[:]', 'float[:]')
    """
    cdef int i = 1
    cdef int ia[3]
    cdef double da[3]
    cdef float fa[3]
    cdef double[:] dmv = da
    cdef float[:] fmv = fa
    return cptr(ia), cptr(da), cptr(&i), cmv(dmv), cmv(fmv)

def named():
    """
    >>> named()
    (4, 5.0, 'double', 'float', 'int,float')
    """
    cdef int i = 2
    return twice(i), twice[double](2.5), cflo[double](1), cflo[float](1), c2[int, float](1, 2)
