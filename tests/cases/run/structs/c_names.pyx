# C names given in declarations: a header's struct and typedef spelt otherwise in C
# (`struct Point "real_point"`), and fields named otherwise in C (`int x "real_x"`), in a
# header's struct and in the module's own; Python sees the declared names (dict keys,
# constructor keywords, attributes).

cdef extern from *:
    """
    struct real_point { int real_x; int real_y; };
    typedef struct { double re; double im; } cplx_t;
    """
    struct Point "real_point":
        int x "real_x"
        int y "real_y"
    ctypedef struct Cplx "cplx_t":
        double real "re"
        double imag "im"

cdef struct OverriddenCname:
    int x "not_x"
    double arr "values"[2]

def header_structs(int a, int b):
    """
    >>> header_structs(3, 4)
    ({'x': 3, 'y': 5}, 3, {'real': 1.5, 'imag': -2.0})
    """
    cdef Point p = Point(a, b)
    p.y += 1
    cdef Cplx c
    c.real = 1.5
    c.imag = -2
    return p, p.x, c

def own_struct(OverriddenCname s):
    """
    >>> own_struct({'x': 5, 'arr': [1, 2]})
    ({'x': 5, 'arr': [1.0, 10.0]}, 10.0)
    >>> own_struct({'arr': [1, 2]})
    Traceback (most recent call last):
    ValueError: No value specified for struct attribute 'x'
    """
    s.arr[1] = s.x * 2
    return s, s.arr[1]

def constructed():
    """
    >>> constructed()
    ({'x': 2, 'arr': [0.5, 0.25]}, {'x': 1, 'y': 7})
    """
    cdef OverriddenCname o = OverriddenCname(2, [0.5, 0.25])
    cdef Point q = Point(y=7, x=1)
    return o, q
