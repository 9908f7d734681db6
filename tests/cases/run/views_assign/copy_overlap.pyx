# Copies between overlapping slices of one buffer behave as if the source were read first.
def shift_right(long[:] x):
    """
    >>> import array
    >>> a = array.array('l', range(6))
    >>> shift_right(a); list(a)
    [0, 0, 1, 2, 3, 4]
    """
    x[1:] = x[:-1]

def shift_left(long[:] x):
    """
    >>> import array
    >>> a = array.array('l', range(6))
    >>> shift_left(a); list(a)
    [1, 2, 3, 4, 5, 5]
    """
    x[:-1] = x[1:]

def reverse_in_place(long[:] x):
    """
    >>> import array
    >>> a = array.array('l', range(7))
    >>> reverse_in_place(a); list(a)
    [6, 5, 4, 3, 2, 1, 0]
    """
    x[:] = x[::-1]

def transpose_in_place(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(9.0).reshape(3, 3); want = a.T.copy()
    >>> transpose_in_place(a); bool((a == want).all())
    True
    """
    m[:, :] = m.T
