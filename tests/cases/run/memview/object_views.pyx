# Views of Python objects (object[:]): each element owns a reference, as a list's items do. Read
# (a new reference; an empty element is None), written (the old one released), filled, copied
# (broadcast), iterated, copied whole (.copy(): storage that releases its items), as a view
# object from Python; a cython.view.array of format 'O' starts as Nones; numpy's object arrays
# are exporters too. Expected outputs recorded from Cython 3.3.0.
import sys
import numpy as np
from cython.view cimport array as cvarray

def objects(n):
    """n elements (all None) of a cython.view.array: the exporter the reference counts are checked with."""
    return cvarray((n,), sizeof(void *), 'O')

def read_write():
    """
    >>> read_write()
    ([None, 'b', None, 4], 4)
    """
    cdef object[:] v = objects(4)
    v[1] = 'a'
    v[3] = 4
    v[1] = 'b'
    return [v[0], v[1], v[2], v[3]], len(v)

def fill():
    """
    >>> fill()
    [7, 7, 7, 7]
    """
    cdef object[:, :] v = cvarray((2, 2), sizeof(void *), 'O')
    v[:, :] = 7
    return [v[0, 0], v[0, 1], v[1, 0], v[1, 1]]

def copy_broadcast():
    """
    >>> copy_broadcast()
    ['x', 'y', 'x', 'y']
    """
    cdef object[:] s = objects(2)
    s[0] = 'x'
    s[1] = 'y'
    cdef object[:, :] d = cvarray((2, 2), sizeof(void *), 'O')
    d[...] = s
    return [d[0, 0], d[0, 1], d[1, 0], d[1, 1]]

def overlapping():
    """
    >>> overlapping()
    [0, 0, 1, 2]
    """
    cdef object[:] v = objects(4)
    cdef int i
    for i in range(4):
        v[i] = i
    v[1:] = v[:-1]
    return list(v)

def total(object[:] v):
    """
    >>> total(np.array([1, 2.5, 3], dtype=object))
    6.5
    """
    t = 0
    for x in v:
        t += x
    return t

def as_view_object():
    """
    >>> as_view_object()
    ([None, 'z', None], ['q', 'q', None], ['r', 's', None])
    """
    cdef object[:] v = objects(3)
    cdef object o = v
    o[1] = 'z'
    first = list(v)
    o[:2] = 'q'
    second = list(v)
    cdef object[:] w = objects(2)
    w[0] = 'r'
    w[1] = 's'
    o[:2] = w
    return first, second, list(v)

def copies():
    """
    >>> copies()
    (['p', 'q'], [[1, 1], [1, 1]])
    """
    cdef object[:] m = objects(2)
    m[0] = 'p'
    m[1] = 'q'
    cdef object[:] c = m.copy()
    m[0] = None
    cdef object[:, :] f = cvarray((2, 2), sizeof(void *), 'O')
    f[:, :] = 1
    cdef object[:, :] g = f.copy_fortran()
    f[0, 0] = 2
    return list(c), [[g[0, 0], g[0, 1]], [g[1, 0], g[1, 1]]]

def references():
    """
    >>> references()
    ((2, 2), (0, 0))
    """
    a = object()
    b = object()
    base_a, base_b = sys.getrefcount(a), sys.getrefcount(b)
    cdef object[:] m = objects(4)
    m[0] = a
    m[1] = a
    m[1] = b
    x = m[0]
    del x
    cdef object[:] n = objects(4)
    n[:] = b
    n[...] = m
    held = sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b
    m = None
    n = None
    return held, (sys.getrefcount(a) - base_a, sys.getrefcount(b) - base_b)

def numpy_items(object[:] v):
    """
    >>> a = np.array([1, 'a', None], dtype=object)
    >>> numpy_items(a)
    >>> a.tolist()
    [1, ['new'], None]
    """
    v[1] = ['new']

def mismatch(x):
    """
    >>> mismatch(np.zeros(2))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'Python object' but got 'double'
    >>> mismatch(objects(2))
    2
    """
    cdef object[:] v = x
    return v.shape[0]
