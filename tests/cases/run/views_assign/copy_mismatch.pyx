# Copying between views of different extents raises ValueError naming the dimension.
def copy_into(double[:, :] dst, double[:, :] src):
    """
    >>> import numpy as np
    >>> copy_into(np.zeros((2, 3)), np.zeros((2, 2)))
    Traceback (most recent call last):
    ValueError: got differing extents in dimension 1 (got 3 and 2)
    >>> copy_into(np.zeros((2, 3)), np.zeros((3, 3)))
    Traceback (most recent call last):
    ValueError: got differing extents in dimension 0 (got 2 and 3)
    >>> a = np.ones((2, 3)); copy_into(a, np.zeros((2, 3))); float(a.sum())
    0.0
    """
    dst[:, :] = src

def from_object(double[:] dst, src):
    """
    An untyped object on the right is one value to broadcast, not a buffer to copy (as in Cython).

    >>> import array
    >>> a = array.array('d', [0, 0])
    >>> from_object(a, 2.5); list(a)
    [2.5, 2.5]
    >>> from_object(a, array.array('d', [1, 2]))
    Traceback (most recent call last):
    TypeError: must be real number, not array.array
    """
    dst[:] = src
