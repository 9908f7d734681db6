# Contiguous views ([::1], [:, ::1], [::1, :]) ask the exporter for a contiguous buffer; the
# exporter's error is what Cython 3.3.0 shows (numpy's and memoryview's messages).
def c1(double[::1] x):
    """
    >>> import numpy, array
    >>> c1(numpy.arange(3.0)), c1(array.array('d', [5.0]))
    (0.0, 5.0)
    >>> c1(numpy.arange(6.0)[::2])
    Traceback (most recent call last):
    ValueError: ndarray is not C-contiguous
    >>> c1(memoryview(array.array('d', [1, 2, 3, 4]))[::2])
    Traceback (most recent call last):
    BufferError: memoryview: underlying buffer is not C-contiguous
    """
    return x[0]

def c2(double[:, ::1] x):
    """
    >>> import numpy
    >>> c2(numpy.ones((2, 3)))
    1.0
    >>> c2(numpy.asfortranarray(numpy.ones((2, 3))))
    Traceback (most recent call last):
    ValueError: ndarray is not C-contiguous
    """
    return x[1, 2]

def f2(double[::1, :] x):
    """
    >>> import numpy
    >>> f2(numpy.asfortranarray(numpy.ones((2, 3))))
    1.0
    >>> f2(numpy.ones((2, 3)))
    Traceback (most recent call last):
    ValueError: ndarray is not Fortran contiguous
    """
    return x[1, 2]
