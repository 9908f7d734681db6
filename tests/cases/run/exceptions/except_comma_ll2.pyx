# cython: language_level=2
# Language level 2's `except E, name:` binds the exception as `as` does, and the name stays
# bound after the clause (Python 2's rule, which Cython keeps there). Expected outputs: Cython 3.3.0.

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
