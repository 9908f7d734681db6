# numpy arrays as exporters: results, strided arrays, and the exporter's reference count
# unchanged after many calls (the total count is not usable with numpy under python3-dbg).
def total(double[:] x):
    """
    >>> import numpy, sys
    >>> a = numpy.arange(5.0)
    >>> total(a), total(a[::2]), total(a[::-1])
    (10.0, 6.0, 10.0)
    >>> before = sys.getrefcount(a)
    >>> for _ in range(100000): _ = total(a)
    >>> sys.getrefcount(a) - before
    0
    """
    cdef double s = 0
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        s += x[i]
    return s

def seed(double[:] x):
    """
    >>> import numpy, sys
    >>> a = numpy.ones(3)
    >>> before = sys.getrefcount(a)
    >>> for _ in range(100000): seed(a)
    >>> sys.getrefcount(a) - before
    0
    """
    (y := x)

def readonly(double[:] x):
    """
    >>> import numpy
    >>> a = numpy.zeros(3); a.setflags(write=False)
    >>> readonly(a)
    Traceback (most recent call last):
    ValueError: buffer source array is read-only
    >>> creadonly(a)
    0.0
    """
    return x[0]

def creadonly(const double[:] x):
    return x[0]

def shares_memory(double[:] x):
    """
    >>> import numpy
    >>> a = numpy.zeros(3)
    >>> r = numpy.asarray(shares_memory(a))
    >>> r[1] = 7.0
    >>> a.tolist()
    [0.0, 7.0, 0.0]
    """
    return x

def int64(long[:] x, long long[:] y):
    """
    >>> import numpy
    >>> int64(numpy.arange(3), numpy.arange(4))
    (2, 3)
    >>> int64(numpy.arange(3, dtype=numpy.int32), numpy.arange(3))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'long' but got 'int'
    """
    return (x[2], y[3])
