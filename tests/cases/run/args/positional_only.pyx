# Positional-only parameters (before '/'): passed positionally, a keyword of the same name is
# unexpected (or lands in **kwargs), defaults, typed ones, with keyword-only parameters and
# *args. Cython's messages, which differ from CPython's ("got an unexpected keyword argument"
# rather than "got some positional-only arguments passed as keyword arguments"). Expected
# outputs recorded from Cython 3.3.0.

def pos(a, b, /, c):
    """
    >>> pos(1, 2, 3)
    (1, 2, 3)
    >>> pos(1, 2, c=3)
    (1, 2, 3)
    >>> pos(1, b=2, c=3)
    Traceback (most recent call last):
    TypeError: pos() takes exactly 3 positional arguments (1 given)
    >>> pos(a=1, b=2, c=3)
    Traceback (most recent call last):
    TypeError: pos() takes exactly 3 positional arguments (0 given)
    >>> pos(1, 2)
    Traceback (most recent call last):
    TypeError: pos() takes exactly 3 positional arguments (2 given)
    >>> pos(1, 2, 3, 4)
    Traceback (most recent call last):
    TypeError: pos() takes exactly 3 positional arguments (4 given)
    >>> pos(1, 2, a=5, c=3)
    Traceback (most recent call last):
    TypeError: pos() got an unexpected keyword argument 'a'
    """
    return a, b, c

def pos_defaults(a, b=1, /, c=2, *, d=3):
    """
    >>> pos_defaults(1)
    (1, 1, 2, 3)
    >>> pos_defaults(1, 2, 3, d=4)
    (1, 2, 3, 4)
    >>> pos_defaults(1, c=5)
    (1, 1, 5, 3)
    >>> pos_defaults(1, b=3)
    Traceback (most recent call last):
    TypeError: pos_defaults() got an unexpected keyword argument 'b'
    >>> pos_defaults(1, 2, 3, 4)
    Traceback (most recent call last):
    TypeError: pos_defaults() takes at most 3 positional arguments (4 given)
    >>> pos_defaults()
    Traceback (most recent call last):
    TypeError: pos_defaults() takes at least 1 positional argument (0 given)
    >>> pos_defaults(d=1)
    Traceback (most recent call last):
    TypeError: pos_defaults() takes at least 1 positional argument (0 given)
    """
    return a, b, c, d

def pos_kwargs(a, /, **kw):
    """
    >>> pos_kwargs(1, a=2)
    (1, {'a': 2})
    >>> pos_kwargs(1)
    (1, {})
    >>> pos_kwargs(a=2)
    Traceback (most recent call last):
    TypeError: pos_kwargs() takes exactly 1 positional argument (0 given)
    """
    return a, kw

def pos_only(x, y, /):
    """
    >>> pos_only(1, 2)
    3
    >>> pos_only(1, y=2)
    Traceback (most recent call last):
    TypeError: pos_only() got an unexpected keyword argument 'y'
    >>> pos_only(1)
    Traceback (most recent call last):
    TypeError: pos_only() takes exactly 2 positional arguments (1 given)
    >>> pos_only()
    Traceback (most recent call last):
    TypeError: pos_only() takes exactly 2 positional arguments (0 given)
    """
    return x + y

def pos_typed(int n, double x=2.0, /, *args):
    """
    >>> pos_typed(3)
    (6.0, ())
    >>> pos_typed(3, 1, 'rest')
    (3.0, ('rest',))
    >>> pos_typed(3, x=1.0)
    Traceback (most recent call last):
    TypeError: pos_typed() got an unexpected keyword argument 'x'
    >>> pos_typed('3')
    Traceback (most recent call last):
    TypeError: an integer is required
    """
    return n * x, args
