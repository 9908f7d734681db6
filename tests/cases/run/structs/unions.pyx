# cdef union: members written and read back through the same member, sizeof, a union inside a
# struct, union literals, coercion of a union to and from a Python dict (to Python: a dict of
# every member, each read from the union, so only a union of same-typed members is printed).
# Expected outputs recorded from Cython 3.3.0.

cdef union Number:
    int i
    double d
    char c

cdef union Same:
    int a
    int b

cdef struct Tagged:
    int kind
    Number value

cdef union Bytes4:
    unsigned int word
    unsigned char b[4]

def same_member():
    """
    >>> same_member()
    (42, 2.5, 65)
    """
    cdef Number n
    n.i = 42
    cdef int i = n.i
    n.d = 2.5
    cdef double d = n.d
    n.c = 65
    return i, d, n.c

def union_sizeof():
    """
    >>> union_sizeof()
    (8, 4, 16)
    """
    return sizeof(Number), sizeof(Bytes4), sizeof(Tagged)

def in_struct(int kind):
    """
    >>> in_struct(0)
    7
    >>> in_struct(1)
    0.75
    """
    cdef Tagged t
    t.kind = kind
    if kind == 0:
        t.value.i = 7
    else:
        t.value.d = 0.75
    if t.kind == 0:
        return t.value.i
    return t.value.d

def literal_form():
    """
    >>> literal_form()
    (3, 1.5)
    """
    cdef Number a = Number(i=3)
    cdef Number b = {'d': 1.5}
    return a.i, b.d

def array_member():
    """
    >>> array_member()
    (1, 2, 3, 4)
    """
    cdef Bytes4 u
    cdef int k
    for k in range(4):
        u.b[k] = k + 1
    return u.b[0], u.b[1], u.b[2], u.b[3]

def union_copy():
    """
    >>> union_copy()
    (10, 20)
    """
    cdef Number a
    a.i = 10
    cdef Number b = a
    b.i = 20
    return a.i, b.i

def from_dict(Number n):
    """
    >>> from_dict({'d': 2.25}) == 2.25
    True
    >>> from_dict({})
    Traceback (most recent call last):
    ...
    ValueError: No value specified for any of the union attributes (i, d, c)
    >>> from_dict({'i': 1, 'd': 2.0})
    Traceback (most recent call last):
    ...
    ValueError: More than one union attribute passed: 'i' and 'd'
    >>> from_dict({'x': 1})
    Traceback (most recent call last):
    ...
    ValueError: No value specified for any of the union attributes (i, d, c)
    >>> from_dict([1])
    Traceback (most recent call last):
    ...
    ValueError: No value specified for any of the union attributes (i, d, c)
    >>> from_dict(1.5)
    Traceback (most recent call last):
    ...
    TypeError: Expected a mapping, got float
    """
    return n.d

def from_dict_int(Number n):
    """
    >>> from_dict_int({'i': -5})
    -5
    >>> from_dict_int({'c': 300})
    Traceback (most recent call last):
    ...
    OverflowError: value too large to convert to char
    """
    return n.i

def tagged_from_dict(Tagged t):
    """
    >>> tagged_from_dict({'kind': 0, 'value': {'i': 9}})
    9
    """
    return t.value.i

def to_dict():
    """
    >>> to_dict()
    {'a': 5, 'b': 5}
    """
    cdef Same s
    s.a = 5
    return s
