# cython: language_level=2
# Language level 2's `except E, name:` binds the exception as `as` does, and the name stays
# bound after the clause (Python 2's rule, which Cython keeps there); `raise E, V[, tb]` makes
# E's instance from V as Cython does. Expected outputs: Cython 3.3.0.

def bound_after():
    """
    >>> bound_after()
    ValueError(1)
    """
    try:
        raise ValueError(1)
    except ValueError, e:
        pass
    return e

def tuple_of_types(which):
    """
    >>> tuple_of_types(0)
    'KeyError'
    >>> tuple_of_types(1)
    'IndexError'
    """
    try:
        if which:
            raise IndexError(which)
        raise KeyError(which)
    except (KeyError, IndexError), err:
        return type(err).__name__

def not_matching():
    """
    >>> not_matching()
    Traceback (most recent call last):
    TypeError: no
    """
    try:
        raise TypeError("no")
    except ValueError, e:
        return e

def raise_value(v):
    """
    >>> raise_value(5)
    (5,)
    >>> raise_value((1, 2))
    (1, 2)
    >>> raise_value(None)
    ()
    >>> e = KeyError('k'); raise_value(e) is e
    True
    """
    try:
        raise KeyError, v
    except KeyError, e:
        return e.args if not isinstance(v, BaseException) else e

def raise_with_traceback():
    """
    >>> raise_with_traceback()
    Traceback (most recent call last):
    ValueError: msg
    """
    raise ValueError, "msg", None

def raise_errors(which):
    """
    >>> raise_errors(0)
    Traceback (most recent call last):
    TypeError: instance exception may not have a separate value
    >>> raise_errors(1)
    Traceback (most recent call last):
    TypeError: raise: exception class must be a subclass of BaseException
    >>> raise_errors(2)
    Traceback (most recent call last):
    TypeError: raise: arg 3 must be a traceback or None
    """
    if which == 0:
        raise ValueError(1), 2
    if which == 1:
        raise int, 2
    raise ValueError, 1, 2
