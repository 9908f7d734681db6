# cpython.array: Python's array.array at the C level. Its items as typed pointers (also without the
# GIL), as a typed buffer and a memoryview, and Cython's functions over it; bad arguments raise
# what Cython raises. Expected outputs recorded from Cython 3.3.0.
from cpython cimport array
import array as pyarray

def items_as_pointers(array.array a):
    """
    >>> a = pyarray.array('d', [1.5, 2.5, 3.5])
    >>> items_as_pointers(a)
    (7.5, 'd', 8)
    >>> a
    array('d', [3.0, 5.0, 7.0])
    """
    cdef double total = 0
    cdef Py_ssize_t i, n = len(a)
    with nogil:
        for i in range(n):
            total += a.data.as_doubles[i]
            a.data.as_doubles[i] *= 2
    return total, chr(a.ob_descr.typecode), a.ob_descr.itemsize

def typed_buffer(array.array[int] a):
    """
    >>> typed_buffer(pyarray.array('i', [4, 5, 6]))
    (15, 6)
    >>> typed_buffer(pyarray.array('d', [1.0]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'int' but got 'double'
    """
    cdef int s = 0
    cdef Py_ssize_t i
    for i in range(len(a)):
        s += a[i]
    return s, a[-1]

def as_view(array.array a):
    """
    >>> as_view(pyarray.array('l', [10, 20, 30]))
    (60, 3)
    """
    cdef long[:] v = a
    cdef long s = 0
    for x in v:
        s += x
    return s, v.shape[0]

def not_an_array(x):
    """
    >>> not_an_array([1, 2])
    Traceback (most recent call last):
    TypeError: Cannot convert list to array.array
    >>> not_an_array(None) is None
    True
    """
    cdef array.array a = x
    return a

def cloned(array.array a, Py_ssize_t n, bint zero):
    """
    >>> cloned(pyarray.array('h', [1, 2]), 4, True)
    array('h', [0, 0, 0, 0])
    >>> len(cloned(pyarray.array('f', [1.0]), 3, False))
    3
    >>> cloned(pyarray.array('b', []), 0, True)
    array('b')
    """
    return array.clone(a, n, zero)

def copied(array.array a):
    """
    >>> a = pyarray.array('I', [7, 8, 9])
    >>> b = copied(a)
    >>> b, b is a, type(b) is type(a)
    (array('I', [7, 8, 9]), False, True)
    """
    return array.copy(a)

def resized(array.array a, Py_ssize_t n):
    """
    >>> resized(pyarray.array('q', [1, 2, 3]), 2)
    array('q', [1, 2])
    >>> len(resized(pyarray.array('q', [1]), 5))
    5
    """
    array.resize(a, n)
    return a

def grown_one_by_one(Py_ssize_t n):
    """
    >>> grown_one_by_one(6)
    array('i', [0, 1, 4, 9, 16, 25])
    """
    cdef array.array a = pyarray.array('i')
    cdef Py_ssize_t i
    for i in range(n):
        array.resize_smart(a, i + 1)
        a.data.as_ints[i] = i * i
    return a

def extended(array.array a, array.array b):
    """
    >>> extended(pyarray.array('i', [1, 2]), pyarray.array('i', [3, 4, 5]))
    array('i', [1, 2, 3, 4, 5])
    >>> extended(pyarray.array('i', [1]), pyarray.array('d', [2.0]))
    Traceback (most recent call last):
    TypeError: bad argument type for built-in operation
    """
    array.extend(a, b)
    return a

def extended_from_c():
    """
    >>> extended_from_c()
    array('l', [15, 37, 389, 5077])
    """
    cdef array.array a = pyarray.array('l', [15, 37])
    cdef long more[2]
    more[0] = 389
    more[1] = 5077
    array.extend_buffer(a, <char *>more, 2)
    return a

def zeroed(array.array a):
    """
    >>> zeroed(pyarray.array('B', [1, 2, 255]))
    array('B', [0, 0, 0])
    """
    array.zero(a)
    return a

def sized(a):
    """
    >>> sized(pyarray.array('u', 'abc'))
    (3, 3)
    """
    cdef array.array ca = a
    return len(ca), ca.ob_size
