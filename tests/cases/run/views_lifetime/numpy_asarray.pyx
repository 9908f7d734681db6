# numpy.asarray of a returned view shares its memory, in both directions.
def evens(double[:] x):
    """
    >>> import numpy as np
    >>> a = np.arange(6.0)
    >>> n = np.asarray(evens(a))
    >>> n.tolist(), bool(np.shares_memory(a, n))
    ([0.0, 2.0, 4.0], True)
    >>> n[0] = -1; a.tolist()
    [-1.0, 1.0, 2.0, 3.0, 4.0, 5.0]
    >>> a[2] = 20; n.tolist()
    [-1.0, 20.0, 4.0]
    """
    return x[::2]
