# ctypedef: aliases of scalar, unsigned and pointer types, ctypedef'd structs and enums, typedefs
# of typedefs, typedefs in def signatures (conversion errors name the underlying C type, not the
# typedef) and in cdef functions, casts and sizeof through a typedef.
# Expected outputs recorded from Cython 3.3.0.

ctypedef double real
ctypedef unsigned long long u64
ctypedef unsigned char byte
ctypedef int* intptr
ctypedef real meters

ctypedef struct Pair:
    int a
    int b

ctypedef enum Flag:
    OFF
    ON

cdef struct Point:
    double x
    double y

ctypedef Point Vec

def scalar(real r):
    """
    >>> scalar(1.5)
    (3.0, 'float')
    >>> scalar(2)
    (4.0, 'float')
    """
    cdef real twice = r * 2
    return twice, type(twice).__name__

def unsigned_big(u64 v):
    """
    >>> unsigned_big(2**64 - 1)
    (18446744073709551615, 0)
    >>> unsigned_big(-1)
    Traceback (most recent call last):
    ...
    OverflowError: can't convert negative value to unsigned PY_LONG_LONG
    >>> unsigned_big(2**64)
    Traceback (most recent call last):
    ...
    OverflowError: Python int too large to convert to C unsigned long
    """
    cdef u64 w = v + 1
    return v, w

def byte_arg(byte b):
    """
    >>> byte_arg(255)
    (255, 0)
    >>> byte_arg(300)
    Traceback (most recent call last):
    ...
    OverflowError: value too large to convert to unsigned char
    >>> byte_arg(-1)
    Traceback (most recent call last):
    ...
    OverflowError: can't convert negative value to unsigned char
    """
    cdef byte c = b + 1
    return b, c

def byte_return():
    """
    >>> byte_return()
    (44, 'int')
    """
    cdef byte b = <byte>300
    return b, type(b).__name__

def pointer_typedef():
    """
    >>> pointer_typedef()
    (7, 8)
    """
    cdef int x = 7
    cdef intptr p = &x
    cdef int y = p[0]
    p[0] = 8
    return y, x

def typedef_of_typedef(meters m):
    """
    >>> typedef_of_typedef(2.5)
    (5.0, True)
    """
    cdef real r = m
    return r * 2, sizeof(meters) == sizeof(double)

def struct_typedef():
    """
    >>> struct_typedef()
    (3, 4, {'a': 3, 'b': 4})
    """
    cdef Pair p = Pair(3, 4)
    return p.a, p.b, p

def struct_typedef_arg(Pair p):
    """
    >>> struct_typedef_arg({'a': 1, 'b': 2})
    3
    >>> struct_typedef_arg({'a': 1})
    Traceback (most recent call last):
    ...
    ValueError: No value specified for struct attribute 'b'
    """
    return p.a + p.b

def alias_of_struct():
    """
    >>> alias_of_struct()
    {'x': 1.0, 'y': 2.0}
    """
    cdef Vec v = Vec(1, 2)
    cdef Point p = v
    return p

def enum_typedef(Flag f):
    """
    >>> enum_typedef(1)
    (1, 0, True)
    >>> enum_typedef(-1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    OverflowError: can't convert negative value to ...
    """
    return f, OFF, f == ON

cdef u64 mul(u64 a, u64 b):
    return a * b

cdef real half(real x):
    return x / 2

def in_cdef():
    """
    >>> in_cdef()
    (1, 1.25)
    """
    return mul(2**63, 2) + 1, half(2.5)

def casts_and_sizes():
    """
    >>> casts_and_sizes()
    (8, 1, 8, 8, 255, 3.0)
    """
    return sizeof(u64), sizeof(byte), sizeof(intptr), sizeof(Pair), <byte>-1, <real>3
