# del of a memoryview variable releases its buffer; reading it afterwards raises
# UnboundLocalError, as Cython's does (it warns at compile time too); it may be assigned again.
# Expected outputs recorded from Cython 3.3.0.

def f(double[:] a, flag):
    """
    >>> import array
    >>> f(array.array('d', [1, 2]), False)
    1.0
    >>> f(array.array('d', [1, 2]), True)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'v' referenced before assignment
    """
    cdef double[:] v = a
    x = v[0]
    del v
    if flag:
        return v[1]
    v = a
    del v, a
    return x
