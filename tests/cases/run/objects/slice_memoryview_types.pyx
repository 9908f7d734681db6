# slice and memoryview as declared types: a typed slice's start/stop/step and indices(), a typed
# memoryview argument and its attributes, None allowed, another type refused with Cython's
# TypeError (exactly the type, as for every builtin type). Expected outputs recorded from Cython 3.3.0.

def typed_slice(obj):
    """
    >>> typed_slice(slice(1, 2, 3))
    (1, 2, 3, (1, 2, 3))
    >>> typed_slice([1])
    Traceback (most recent call last):
    TypeError: Expected slice, got list
    """
    cdef slice s = obj
    cdef Py_ssize_t a = s.start, b = s.stop, c = s.step
    return a, b, c, s.indices(10)


def made_slice(n):
    """
    >>> made_slice(3)
    ([0, 1, 2], True)
    """
    cdef slice s = slice(n)
    return list(range(10))[s], isinstance(s, slice)


def typed_view(memoryview view):
    """
    >>> typed_view(memoryview(b'zzzzz'))
    (5, 1, True, 'B')
    >>> typed_view(None)
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'nbytes'
    >>> typed_view(b'zz')
    Traceback (most recent call last):
    TypeError: Argument 'view' has incorrect type (expected memoryview, got bytes)
    """
    return view.nbytes, view.ndim, view.readonly, view.format


def view_of(obj):
    """
    >>> view_of(bytearray(b'ab'))
    (2, False)
    """
    cdef memoryview v = memoryview(obj)
    with v:
        return len(v), v.readonly
