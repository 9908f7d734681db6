# A cdef function returning a view that ends without returning one raises Cython's TypeError,
# taking the GIL to do so when it runs without it; exceptions raised in its body propagate as
# usual. Recorded from Cython 3.3.0.


cdef double[:] pick(int i, double[:] v):
    if i == 1:
        raise AttributeError('dummy')
    if i == 2:
        return v


cdef double[:] pick_nogil(int i, double[:] v) nogil:
    if i == 1:
        raise ValueError('dummy')
    if i == 2:
        return v


def propagate(int i, bint nogil=False):
    """
    >>> propagate(0)
    TypeError('Memoryview return value is not initialized')
    >>> propagate(1)
    AttributeError('dummy')
    >>> propagate(2)
    3
    >>> propagate(0, nogil=True)
    TypeError('Memoryview return value is not initialized')
    >>> propagate(1, nogil=True)
    ValueError('dummy')
    >>> propagate(2, nogil=True)
    3
    """
    cdef double[:] data = memoryview(bytearray(24)).cast('d')
    cdef double[:] got
    try:
        if nogil:
            with nogil:
                got = pick_nogil(i, data)
        else:
            got = pick(i, data)
    except Exception as e:
        print('%s(%r)' % (e.__class__.__name__, e.args[0]))
    else:
        return got.shape[0]
