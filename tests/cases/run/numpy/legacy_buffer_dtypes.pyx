# Buffer types (the legacy `ndarray[dtype]` syntax) of Python objects and of structs, over numpy
# arrays: items read as new references and stored with the old one released (a refcount
# balanced over repeated runs), struct items read and written field by field in the buffer (which
# is then asked for writable).
# Expected outputs recorded from Cython 3.3.0.
cimport numpy as cnp
import numpy as np
import sys

cnp.import_array()

cdef struct Point:
    double x
    double y

def objects(cnp.ndarray[object] a):
    """
    >>> objects(np.array([1, 'two', None], dtype=object))
    (1, 'two', None, 3)
    """
    cdef object[object] b = a
    return a[0], b[1], a[-1], a.shape[0]

def store(object[object, ndim=2] m, int i, int j, value):
    """
    >>> m = np.empty((2, 2), dtype=object)
    >>> store(m, 1, 0, [1, 2])
    >>> m[1, 0], m[0, 0]
    ([1, 2], None)
    >>> store(m, 2, 0, 1)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    m[i, j] = value

def references():
    """
    >>> references()
    (1, 0)
    """
    token = object()
    cdef cnp.ndarray[object] a = np.empty(3, dtype=object)
    before = sys.getrefcount(token)
    for k in range(100):
        a[k % 3] = token
        x = a[0]
    x = None
    held = sys.getrefcount(token) - before
    a[0] = a[1] = a[2] = None
    return held - 2, sys.getrefcount(token) - before

def points(cnp.ndarray[Point] p):
    """
    >>> arr = np.zeros(2, dtype=[('x', 'f8'), ('y', 'f8')])
    >>> arr[1] = (1.5, 2.5)
    >>> points(arr)
    (1.5, 2.5, 0.0)
    >>> points(np.zeros(2, dtype=[('x', 'f4'), ('y', 'f4')]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double' but got 'float' in 'Point.x'
    """
    return p[1].x, p[1].y, p[0].x

def move(cnp.ndarray[Point] p, double dx):
    """
    >>> arr = np.zeros(2, dtype=[('x', 'f8'), ('y', 'f8')])
    >>> move(arr, 2.0)
    >>> arr.tolist()
    [(2.0, 0.0), (3.0, 4.0)]
    >>> arr.flags.writeable = False
    >>> move(arr, 1.0)
    Traceback (most recent call last):
    ValueError: buffer source array is read-only
    """
    p[0].x += dx
    cdef Point q
    q.x = 3
    q.y = 4
    p[1] = q
