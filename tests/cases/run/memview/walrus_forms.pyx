# Every place Python allows the walrus, on views; results checked by value.
def ret(double[:] x):
    """
    >>> import array
    >>> r = ret(array.array('d', [4.0, 5.0]))
    >>> list(r), len(r)
    ([4.0, 5.0], 2)
    """
    return (y := x)

def nested(double[:] x):
    """
    >>> import array
    >>> nested(array.array('d', [7.0]))
    (7.0, 7.0)
    """
    (a := (b := x))
    return (a[0], b[0])

def in_call(double[:] x):
    """
    >>> import array
    >>> in_call(array.array('d', [1.0, 2.0, 3.0]))
    (3, 3.0)
    """
    return (len((y := x)), y[2])

def on_slice(double[:] x):
    """
    >>> import array
    >>> on_slice(array.array('d', [1.0, 2.0, 3.0, 4.0]))
    (3, 2.0, 4.0)
    """
    (y := x[1:])
    return (y.shape[0], y[0], y[-1])

def early(double[:] x, long flag):
    """
    >>> import array
    >>> a = array.array('d', [1.5])
    >>> early(a, 1), early(a, 0)
    (1.5, -1.0)
    """
    if (y := x) is not None and flag:
        return y[0]
    return -1.0

def raises_after(double[:] x):
    """
    >>> import array
    >>> raises_after(array.array('d', [1.0]))
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    (y := x)
    return y[5]
