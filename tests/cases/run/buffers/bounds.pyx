# Bounds of buffer variables: IndexError naming the highest axis out of bounds, negative
# indices from the end unless wraparound(False) or negative_indices=False, a None buffer
# without elements, and nonecheck.
import numpy as np
cimport numpy as np
cimport cython

def at(np.ndarray[double, ndim=2] a, int i, int j):
    """
    >>> a = np.arange(6.0).reshape(2, 3)
    >>> at(a, 1, 2), at(a, -1, -3)
    (5.0, 3.0)
    >>> at(a, 2, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> at(a, 0, 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    >>> at(a, 5, 5)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    >>> at(a, -3, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> at(None, 0, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 1)
    """
    return a[i, j]

def store_at(np.ndarray[int] a, Py_ssize_t i):
    """
    >>> store_at(np.zeros(3, dtype=np.intc), -1)
    [0, 0, 7]
    >>> store_at(np.zeros(3, dtype=np.intc), 3)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    >>> store_at(None, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    a[i] = 7
    return a.tolist()

@cython.wraparound(False)
def no_wraparound(np.ndarray[double] a, int i):
    """
    >>> no_wraparound(np.arange(3.0), 2)
    2.0
    >>> no_wraparound(np.arange(3.0), -1)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return a[i]

def no_negative_indices(np.ndarray[double, negative_indices=False] a, int i):
    """
    >>> no_negative_indices(np.arange(3.0), 1)
    1.0
    >>> no_negative_indices(np.arange(3.0), -1)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return a[i]

@cython.boundscheck(False)
def unchecked(np.ndarray[double] a, int i):
    """
    >>> unchecked(np.arange(3.0), -1), unchecked(np.arange(3.0), 1)
    (2.0, 1.0)
    """
    return a[i]

def unsigned_index(np.ndarray[double] a, unsigned int i, size_t j):
    """
    >>> unsigned_index(np.arange(3.0), 2, 0)
    (2.0, 0.0)
    >>> unsigned_index(np.arange(3.0), 3, 0)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return a[i], a[j]

@cython.nonecheck(True)
def none_checked(np.ndarray[double] a):
    """
    >>> none_checked(np.arange(2.0))
    0.0
    >>> none_checked(None)
    Traceback (most recent call last):
    TypeError: 'NoneType' object is not subscriptable
    """
    return a[0]

def default_none(np.ndarray[double] a=None):
    """
    >>> default_none()
    True
    >>> default_none(np.zeros(1))
    False
    """
    return a is None
