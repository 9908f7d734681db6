# The memoryview object a typed view becomes in Python, and the same calls on a typed view in
# compiled code: Cython's is_c_contig/is_f_contig/copy/copy_fortran/T/suboffsets and its str().
# Expected results recorded from Cython 3.3.0 (tests/golden/cython-3.3/run/memview/object_api.out).
from array import array


def grid():
    return memoryview(bytearray(48)).cast('d', (2, 3))


def view2(double[:, :] m):
    return m


def view1(double[:] m):
    return m


def contiguity(double[:, :] m):
    """
    >>> contiguity(grid())
    (True, False, False, True)
    """
    return m.is_c_contig(), m.is_f_contig(), m.T.is_c_contig(), m.T.is_f_contig()


def object_api():
    """
    >>> g = view2(grid())
    >>> g.is_c_contig(), g.is_f_contig()
    (True, False)
    >>> t = g.T
    >>> t.shape, t.strides, t.is_c_contig(), t.is_f_contig()
    ((3, 2), (8, 24), False, True)
    >>> g.suboffsets
    (-1, -1)
    >>> f = g.copy_fortran()
    >>> f.shape, f.strides, f.is_f_contig(), f.is_c_contig()
    ((2, 3), (8, 16), True, False)
    >>> c = t.copy()
    >>> c.shape, c.strides, c.is_c_contig()
    ((3, 2), (16, 8), True)
    >>> str(g)
    "<MemoryView of 'memoryview' object>"
    >>> s = g[:, ::2]
    >>> s.is_c_contig(), s.is_f_contig()
    (False, False)
    >>> v = view1(array('d', [1.0, 2.0]))
    >>> v.is_c_contig(), v.is_f_contig(), v.copy().is_c_contig()
    (True, True, True)
    >>> list(v.copy())
    [1.0, 2.0]
    """
