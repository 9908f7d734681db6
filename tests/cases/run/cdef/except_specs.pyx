# Exception specifications as in Cython 3: the default except? -1 for C results, except -1,
# except *, another error value, and object results (NULL).
cdef int default_spec(int x):
    if x < 0:
        raise ValueError("negative")
    return x - 1

cdef int explicit(int x) except -1:
    if x == 0:
        raise ZeroDivisionError("zero")
    return 10 // x

cdef int star(int x) except *:
    if x > 5:
        raise OverflowError("big")
    return x

cdef long other_value(long x) except? 0:
    if x == 99:
        raise KeyError(x)
    return x

cdef object obj(x):
    if x is None:
        raise TypeError("none")
    return x

def run(x):
    """
    >>> run(1)
    (0, 10, 1, 1, 1)
    >>> run(0)
    Traceback (most recent call last):
    ZeroDivisionError: zero
    >>> run(-1)
    Traceback (most recent call last):
    ValueError: negative
    >>> run(6)
    Traceback (most recent call last):
    OverflowError: big
    """
    return default_spec(x), explicit(x), star(x), other_value(x), obj(x)

def minus_one_is_a_value():
    """
    -1 returned normally by an except? -1 function is not an error.

    >>> minus_one_is_a_value()
    -1
    """
    return default_spec(0)

def others(x):
    """
    >>> others(0)
    0
    >>> others(99)
    Traceback (most recent call last):
    KeyError: 99
    >>> others(None)
    Traceback (most recent call last):
    TypeError: none
    """
    if x is None:
        return obj(x)
    return other_value(x)
