# Unsigned 64-bit conversions; messages recorded from Cython 3.3.0.
def ul(unsigned long x):
    """
    >>> ul(2**64 - 1)
    18446744073709551615
    >>> ul(-1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to unsigned long
    >>> ul(2**64)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C unsigned long
    """
    return x

def sz(size_t x):
    """
    >>> sz(0)
    0
    >>> sz(-1)
    Traceback (most recent call last):
    OverflowError: can't convert negative value to size_t
    """
    return x

def ssz(Py_ssize_t x):
    """
    >>> ssz(-5)
    -5
    >>> ssz(2**63)
    Traceback (most recent call last):
    OverflowError: Python int too large to convert to C ssize_t
    """
    return x
