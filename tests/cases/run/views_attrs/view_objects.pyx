# Views returned to Python are memoryview objects: len, indexing, shape and strides work on them.
def as_object(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(6.0).reshape(2, 3)
    >>> o = as_object(a)
    >>> len(o), o.shape, o.strides, o.ndim, o[1, 2], o.size, o.itemsize, o.nbytes
    (2, (2, 3), (24, 8), 2, 5.0, 6, 8, 48)
    """
    return m

def slice_object(double[:] x):
    """
    >>> import array
    >>> o = slice_object(array.array('d', range(10)))
    >>> len(o), o[0], o[-1], o.shape, o.strides
    (3, 8.0, 2.0, (3,), (-24,))
    """
    return x[8::-3]
