# Rebinding a view to its own slice in a loop: each step acquires the new view, releases the old.
def halves(double[:] x):
    """
    >>> import array
    >>> halves(array.array('d', range(16)))
    [16, 8, 4, 2, 1]
    """
    out = []
    v = x
    while v.shape[0] > 0:
        out.append(v.shape[0])
        v = v[v.shape[0] // 2 if v.shape[0] > 1 else 1:]
    return out

def pop_front(double[:] x):
    """
    >>> import array
    >>> pop_front(array.array('d', [1, 2, 3]))
    6.0
    """
    cdef double s = 0
    v = x
    while (n := v.shape[0]) > 0:
        s += v[0]
        v = v[1:]
    return s
