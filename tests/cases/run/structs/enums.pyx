# cdef enum (named and anonymous) and cpdef enum (a Python-visible IntEnum class): values,
# implicit numbering, constants as array sizes, conversions to and from Python, enum-typed
# parameters of cdef and def functions. (Scoped `enum class` is C++-only: errors/structs.)
# Expected outputs recorded from Cython 3.3.0.

cdef enum Color:
    RED
    GREEN = 5
    BLUE

cpdef enum:
    ANON_A = 2
    ANON_B

cdef enum Signed:
    MINUS = -1
    ZERO

cdef enum:
    N = 8
    M = N * 2

cpdef enum Shape:
    CIRCLE = 1
    SQUARE
    TRIANGLE = 10

def values():
    """
    >>> values()
    (0, 5, 6, 8, 16)
    >>> Shape.__module__, Shape.__name__, len(Shape)
    ('enums', 'Shape', 3)
    """
    return RED, GREEN, BLUE, N, M

def value_types():
    """
    >>> value_types()
    ('int', 'int')
    """
    return type(RED).__name__, type(N).__name__

def array_size():
    """
    >>> array_size()
    (8, 28, 16)
    """
    cdef int a[N]
    cdef double b[M]
    cdef int i
    for i in range(N):
        a[i] = i
    return len(a), sum(a), sizeof(a) * 2 // (N // 2)

def arithmetic(int k):
    """
    >>> arithmetic(3)
    (24, 11, True, 1)
    """
    cdef Color c = BLUE
    return N * k, GREEN + BLUE, c > GREEN, BLUE - GREEN

cdef const char* color_name(Color c):
    if c == RED:
        return b"red"
    elif c == GREEN:
        return b"green"
    return b"other"

def names():
    """
    >>> names()
    (b'red', b'green', b'other', b'other')
    """
    return color_name(RED), color_name(GREEN), color_name(BLUE), color_name(<Color>42)

def negative_cast():
    """
    gcc gives an enum without negative values the type unsigned int.

    >>> negative_cast()
    (4294967295, -1, 0)
    """
    return <Color>-1, MINUS, ZERO

def from_python(Color c):
    """
    >>> from_python(5)
    5
    >>> from_python(99)
    99
    >>> from_python(2**32 - 1)
    4294967295
    >>> from_python(2**32)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    OverflowError: value too large to convert to ...
    >>> from_python(-1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    OverflowError: can't convert negative value to ...
    >>> from_python(1.5)
    1
    """
    return c

def cpdef_enum():
    """
    >>> cpdef_enum()
    ('Shape', 'CIRCLE', 1, 2, <Shape.TRIANGLE: 10>, True)
    >>> Shape.SQUARE
    <Shape.SQUARE: 2>
    >>> SQUARE
    Traceback (most recent call last):
    ...
    NameError: name 'SQUARE' is not defined
    >>> [s.name for s in Shape]
    ['CIRCLE', 'SQUARE', 'TRIANGLE']
    >>> Shape(10), Shape['CIRCLE']
    (<Shape.TRIANGLE: 10>, <Shape.CIRCLE: 1>)
    >>> Shape.SQUARE == 2, Shape.SQUARE + 1, isinstance(Shape.SQUARE, int)
    (True, 3, True)
    >>> import enum; issubclass(Shape, enum.IntEnum), issubclass(Shape, enum.IntFlag)
    (True, False)
    >>> Shape(3), Shape(3).name, Shape(3) is Shape(3)
    (<Shape: 3>, None, True)
    >>> Shape['X']
    Traceback (most recent call last):
    ...
    KeyError: 'X'
    """
    cdef object c = CIRCLE
    cdef object sq = Shape.SQUARE
    return type(c).__name__, c.name, int(c), sq.value, TRIANGLE, CIRCLE in Shape

def c_view_of_members():
    """
    >>> c_view_of_members()
    (1, 'int', 12)
    """
    cdef int i = CIRCLE
    n = CIRCLE + 1
    return i, type(n).__name__, SQUARE + TRIANGLE

def cpdef_enum_returned():
    """
    >>> cpdef_enum_returned()
    (<Shape.SQUARE: 2>, <Shape.TRIANGLE: 10>, 2)
    """
    cdef Shape s = SQUARE
    cdef int i = s
    return s, TRIANGLE, i

def cpdef_enum_arg(Shape s):
    """
    >>> cpdef_enum_arg(Shape.TRIANGLE)
    (10, <Shape.TRIANGLE: 10>)
    >>> cpdef_enum_arg(2)
    (2, <Shape.SQUARE: 2>)
    >>> cpdef_enum_arg(4)
    (4, <Shape: 4>)
    """
    cdef int i = s
    return i, s

cdef int weight(Color c, Shape s):
    return <int>c * 100 + <int>s

def enum_params():
    """
    >>> enum_params()
    (601, 10)
    """
    return weight(BLUE, CIRCLE), weight(RED, TRIANGLE)

def module_attrs():
    """
    Members of a named cpdef enum stay in their class; those of an anonymous one are module
    attributes (plain ints).

    >>> ANON_A, ANON_B, type(ANON_B).__name__
    (2, 3, 'int')
    >>> str(Shape.SQUARE), format(Shape.SQUARE), f"{Shape.TRIANGLE:>4}"
    ('2', '2', '  10')
    >>> module_attrs()
    (False, False, False, True)
    """
    import sys
    m = sys.modules[__name__]
    return hasattr(m, 'RED'), hasattr(m, 'Color'), hasattr(m, 'SQUARE'), hasattr(m, 'Shape')
