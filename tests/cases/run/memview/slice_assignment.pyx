# Assigning to a slice of a view: a scalar is broadcast, a view of equal shape is copied (as if
# all at once, so overlapping copies are right); behaviour and messages as in Cython 3.3.0.
def fill(double[:] x, double v):
    """
    >>> import array
    >>> a = array.array('d', [1, 2, 3, 4])
    >>> fill(a, 9.0); a
    array('d', [9.0, 9.0, 9.0, 9.0])
    >>> fill(None, 1.0)
    """
    x[:] = v

def part(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1, 2, 3, 4])
    >>> part(a); a
    array('d', [1.0, 2.5, 2.5, 4.0])
    """
    x[1:3] = 2.5

def copy(double[:] x, double[:] y):
    """
    >>> import array
    >>> a = array.array('d', [1, 2, 3, 4])
    >>> copy(a, array.array('d', [5, 6, 7, 8])); a
    array('d', [5.0, 6.0, 7.0, 8.0])
    >>> copy(a, array.array('d', [1, 2]))
    Traceback (most recent call last):
    ValueError: got differing extents in dimension 0 (got 4 and 2)
    """
    x[:] = y

def shift(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1, 2, 3, 4])
    >>> shift(a); a
    array('d', [1.0, 1.0, 2.0, 3.0])
    """
    x[1:] = x[:-1]

def reverse_in_place(double[:] x):
    """
    >>> import array
    >>> a = array.array('d', [1, 2, 3, 4])
    >>> reverse_in_place(a); a
    array('d', [4.0, 3.0, 2.0, 1.0])
    """
    x[:] = x[::-1]

def rows(double[:, :] m):
    """
    >>> import array
    >>> buf = array.array('d', [0] * 6)
    >>> m = memoryview(buf).cast('B').cast('d', (2, 3))
    >>> rows(m); buf.tolist()
    [7.0, 7.0, 7.0, 1.0, 2.0, 3.0]
    >>> rows2(m, memoryview(array.array('d', [0] * 6)).cast('B').cast('d', (3, 2)))
    Traceback (most recent call last):
    ValueError: got differing extents in dimension 0 (got 2 and 3)
    """
    m[0] = 7
    m[1, :] = m[0, :]
    m[1, 0] = 1
    m[1, 1] = 2
    m[1, 2] = 3

def rows2(double[:, :] a, double[:, :] b):
    a[:, :] = b
