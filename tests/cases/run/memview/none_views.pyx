# None is accepted for a view argument unless 'not None'; indexing a None view raises
# IndexError as in Cython 3.3.0 (its shape is 0).
def get(double[:] x):
    """
    >>> get(None)
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    return x[0]

def is_none(double[:] x):
    """
    >>> import array
    >>> is_none(None), is_none(array.array('d'))
    (True, False)
    """
    return x is None

def back(double[:] x):
    """
    >>> print(back(None))
    None
    """
    return x

def strict(double[:] x not None):
    """
    >>> strict(None)
    Traceback (most recent call last):
    TypeError: Argument 'x' must not be None
    """
    return 1

def default(double[:] x=None):
    """
    >>> print(default())
    None
    """
    return x
