# Slices with negative steps walk backwards, with Python's rules for omitted and clipped bounds.
def _items(long[:] x):
    out = []
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        out.append(x[i])
    return out

def slices(long[:] x):
    """
    >>> import array
    >>> a = array.array('l', range(10))
    >>> got = slices(a)
    >>> want = [list(range(10))[s] for s in (slice(None, None, -1), slice(5, 1, -2), slice(None, None, -3), slice(-2, None, -4), slice(100, -100, -5))]
    >>> got == want
    True
    """
    return [_items(x[::-1]), _items(x[5:1:-2]), _items(x[::-3]), _items(x[-2::-4]), _items(x[100:-100:-5])]
