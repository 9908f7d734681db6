# Iterating a 2-D view goes row by row (through its Python object), as in Cython.
def row_sums(double[:, :] m):
    """
    >>> import numpy as np
    >>> row_sums(np.arange(6.0).reshape(2, 3))
    [3.0, 12.0]
    """
    out = []
    for row in m:
        s = 0.0
        for v in row:
            s += v
        out.append(s)
    return out
