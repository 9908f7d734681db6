# Copying into a view slice (dst[...] = src) broadcasts as Cython does: the view with fewer
# dimensions gets leading axes of extent 1, and a source axis of extent 1 repeats along the
# destination's; other differences are a ValueError naming the dimension. Contiguity and
# constness of the source do not matter to a copy, only its element type; a C array is copied
# as its view, which must conform to the slice (no broadcasting, as in Cython).
from array import array

def grid(int rows, int cols):
    return memoryview(array('d', [0] * (rows * cols))).cast('B').cast('d', (rows, cols))

def rows_from_one_row():
    """
    >>> rows_from_one_row()
    [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]]
    """
    cdef double[:, :] g = grid(2, 3)
    cdef double[:] row = array('d', [1, 2, 3])
    g[:, :] = row
    return [list(g[0]), list(g[1])]

def row_from_grid(int rows):
    """
    >>> row_from_grid(1)
    [4.0, 5.0]
    >>> row_from_grid(2)
    Traceback (most recent call last):
    ValueError: got differing extents in dimension 0 (got 1 and 2)
    """
    cdef double[:, :] g = grid(rows, 2)
    g[0, 0] = 4
    g[0, 1] = 5
    cdef double[::1] out = array('d', [0, 0])
    out[:] = g
    return list(out)

def repeated_element():
    """
    >>> repeated_element()
    ([7, 7, 7, 7], [[8, 9, 8], [8, 9, 8]])
    """
    cdef int[:] a = array('i', [0, 0, 0, 0])
    cdef int[:] b = array('i', [7, 1])
    a[:] = b[:1]
    cdef int[:, :] c = memoryview(array('i', [8, 9, 8])).cast('B').cast('i', (1, 3))
    cdef int[:, :] d = memoryview(array('i', [0] * 6)).cast('B').cast('i', (2, 3))
    d[...] = c
    return list(a), [list(d[0]), list(d[1])]

def wrong_extent():
    """
    >>> wrong_extent()
    Traceback (most recent call last):
    ValueError: got differing extents in dimension 1 (got 3 and 2)
    """
    cdef double[:, :] g = grid(2, 3)
    cdef double[:] row = array('d', [1, 2])
    g[:] = row

def strided_into_contiguous():
    """
    >>> strided_into_contiguous()
    [0, 2, 4]
    """
    cdef long[::1] src = array('l', range(6))
    cdef long[::1] dst = array('l', [9, 9, 9])
    dst[:] = src[::2]
    return list(dst)

def overlapping():
    """
    >>> overlapping()
    [0, 0, 1, 2, 3]
    """
    cdef short[:] x = array('h', range(5))
    x[1:] = x[:-1]
    return list(x)

def from_const_and_array():
    """
    >>> from_const_and_array()
    ([1.5, 2.5], [3.0, 4.0])
    """
    cdef const double[:] c = array('d', [1.5, 2.5])
    cdef double[:] out = array('d', [0, 0])
    out[:] = c
    cdef double pair[2]
    pair[0] = 3
    pair[1] = 4
    cdef double[:] out2 = array('d', [0, 0])
    out2[:] = pair
    return list(out), list(out2)
