# Pure Python mode's cython.declare: `x = cython.declare(T, v)` declares x as a T for the whole
# function (inside a block too, as Cython types it) and assigns v where the statement stands;
# at module level it declares a module variable. `cython.declare(x=T, y=U)` declares each name;
# cython.compiled is True.
import cython

counted = cython.declare(cython.int, 7)

def module_value():
    """
    >>> module_value()
    ('int', 7)
    """
    return cython.typeof(counted), counted

def in_branches(value):
    """
    >>> in_branches(3)
    ('int', 3, 'float', 1.5)
    >>> in_branches(2.5)
    ('int', 0, 'float', 2.5)
    >>> in_branches(2 ** 40)
    Traceback (most recent call last):
    OverflowError: value too large to convert to int
    """
    if isinstance(value, int):
        n = cython.declare(cython.int, value)
        x = cython.declare(cython.float)
        x = 1.5
    else:
        n = 0
        x = value
    return cython.typeof(n), n, cython.typeof(x), x

def declared_only():
    """
    >>> declared_only()
    ('double', 0.5)
    """
    d = cython.declare(cython.double)
    d = 0.5
    return cython.typeof(d), d

def strings():
    """
    Two C strings added are bytes concatenated.

    >>> strings()
    b'spamham'
    """
    a = cython.declare(cython.p_char, b'spam')
    cdef const char *b = b'ham'
    return a + b

def by_keyword(n):
    """
    >>> by_keyword(3)
    ('int', 'long', 3, 4)
    """
    cython.declare(xx=cython.int, yy=cython.long)
    xx = n
    yy = n + 1
    return cython.typeof(xx), cython.typeof(yy), xx, yy

def compiled():
    """
    >>> compiled()
    (True, 'compiled')
    """
    if cython.compiled:
        s = 'compiled'
    else:
        s = 'interpreted'
    return cython.compiled, s
