# Copying between 2-D views of equal shape, including from a transposed and a reversed view.
def copy_into(double[:, :] dst, double[:, :] src):
    """
    >>> import numpy as np
    >>> src = np.arange(6.0).reshape(2, 3)
    >>> dst = np.zeros((2, 3))
    >>> copy_into(dst, src); bool((dst == src).all())
    True
    >>> sq = np.arange(9.0).reshape(3, 3); out = np.zeros((3, 3))
    >>> copy_into(out, sq.T); bool((out == sq.T).all())
    True
    >>> copy_into(out, sq[::-1, ::-1]); bool((out == sq[::-1, ::-1]).all())
    True
    """
    dst[:, :] = src

def copy_row(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(6.0).reshape(2, 3)
    >>> copy_row(a); a.tolist()
    [[0.0, 1.0, 2.0], [0.0, 1.0, 2.0]]
    """
    m[1] = m[0]
