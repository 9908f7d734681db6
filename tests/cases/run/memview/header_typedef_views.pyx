# Views whose items are a header's typedefs declared as another type than the header gives them
# (Cython is told int for a C short, float for a C double): the buffer is checked, read and
# written with the header's size and signedness, as Cython reads them from C; a typedef of such
# a typedef names itself in the errors.
# Expected outputs recorded from Cython 3.3.0.
from array import array

cdef extern from *:
    """
    typedef short td_short;
    typedef double td_double;
    typedef unsigned short td_ushort;
    """
    ctypedef int td_short
    ctypedef float td_double
    ctypedef unsigned int td_ushort

ctypedef td_short td_cy_short


def shorts(td_short[:] v):
    """
    >>> shorts(array('h', [1, -2, 300]))
    (299, 3, 2)
    >>> shorts(array('i', [1, 2]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'td_short' but got 'int'
    """
    cdef long s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    v[0] = 7
    return s, len(v), sizeof(td_short)


def doubles(td_double[:] v):
    """
    >>> a = array('d', [0.5, 0.25])
    >>> doubles(a), a.tolist()
    ((0.75, 8), [0.5, 2.125])
    >>> doubles(array('f', [1.0]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'td_double' but got 'float'
    """
    cdef double s = v[0] + v[1]
    v[1] = 2.125
    return s, sizeof(td_double)


def unsigned_shorts(td_ushort[:] v):
    """
    >>> unsigned_shorts(array('H', [65535, 1]))
    (65535, 1)
    >>> unsigned_shorts(array('h', [1]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'td_ushort' but got 'short'
    """
    return v[0], v[1]


def through_typedef(td_cy_short[:] v):
    """
    >>> through_typedef(array('h', [5, 6]))
    [5, 5, 0]
    >>> through_typedef(array('q', [5]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'td_cy_short' but got 'long long'
    """
    v[...] = v[0]
    cdef object o = v
    return [o[0], o[1], 0]
