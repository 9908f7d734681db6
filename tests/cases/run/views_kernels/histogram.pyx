# Counting into an int view equals numpy's bincount on random labels.
def bincount(long[:] labels, long[:] counts):
    """
    >>> import numpy as np
    >>> lab = np.random.default_rng(3).integers(0, 6, 200); counts = np.zeros(6, dtype=np.int64)
    >>> bincount(lab, counts); bool((counts == np.bincount(lab, minlength=6)).all())
    True
    """
    cdef Py_ssize_t i
    for i in range(labels.shape[0]):
        counts[labels[i]] += 1
