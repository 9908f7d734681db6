# A five-point Laplacian on the interior of a grid equals numpy's shifted-slice expression.
cimport cython

@cython.boundscheck(False)
@cython.wraparound(False)
def laplacian(double[:, :] u, double[:, :] out):
    """
    >>> import numpy as np
    >>> u = np.random.default_rng(7).random((6, 8)); out = np.zeros_like(u)
    >>> laplacian(u, out)
    >>> want = u[:-2, 1:-1] + u[2:, 1:-1] + u[1:-1, :-2] + u[1:-1, 2:] - 4 * u[1:-1, 1:-1]
    >>> bool(np.allclose(out[1:-1, 1:-1], want)), float(abs(out[0]).sum() + abs(out[:, 0]).sum())
    (True, 0.0)
    """
    cdef Py_ssize_t i, j
    for i in range(1, u.shape[0] - 1):
        for j in range(1, u.shape[1] - 1):
            out[i, j] = u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1] - 4 * u[i, j]
