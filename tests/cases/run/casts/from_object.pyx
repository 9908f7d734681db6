# <T>obj converts a Python object to a C type exactly as an assignment to a typed variable does,
# with the same errors. Expected outputs recorded from Cython 3.3.0.
def to_int(x):
    """
    >>> to_int(3), to_int(3.7), to_int(True), to_int(-1)
    (3, 3, 1, -1)
    >>> to_int(2**40)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    >>> to_int(2**70)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C long
    >>> to_int('x')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> to_int(None)
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    return <int>x

def to_uchar(x):
    """
    >>> to_uchar(255), to_uchar(3.7)
    (255, 3)
    >>> to_uchar(300)
    Traceback (most recent call last):
    OverflowError: value too large to convert to unsigned char
    >>> to_uchar(-1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to unsigned char
    """
    return <unsigned char>x

def to_ssize(x):
    """
    >>> to_ssize(2**40)
    1099511627776
    >>> to_ssize(3.7)
    Traceback (most recent call last):
    TypeError: 'float' object cannot be interpreted as an integer
    >>> to_ssize([1])
    Traceback (most recent call last):
    TypeError: 'list' object cannot be interpreted as an integer
    """
    return <Py_ssize_t>x

def to_size(x):
    """
    >>> to_size(7)
    7
    >>> to_size(-1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to size_t
    """
    return <size_t>x

def to_double(x):
    """
    >>> to_double(3), to_double(2**70), to_double(True)
    (3.0, 1.1805916207174113e+21, 1.0)
    >>> to_double('x')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    >>> to_double(None)
    Traceback (most recent call last):
    TypeError: must be real number, not NoneType
    """
    return <double>x

def to_float(x):
    """
    >>> to_float(3.7)
    3.700000047683716
    """
    return <float>x

def to_bint(x):
    """
    >>> to_bint(None), to_bint([]), to_bint([0]), to_bint('x'), to_bint(0.0)
    (False, False, True, True, False)
    """
    return <bint>x

def checked_c_type(x):
    """
    >>> checked_c_type(1.5)
    (1, 1.5)
    >>> checked_c_type('s')
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    return <int?>x, <double?>x

def in_arithmetic(x, y):
    """
    >>> in_arithmetic(7.9, 2)
    9
    >>> in_arithmetic(2**31 - 1, 1)
    -2147483648
    """
    return <int>x + <int>y
