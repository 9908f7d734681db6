# `bool` as a declared type (the builtin bool type, tested exactly, None allowed), `<bool>` of C
# values (their truth) and of objects (unchecked). Expected outputs: Cython 3.3.0.

def declared(x):
    """
    >>> declared(True)
    True
    >>> declared(None)
    >>> declared(1)
    Traceback (most recent call last):
    TypeError: Expected bool, got int
    """
    cdef bool b = x
    return b

def argument(bool b):
    """
    >>> argument(False)
    False
    >>> argument(None)
    >>> argument(0)
    Traceback (most recent call last):
    TypeError: Argument 'b' has incorrect type (expected bool, got int)
    """
    return b

def c_truth(x):
    """
    >>> c_truth(0)
    (False, 0, 0)
    >>> c_truth(2)
    (True, 1, 1)
    >>> c_truth(-300)
    (True, 1, 1)
    """
    cdef int i = x
    cdef bool b = <bool>i
    return <bool>i, <int><bool>i, <char>b

def c_assigned(int i):
    """
    >>> c_assigned(1)
    Traceback (most recent call last):
    TypeError: Expected bool, got int
    """
    cdef bool b = i
    return b

def unchecked(x):
    """
    >>> unchecked([])
    []
    """
    return <bool>x

def is_bool(x):
    """
    >>> is_bool(True), is_bool(1)
    (True, False)
    """
    return isinstance(x, bool)
