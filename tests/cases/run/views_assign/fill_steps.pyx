# Broadcasting into stepped and reversed slices of a 1-D view, with C conversion of the value.
def fill(long[:] x, long v):
    """
    >>> import array
    >>> a = array.array('l', [0] * 10)
    >>> fill(a, 3)
    >>> b = [0] * 10; b[::2] = [3] * 5; b[8:2:-3] = [-3] * 2; b[5:5] = []
    >>> list(a) == b
    True
    """
    x[::2] = v
    x[8:2:-3] = -v
    x[5:5] = 99

def fill_float(float[:] x):
    """
    >>> import array
    >>> a = array.array('f', [0, 0, 0])
    >>> fill_float(a)
    >>> list(a)
    [0.5, 0.5, 0.5]
    """
    x[:] = 0.5
