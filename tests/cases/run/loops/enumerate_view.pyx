# enumerate over a 1-D view yields (index, element) pairs through the view's Python object.
def f(double[:] x):
    """
    >>> import array
    >>> f(array.array('d', [0.5, 1.5]))
    [(0, 0.5), (1, 1.5)]
    """
    out = []
    for i, v in enumerate(x):
        out.append((i, v))
    return out
