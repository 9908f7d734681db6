# Scalar broadcast into 2-D views, rows and columns gives what numpy's assignment gives.
def paint(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.ones((3, 4)); b = np.ones((3, 4))
    >>> paint(a)
    >>> b[:, :] = 0; b[1] = 5; b[:, 0] = -1; b[::2, 3] = 2.5; b[-1, 1:3] = 7
    >>> bool((a == b).all())
    True
    """
    m[:, :] = 0
    m[1] = 5
    m[:, 0] = -1
    m[::2, 3] = 2.5
    m[-1, 1:3] = 7
