# Keyword names that are str subclasses: matched with the subclass's own __eq__ (which may
# raise), as Cython does. Expected results recorded from Cython 3.3.0.


def pick(a, k=None):
    """
    >>> class Tagged(str):
    ...     pass
    >>> class NoCompare(str):
    ...     def __eq__(self, other):
    ...         raise RuntimeError("do not compare me")
    ...     def __hash__(self):
    ...         return hash(str(self))
    >>> pick(1, **{Tagged('k'): 'value'})
    (1, 'value')
    >>> pick(**{Tagged('a'): 2})
    (2, None)
    >>> pick(1, **{NoCompare('k'): 'value'})
    Traceback (most recent call last):
    RuntimeError: do not compare me
    >>> pick(1, **{Tagged('z'): 3})
    Traceback (most recent call last):
    TypeError: pick() got an unexpected keyword argument 'z'
    """
    return a, k
