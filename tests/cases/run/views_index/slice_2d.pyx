# Slicing both axes of a 2-D view, with negative steps, matches numpy's slicing.
def flat(double[:, :] m):
    out = []
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            out.append(m[i, j])
    return out

def cuts(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(20.0).reshape(4, 5)
    >>> cuts(a) == [a[1:, ::-1].ravel().tolist(), a[::-2, 1:4].ravel().tolist(), a[-1:, -2:].ravel().tolist(), a[2:2, :].ravel().tolist()]
    True
    """
    return [flat(m[1:, ::-1]), flat(m[::-2, 1:4]), flat(m[-1:, -2:]), flat(m[2:2, :])]
