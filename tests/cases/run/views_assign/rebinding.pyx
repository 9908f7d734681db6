# Rebinding view variables to slices of other views keeps one acquisition per live view.
def walk(double[:, :] m):
    """
    >>> import numpy as np, sys
    >>> a = np.arange(12.0).reshape(3, 4)
    >>> before = sys.getrefcount(a)
    >>> walk(a) == [a[1:][i, 0] for i in range(2)] + [a[1:][::-1][0, 3]]
    True
    >>> sys.getrefcount(a) == before
    True
    """
    cdef double[:, :] y = m
    y = y[1:]
    out = [y[0, 0], y[1, 0]]
    y = y[::-1]
    out.append(y[0, 3])
    y = m
    return out
