# C complex numbers: declarations, literals, arithmetic, coercions, parts and the conjugate.
cimport cython


def kinds(double complex z):
    """
    >>> kinds(1+2j)
    ('double complex', 'float complex', 'long double complex', 'int complex', 'double complex', 'double complex')
    """
    cdef float complex f = z
    cdef long double complex g = z
    cdef int complex i = 3
    cdef complex c = z
    return (cython.typeof(z), cython.typeof(f), cython.typeof(g), cython.typeof(i), cython.typeof(c), cython.typeof(1j))


def arithmetic(double complex z, double complex w):
    """
    >>> arithmetic(2j, 4j)
    (2j, (-0-2j), 6j, -2j, (-8+0j), (0.5+0j))
    >>> arithmetic(5-10j, 3+4j)
    ((5-10j), (-5+10j), (8-6j), (2-14j), (55-10j), (-1-2j))
    """
    return +z, -z, z + w, z - w, z * w, z / w


def mixed(int i, double d, double complex z):
    """
    >>> mixed(2, 0.5, 1+1j)
    ((3+1j), (0.5+0.5j), (1.5+1j), (2+2j), ('double complex', 'double complex'))
    """
    return z + i, d * z, z + d, i * z, (cython.typeof(i * z), cython.typeof(d + z))


def literals():
    """
    >>> literals()
    (5j, (1-2.5j), 'double complex', (2+3j))
    """
    x = 1 + 2j
    x = x + 1j + 1
    return 5j, 1 - 2.5j, cython.typeof(x), x


def from_objects(o):
    """
    >>> from_objects(2)
    ((2+0j), (2+0j), (2+0j))
    >>> from_objects(2.5)
    ((2.5+0j), (2.5+0j), (2.5+0j))
    >>> from_objects(-0.5 + 2j)
    ((-0.5+2j), (-0.5+2j), (-0.5+2j))
    >>> from_objects("x")
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    cdef float complex a = o
    cdef double complex b = o
    cdef long double complex c = o
    return a, b, c


class WithComplex:
    def __complex__(self):
        return 3 - 4j


def dunder_complex():
    """
    >>> dunder_complex()
    (3-4j)
    """
    cdef double complex z = WithComplex()
    return z


def parts(double complex z):
    """
    >>> parts(1-3j)
    (1.0, -3.0, (1+3j), 'double')
    >>> parts(5)
    (5.0, 0.0, (5-0j), 'double')
    """
    return z.real, z.imag, z.conjugate(), cython.typeof(z.real)


def set_parts(a, double b):
    """
    >>> set_parts(1, 2)
    (1+2j)
    >>> set_parts(1.5, -3.5)
    (1.5-3.5j)
    """
    cdef double complex z
    z.real = a
    z.imag = b
    return z


def float_parts(float complex z):
    """
    >>> float_parts(1.5 + 2.5j)
    (1.5, 2.5, 'float', (1.5-2.5j))
    """
    return z.real, z.imag, cython.typeof(z.imag), z.conjugate()


def compare(double complex a, double complex b, int i):
    """
    >>> compare(3, 3, 3)
    (True, False, True, False, True)
    >>> compare(3j, 3, 3)
    (False, True, False, True, False)
    """
    return a == b, a != b, a == i, i != a, a == 3.0


def modulus(double complex z, float complex f):
    """
    >>> modulus(3+4j, 6+8j)
    (5.0, 10.0, 'double', 'float')
    """
    return abs(z), abs(f), cython.typeof(abs(z)), cython.typeof(abs(f))


def int_complex(int complex a, int complex b):
    """
    >>> int_complex(6+9j, 3j)
    ((-6-9j), (6+12j), (6+6j), (-27+18j), (3-2j), 'double complex')
    """
    return -a, a + b, a - b, a * b, a / b, cython.typeof(a / b)


def division_by_zero(double complex z):
    """
    >>> division_by_zero(4j)
    -0.25j
    >>> division_by_zero(0)
    Traceback (most recent call last):
    ZeroDivisionError: float division
    """
    return 1 / z


@cython.cdivision(True)
def c_division(double complex z, double complex w):
    """
    >>> c_division(4j, 2)
    2j
    """
    return z / w


def power(double complex z, double complex w):
    """
    >>> abs(power(3+1j, 2) - (8+6j)) < 1e-12
    True
    >>> abs(power(-1, 0.5) - 1j) < 1e-15
    True
    """
    return z ** w


def casts(double x, double complex z):
    """
    >>> casts(2.5, 2.5 + 3.5j)
    ((2.5+0j), (2+3j), 2)
    """
    cdef double complex xx = <double complex>x
    cdef int complex zz = <int complex>z
    return xx, zz, <int>z


ctypedef double complex cdouble

cdef cdouble twice(cdouble z) noexcept nogil:
    return z * 2 + z.conjugate() - z.conjugate()


def typedef_nogil(cdouble z):
    """
    >>> typedef_nogil(1.5+2j)
    ((3+4j), 5.0)
    """
    cdef double m
    with nogil:
        z = twice(z)
        m = abs(z)
    return z, m


cpdef double complex unit():
    """
    >>> unit()
    1j
    """
    return 1j


cdef struct Point:
    double x
    double complex z


def struct_field():
    """
    >>> struct_field()
    {'x': 1.0, 'z': (2+1j)}
    """
    cdef Point p = Point(x=1, z=2 + 1j)
    return p


DEF ROOT = 2 - 1j

def compile_time():
    """
    >>> compile_time()
    ((2-1j), (4-2j), True)
    """
    cdef double complex r = ROOT
    return ROOT, ROOT * 2, r == ROOT


def formatted(double complex z):
    """
    >>> formatted(1.5 - 2j)
    '(1.5-2j) 1.5'
    """
    return f"{z} {z.real}"


def conditional(double complex z, double d, bint b):
    """
    >>> conditional(1j, 0.5, True)
    1j
    >>> conditional(1j, 0.5, False)
    0.5
    """
    return z if b else d
