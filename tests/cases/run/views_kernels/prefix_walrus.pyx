# Running sums written with the walrus equal numpy's cumsum; the running maximum its accumulate.
def prefix(double[:] x, double[:] out):
    """
    >>> import numpy as np
    >>> x = np.random.default_rng(1).random(50); out = np.empty(50)
    >>> prefix(x, out); bool(np.allclose(out, np.cumsum(x)))
    True
    """
    cdef double acc = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        out[i] = (acc := acc + x[i])

def running_max(long[:] x, long[:] out):
    """
    >>> import numpy as np
    >>> x = np.random.default_rng(2).integers(-100, 100, 40); out = np.empty(40, dtype=np.int64)
    >>> running_max(x, out); bool((out == np.maximum.accumulate(x)).all())
    True
    """
    cdef long best = x[0]
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        if (v := x[i]) > best:
            best = v
        out[i] = best
