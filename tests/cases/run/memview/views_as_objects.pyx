# Views used where Python objects are expected become the view object: passed to callables,
# iterated, compared with None, stored in containers; each keeps its own acquisition.
def to_list(double[:] x):
    """
    >>> import array
    >>> to_list(array.array('d', [1.0, 2.0]))
    [1.0, 2.0]
    """
    return list(x)

def in_tuple(double[:] x):
    """
    >>> import array
    >>> t = in_tuple(array.array('d', [3.0]))
    >>> len(t), t[0][0], t[1][0]
    (2, 3.0, 3.0)
    """
    return (x, x)

def iterate(double[:] x):
    """
    >>> import array
    >>> iterate(array.array('d', [1.0, 2.5]))
    3.5
    """
    s = 0.0
    for v in x:
        s += v
    return s

def resize_after(double[:] x):
    """
    >>> b = bytearray(8)
    >>> m = memoryview(b).cast('d')
    >>> keep = resize_after(m)
    >>> m.release()
    Traceback (most recent call last):
    BufferError: memoryview has 1 exported buffer
    >>> del keep
    >>> m.release(); b.extend(b'x'); len(b)
    9
    """
    return x
