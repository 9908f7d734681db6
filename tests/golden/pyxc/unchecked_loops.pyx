# cython: boundscheck=False, wraparound=False
# Inner loops over views with checks off: the golden C shows each element access as a load or
# store through the data pointer plus index times stride, with no call in the loop.
def dot(const double[:] a, const double[:] b):
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(a.shape[0]):
        s += a[i] * b[i]
    return s

def stencil(const double[:, :] u, double[:, :] out):
    cdef Py_ssize_t i, j
    for i in range(1, u.shape[0] - 1):
        for j in range(1, u.shape[1] - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4 * u[i, j]
