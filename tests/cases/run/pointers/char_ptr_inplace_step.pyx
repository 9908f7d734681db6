# `s += v` and `s -= v` on a char * step the pointer: an object operand is converted to
# Py_ssize_t first (Cython's rule for in-place arithmetic on a C string), never concatenated.
# Recorded from Cython 3.3.0.


def step_by_objects():
    """
    >>> step_by_objects()
    b'bc'
    """
    cdef char* s = 'abc'
    cdef object x = 1
    s += 1
    s += 2 * x
    s -= 1
    s -= x
    return s


def step_by_object(n):
    """
    >>> step_by_object(2)
    b'lo'
    >>> step_by_object(1.5)
    Traceback (most recent call last):
    TypeError: 'float' object cannot be interpreted as an integer
    >>> step_by_object('x')
    Traceback (most recent call last):
    TypeError: 'str' object cannot be interpreted as an integer
    """
    cdef const char* s = b'hello'
    s += n
    s += 1
    return s
