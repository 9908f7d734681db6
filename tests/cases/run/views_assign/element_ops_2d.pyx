# In-place operators on elements of 2-D views, for floats and ints.
def bump(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.full((2, 2), 3.0)
    >>> bump(a); a.tolist()
    [[4.0, 6.0], [0.75, 1.0]]
    """
    m[0, 0] += 1
    m[0, 1] *= 2
    m[1, 0] /= 4
    m[1, 1] -= 2

def int_ops(int[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.full((2, 3), 13, dtype=np.intc)
    >>> int_ops(a); a.tolist()
    [[10, 26, 9], [13, 8, 1]]
    """
    m[0, 0] -= 3
    m[0, 1] <<= 1
    m[0, 2] &= 9
    m[1, 1] ^= 5
    m[1, 2] >>= 3
