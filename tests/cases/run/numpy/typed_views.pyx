# Views whose item type is a typedef: numpy's (`cnp.float64_t[:]`) and the module's own (`real[:]`,
# and a typedef of such a view).
import numpy as np
cimport numpy as cnp
ctypedef double real
ctypedef real[:] realview

def f(cnp.float64_t[:] a, real[:] b, realview c):
    """
    >>> f(np.arange(3.0), np.ones(2), np.ones(1))
    2.0
    """
    return a[2] + b[0] - c[0]

def ints(cnp.int64_t[:] a, cnp.int32_t[:, :] b, cnp.intp_t[::1] c, cnp.uint8_t[:] d):
    """
    >>> ints(np.arange(3), np.ones((2, 2), dtype=np.int32), np.arange(4, dtype=np.intp), np.zeros(2, dtype=np.uint8))
    (2, 1, 3, 0)
    """
    return a[2], b[1, 1], c[3], d[0]

def floats(cnp.float32_t[:] a, cnp.complex128_t[:] z):
    """
    >>> floats(np.ones(2, dtype=np.float32), np.array([1+2j]))
    (1.0, (1+2j))
    """
    return a[0], z[0]
