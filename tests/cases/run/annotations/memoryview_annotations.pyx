# Memoryview annotations: cython.int[:, :], cython.double[::1] (refusing None with Cython's
# TypeError), Optional[cython.float[:]] defaulting to None; double[:] without cython. is only an
# annotation (a Python object), as Cython reads it. Expected outputs recorded from Cython 3.3.0.

cimport cython
import array
def f(m: cython.int[:, :], i: cython.int):
    """
    >>> f(memoryview(array.array('i', range(6))).cast('b').cast('i', (2, 3)), 1)
    ('int[:, :]', 4)
    """
    return cython.typeof(m), m[i, i]
def g(m: cython.double[::1]):
    """
    >>> g(array.array('d', [1.5]))
    ('double[::1]', 1.5)
    >>> g(None)
    Traceback (most recent call last):
    TypeError: Argument 'm' must not be None
    """
    return cython.typeof(m), m[0]
def h(m: double[:]):
    """
    >>> h(array.array('d', [2.5]))
    ('Python object', 2.5)
    """
    return cython.typeof(m), m[0]

from typing import Optional
def k(m: Optional[cython.float[:]] = None):
    """
    >>> k()
    'none'
    >>> k(array.array('f', [0.5]))
    ('float[:]', 0.5)
    """
    if m is None:
        return 'none'
    return cython.typeof(m), m[0]
