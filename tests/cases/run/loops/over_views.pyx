# for over a 1-D view runs in C over its elements (the item is the element type, as Cython
# infers it); break and else behave as in Python; the loop keeps the view it started with.
def total(double[:] x):
    """
    >>> import array
    >>> total(array.array('d', [1.5, 2.5, 3.0]))
    7.0
    """
    s = 0.0
    for v in x:
        s += v
    return s

def first_negative(long[:] x):
    """
    >>> import array
    >>> first_negative(array.array('l', [3, -2, -5])), first_negative(array.array('l', [1, 2]))
    (-2, 'none')
    """
    for v in x:
        if v < 0:
            break
    else:
        return 'none'
    return v

def rebinding(long[:] x, long[:] y):
    """
    >>> import array
    >>> rebinding(array.array('l', [1, 2, 3]), array.array('l', [10, 20, 30]))
    [1, 2, 3]
    """
    out = []
    for v in x:
        out.append(v)
        x = y
    return out

def strided(int[:] x):
    """
    >>> import array
    >>> strided(memoryview(array.array('i', range(10)))[::-3])
    [9, 6, 3, 0]
    """
    out = []
    for v in x:
        out.append(v)
    return out
