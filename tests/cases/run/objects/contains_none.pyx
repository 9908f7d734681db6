# `in` on None: a container typed dict gets Cython's "'NoneType' object is not iterable"; the
# other types get Python's message. Recorded from Cython 3.3.0.


def in_dict(k, dict d):
    """
    >>> in_dict(1, {1: 2}), in_dict(2, {1: 2})
    (True, False)
    >>> in_dict(1, None)
    Traceback (most recent call last):
    TypeError: 'NoneType' object is not iterable
    """
    return k in d


def not_in_dict(k, dict d):
    """
    >>> not_in_dict(1, {})
    True
    >>> not_in_dict(1, None)
    Traceback (most recent call last):
    TypeError: 'NoneType' object is not iterable
    """
    return k not in d


def in_list(k, list l):
    """
    >>> in_list(1, [1])
    True
    >>> in_list(1, None)
    Traceback (most recent call last):
    TypeError: argument of type 'NoneType' is not iterable
    """
    return k in l


def in_str(s, str t):
    """
    >>> in_str('a', 'cat')
    True
    >>> in_str('a', None)
    Traceback (most recent call last):
    TypeError: argument of type 'NoneType' is not iterable
    """
    return s in t


def in_object(k, o):
    """
    >>> in_object(1, None)
    Traceback (most recent call last):
    TypeError: argument of type 'NoneType' is not iterable
    """
    return k in o
