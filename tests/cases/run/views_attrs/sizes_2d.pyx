# size, nbytes, itemsize and ndim of 2-D views and of their slices match numpy's.
def sizes(float[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.zeros((5, 6), dtype=np.float32)
    >>> sizes(a) == (a.size, a.nbytes, a.itemsize, a.ndim)
    True
    >>> s = a[1::2, ::4]
    >>> sizes(s) == (s.size, s.nbytes, s.itemsize, s.ndim)
    True
    >>> sizes(a[:0]) == (0, 0, 4, 2)
    True
    """
    return m.size, m.nbytes, m.itemsize, m.ndim

def sizes_1d(unsigned short[:] x):
    """
    >>> import array
    >>> sizes_1d(array.array('H', range(7)))
    (7, 14, 2, 1)
    """
    return x.size, x.nbytes, x.itemsize, x.ndim
