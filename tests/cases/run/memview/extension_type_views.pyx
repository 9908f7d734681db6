# Views of an extension type's objects (Tagged[:]): elements read as that type (its C fields
# directly), written from values of it (an object is tested), over numpy's object arrays and
# cython.view.array of format 'O'. Expected outputs recorded from Cython 3.3.0.
import numpy as np
from cython.view cimport array as cvarray

cdef class Tagged:
    cdef public int tag

    def __init__(self, n):
        self.tag = n

def tags(Tagged[:] v):
    """
    >>> tags(np.array([Tagged(1), Tagged(2)], dtype=object))
    [1, 2]
    """
    return [v[i].tag for i in range(v.shape[0])]

def total(Tagged[:] v):
    """
    >>> total(np.array([Tagged(3), Tagged(4), Tagged(5)], dtype=object))
    12
    """
    cdef Tagged item
    cdef long s = 0
    for item in v:
        s += item.tag
    return s

def made():
    """
    >>> made()
    ([0, 10, 20], 'Tagged[:]')
    """
    cdef Tagged[:] v = cvarray((3,), sizeof(void *), 'O')
    cdef int i
    for i in range(3):
        v[i] = Tagged(i * 10)
    return [v[i].tag for i in range(3)], cython_name(v)

cdef str cython_name(Tagged[:] v):
    return 'Tagged[:]'

def store_object(x):
    """
    >>> store_object(Tagged(7))
    7
    >>> store_object('no')
    Traceback (most recent call last):
    TypeError: Cannot convert str to extension_type_views.Tagged
    """
    cdef Tagged[:] v = cvarray((1,), sizeof(void *), 'O')
    v[0] = x
    return v[0].tag
