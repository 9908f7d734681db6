# A view returned to Python is an object whose slices may be assigned from Python: a scalar into
# every element, or a buffer's elements (broadcast as Cython broadcasts); `...` stands for the
# axes the other items leave (statsmodels' tests write `kfilter.univariate_filter[periods] = 1`).

import array

def make(int n):
    cdef int[:] v = array.array('i', range(n))
    return v

def make2d(int rows, int cols):
    cdef int[:, :] m = memoryview(array.array('i', range(rows * cols))).cast('B').cast('i', (rows, cols))
    return m

def scalars():
    """
    >>> scalars()
    ([0, 7, 7, 3, 4], [1, 1, 1, 1, 1], [1, 1, 1, 1, 9])
    """
    v = make(5)
    v[1:3] = 7
    first = list(v)
    v[...] = 1
    second = list(v)
    v[-1:] = 9
    return first, second, list(v)

def buffers():
    """
    >>> buffers()
    [8, 9, 2, 3]
    """
    v = make(4)
    v[:2] = array.array('i', [8, 9])
    return list(v)

def rows_and_columns():
    """
    >>> rows_and_columns()
    [[5, 5, 5], [4, 20, 30]]
    """
    m = make2d(2, 3)
    m[0] = 5
    m[1, 1:] = array.array('i', [20, 30])
    m[..., 0] = array.array('i', [5, 4])
    return [list(r) for r in m]

def broadcast_row():
    """
    >>> broadcast_row()
    [[1, 2, 3], [1, 2, 3]]
    """
    m = make2d(2, 3)
    m[:, :] = array.array('i', [1, 2, 3])
    return [list(r) for r in m]

def wrong_extent():
    """
    >>> wrong_extent()
    Traceback (most recent call last):
    ValueError: got differing extents in dimension 0 (got 3 and 2)
    """
    v = make(4)
    v[:3] = array.array('i', [1, 2])

def wrong_dtype():
    """
    >>> wrong_dtype()
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'const int' but got 'double'
    """
    v = make(4)
    v[:2] = array.array('d', [1.0, 2.0])
    return list(v)

def wrong_scalar():
    """
    >>> wrong_scalar()
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """
    v = make(4)
    v[1:] = 2 ** 40
