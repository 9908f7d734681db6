# Typed memoryviews of complex and long double elements, over numpy arrays and Python's array-less buffers.
import numpy as np
cimport cython


def total(double complex[:] v):
    """
    >>> total(np.array([1+2j, 3-1j, 0.5j]))
    (4+1.5j)
    >>> total(np.array([1.0, 2.0]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double complex' but got 'double'
    >>> total(np.array([1+2j], dtype=np.complex64))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'double complex' but got 'complex float'
    """
    cdef double complex s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s


def scale(float complex[:] v, float complex by):
    """
    >>> a = np.array([1+1j, 2-2j], dtype=np.complex64)
    >>> scale(a, 2j)
    >>> a.tolist()
    [(-2+2j), (4+4j)]
    """
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        v[i] = v[i] * by


def conjugate_all(double complex[:, ::1] m):
    """
    >>> a = np.array([[1+1j, 2], [3j, -4-4j]])
    >>> conjugate_all(a)
    >>> a.tolist()
    [[(1-1j), (2-0j)], [-3j, (-4+4j)]]
    """
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        for j in range(m.shape[1]):
            m[i, j] = m[i, j].conjugate()


def parts(double complex[:] v):
    """
    >>> parts(np.array([1+2j, 3-4j]))
    ([1.0, 3.0], [2.0, -4.0])
    """
    return [v[i].real for i in range(v.shape[0])], [v[i].imag for i in range(v.shape[0])]


def as_objects(double complex[:] v):
    """
    >>> as_objects(np.array([1+2j, 3]))
    ((1+2j), [(1+2j), (3+0j)], 'Zd')
    """
    return v[0], list(v), v.format if hasattr(v, 'format') else memoryview(v).format


def store_object(double complex[:] v, o):
    """
    >>> a = np.zeros(1, dtype=complex)
    >>> store_object(a, 2)
    >>> a.tolist()
    [(2+0j)]
    >>> store_object(a, "no")
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    v[0] = o


def long_doubles(long double[:] v):
    """
    >>> long_doubles(np.array([1.5, 2.5], dtype=np.longdouble))
    (4.0, 'long double')
    >>> long_doubles(np.array([1.5, 2.5]))
    Traceback (most recent call last):
    ValueError: Buffer dtype mismatch, expected 'long double' but got 'double'
    """
    cdef long double s = 0
    cdef Py_ssize_t i
    for i in range(v.shape[0]):
        s += v[i]
    return s, cython.typeof(s)
