# A zero step is a ValueError naming the axis.
def step(double[:] x, Py_ssize_t s):
    """
    >>> import array
    >>> step(array.array('d', [1, 2, 3]), 0)
    Traceback (most recent call last):
    ValueError: Step may not be zero (axis 0)
    >>> step(array.array('d', [1, 2, 3]), 2)
    2
    """
    return x[::s].shape[0]

def step2(double[:, :] m, Py_ssize_t s):
    """
    >>> import numpy as np
    >>> step2(np.zeros((3, 3)), 0)
    Traceback (most recent call last):
    ValueError: Step may not be zero (axis 1)
    """
    return m[:, ::s].shape[1]
