# A view meeting a Python object in arithmetic is its Python object (numpy's operators then
# apply); a C-contiguous view's row (a Fortran one's column) is contiguous.
import numpy as np
cimport cython

def minus(double[::1] a, b):
    """
    >>> minus(np.arange(3.0), np.ones(3)).tolist()
    [-1.0, 0.0, 1.0]
    """
    return a - b

def reflected(double[::1] a, b):
    """
    >>> reflected(np.arange(3.0), np.ones(3)).tolist()
    [1.0, 0.0, -1.0]
    """
    return b - a

cdef double first(double[::1] row):
    return row[0]

def rows(double[:, ::1] c, double[::1, :] f):
    """
    >>> rows(np.arange(6.0).reshape(2, 3), np.asfortranarray(np.arange(6.0).reshape(2, 3)))
    ('double[::1]', 'double[::1]', 'double[:]', 3.0, 2.0)
    """
    return cython.typeof(c[1, :]), cython.typeof(f[:, 1]), cython.typeof(c[:, 1]), first(c[1, :]), first(f[:, 2])
