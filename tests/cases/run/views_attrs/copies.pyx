# copy() gives a C-contiguous and copy_fortran() a Fortran-contiguous copy, independent of the source.
def c_copy(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(12.0).reshape(3, 4)[::2, ::-1]
    >>> c_copy(a) == (a.tolist(), (32, 8), a[0, 0])
    True
    """
    cdef double[:, ::1] c = m.copy()
    c[0, 0] = -1
    return (_rows(c, m), (c.strides[0], c.strides[1]), m[0, 0])

def _rows(double[:, :] c, double[:, :] m):
    out = []
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        row = []
        for j in range(m.shape[1]):
            row.append(m[i, j])
        out.append(row)
    return out

def f_copy(double[:, :] m):
    """
    >>> import numpy as np
    >>> a = np.arange(6.0).reshape(2, 3)
    >>> f_copy(a) == ((8, 16), 5.0, 5.0)
    True
    """
    cdef double[::1, :] f = m.copy_fortran()
    f[1, 2] = 0
    return (f.strides[0], f.strides[1]), m[1, 2], m.copy_fortran()[1, 2]
