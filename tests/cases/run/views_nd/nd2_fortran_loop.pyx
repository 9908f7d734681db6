# Column-major loops over a Fortran view; the copy_fortran of a C array is accepted by it.
def colsums(double[::1, :] m):
    """
    >>> import numpy as np
    >>> a = np.asfortranarray(np.arange(12.0).reshape(3, 4))
    >>> colsums(a) == a.sum(axis=0).tolist()
    True
    """
    cdef Py_ssize_t i, j
    out = []
    cdef double s
    for j in range(m.shape[1]):
        s = 0
        for i in range(m.shape[0]):
            s += m[i, j]
        out.append(s)
    return out

def via_copy(double[:, :] m):
    """
    >>> import numpy as np
    >>> via_copy(np.arange(12.0).reshape(3, 4)) == [12.0, 15.0, 18.0, 21.0]
    True
    """
    return colsums(m.copy_fortran())
