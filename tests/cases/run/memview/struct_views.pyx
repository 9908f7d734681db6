# Views of structs (Point[:]): items read and written in place (also without the GIL), boxed to
# dicts and set from mappings, exported with a named-field format; the exporter's format checked
# field by field against the struct's layout (alignment, packing, nesting, array fields), with
# Cython's errors. Exporters here are numpy structured arrays, C arrays of structs and pyxc's own.
# Expected outputs recorded from Cython 3.3.0 (a buffer with more fields than the struct crashes
# Cython: pyxc raises, see the .known file).
import numpy as np

cdef struct Point:
    int a
    double b

cdef struct Inner:
    signed char x
    float y

cdef struct Outer:
    int a
    Inner b
    double c[2]

cdef packed struct Packed:
    signed char a
    int b

cdef struct NestedPacked:
    signed char a
    int b
    Packed sub
    int c

from cython.view cimport array as cvarray

ALIGNED = np.dtype([('a', 'i4'), ('b', 'f8')], align=True)

def points(n):
    """n Points (i, i / 2) in a cython.view.array, as a view object: the exporter the reference counts are checked with (numpy moves them itself)."""
    cdef Point[:] v = cvarray(shape=(n,), itemsize=sizeof(Point), format="T{i:a:d:b:}")
    cdef int i
    for i in range(n):
        v[i] = Point(i, i * 0.5)
    return v

def items(Point[:] v):
    return [(p.a, p.b) for p in v]

def read(Point[:] v):
    """
    >>> read(points(3))
    (3, 2, 1.0, {'a': 1, 'b': 0.5})
    """
    return v.shape[0], v[2].a, v[2].b, v[1]

def total(Point[:] v):
    """
    >>> total(points(4))
    (6, 3.0)
    """
    cdef long s = 0
    cdef double t = 0
    cdef Py_ssize_t i
    with nogil:
        for i in range(v.shape[0]):
            s += v[i].a
            t += v[i].b
    return s, t

def iterate(Point[:] v):
    """
    >>> iterate(points(3))
    [0, 1, 2]
    """
    return [p.a for p in v]

def write(Point[:] v):
    """
    >>> a = points(3)
    >>> write(a)
    >>> items(a)
    [(10, 0.0), (3, 4.5), (7, 2.0)]
    """
    cdef Point p
    v[0].a = 10
    v[1] = Point(3, 4.5)
    p.a = 7
    p.b = 2.0
    with nogil:
        v[2] = p

def from_mapping(Point[:] v):
    """
    >>> a = points(2)
    >>> from_mapping(a)
    >>> items(a)
    [(1, 2.0), (5, 0.25)]
    >>> from_mapping(points(2)[:1])
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    cdef object m = v  # (the view as an object: its items are dicts)
    v[0] = {'a': 1, 'b': 2.0}
    m[1] = {'a': 5, 'b': 0.25}

def nested(Outer[:] v):
    """
    >>> o = np.dtype([('a', 'i4'), ('b', np.dtype([('x', 'i1'), ('y', 'f4')], align=True)), ('c', 'f8', (2,))], align=True)
    >>> a = np.zeros(2, dtype=o)
    >>> a[1]['c'][1] = 9.5
    >>> nested(a)
    (9.5, {'a': 0, 'b': {'x': 3, 'y': 2.5}, 'c': [0.0, 0.0]})
    >>> a[0]['b'].tolist()
    (3, 2.5)
    """
    v[0].b.x = 3
    v[0].b.y = 2.5
    return v[1].c[1], v[0]

def packed(Packed[:] v):
    """
    >>> a = np.zeros(2, dtype=[('a', 'i1'), ('b', 'i4')])
    >>> a[1] = (-3, 1000)
    >>> packed(a)
    (-3, 1000)
    """
    return v[1].a, v[1].b

def exported():
    """
    >>> m = exported()
    >>> m.format, m.itemsize
    ('T{i:a:d:b:}', 16)
    >>> np.asarray(m).tolist()
    [(0, 0.0), (1, 1.5), (2, 3.0)]
    """
    cdef Point items[3]
    cdef Point[:] v = items
    cdef int i
    for i in range(3):
        v[i] = Point(i, i * 1.5)
    return memoryview(v.copy())

def exported_packed():
    """
    >>> m = exported_packed()
    >>> m.format, m.itemsize
    ('T{^b:a:^i:b:}', 5)
    >>> np.asarray(m)[0].tolist()
    (1, 2)
    """
    cdef Packed items[1]
    cdef Packed[:] v = items
    v[0].a = 1
    v[0].b = 2
    return memoryview(v.copy())

def checked(dtype):
    """
    >>> checked(np.dtype([('a', 'i4'), ('b', 'f8')]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch; next field is at offset 4 but 8 expected
    >>> checked(np.dtype([('a', 'i4'), ('b', 'f4')], align=True))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'float' in 'Point.b'
    >>> checked(np.dtype([('a', 'i4')], align=True))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got end in 'Point.b'
    >>> checked(np.dtype([('a', 'i8'), ('b', 'f8')], align=True))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'int' but got 'long' in 'Point.a'
    >>> checked(np.dtype('f8'))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'int' but got 'double' in 'Point.a'
    >>> checked(np.dtype('i4'))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got end in 'Point.b'
    """
    cdef Point[:] v = np.zeros(2, dtype=dtype)
    return v.shape[0]

def checked_nested(dtype):
    """
    >>> checked_nested(np.dtype([('a', 'i4'), ('b', np.dtype([('x', 'i1'), ('y', 'f4')], align=True)), ('c', 'f8', (3,))], align=True))
    Traceback (most recent call last):
    ValueError: Expected a dimension of size 2, got 3
    >>> checked_nested(np.dtype([('a', 'i4'), ('b', np.dtype([('x', 'i1'), ('y', 'i4')], align=True)), ('c', 'f8', (2,))], align=True))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'float' but got 'int' in 'Inner.y'
    """
    cdef Outer[:] v = np.zeros(2, dtype=dtype)
    return v.shape[0]

def checked_packed(dtype):
    """
    >>> checked_packed(np.dtype([('a', 'i1'), ('b', 'i4')], align=True))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch; next field is at offset 4 but 1 expected
    """
    cdef Packed[:] v = np.zeros(2, dtype=dtype)
    return v.shape[0]

def grid(Point[:, :] g):
    """
    >>> a = np.zeros((2, 3), dtype=ALIGNED)
    >>> grid(a)
    >>> a['a'].tolist(), a['b'].tolist()
    ([[0, 1, 2], [10, 11, 12]], [[0.0, 0.5, 1.0], [0.0, 0.5, 1.0]])
    """
    cdef Py_ssize_t i, j
    for i in range(g.shape[0]):
        for j in range(g.shape[1]):
            g[i, j].a = 10 * i + j
            g[i, j].b = j * 0.5

def nested_packed_roundtrip():
    """
    >>> nested_packed_roundtrip()
    (77, 5, 20)
    """
    cdef NestedPacked items[2]
    cdef NestedPacked[:] v = items
    v[1].sub.b = 77
    v[1].c = 5
    cdef object o = v
    cdef NestedPacked[:] w = o  # (acquired again through the format it exports)
    return w[1].sub.b, w[1].c, memoryview(o).itemsize

def nested_packed_numpy():
    """
    >>> nested_packed_numpy()
    (-1, 300, 7)
    """
    inner = np.dtype([('a', 'i1'), ('b', 'i4')])
    outer = np.dtype({'names': ['a', 'b', 'sub', 'c'], 'formats': ['i1', 'i4', inner, 'i4'], 'offsets': [0, 4, 8, 16], 'itemsize': 20})
    a = np.zeros(1, dtype=outer)
    a[0] = (-1, 2, (3, 300), 7)
    cdef NestedPacked[:] v = a
    return v[0].a, v[0].sub.b, v[0].c
