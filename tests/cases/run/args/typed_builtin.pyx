# Parameters typed as builtin types check the argument (None allowed unless 'not None').
def first(list xs):
    """
    >>> first([4, 5])
    4
    >>> first((4, 5))
    Traceback (most recent call last):
    TypeError: Argument 'xs' has incorrect type (expected list, got tuple)
    """
    return xs[0]

def name(str s):
    """
    >>> name("abc"), name(None)
    ('abc', None)
    """
    return s

def strict(dict d not None):
    """
    >>> strict({})
    {}
    >>> strict(None)
    Traceback (most recent call last):
    TypeError: Argument 'd' has incorrect type (expected dict, got NoneType)
    """
    return d

def type_name(type t):
    """
    >>> type_name(int), type_name(None)
    ('int', None)
    >>> import abc
    >>> type_name(abc.ABC)
    Traceback (most recent call last):
    TypeError: Argument 't' has incorrect type (expected type, got ABCMeta)
    >>> type_name(3)
    Traceback (most recent call last):
    TypeError: Argument 't' has incorrect type (expected type, got int)
    """
    return None if t is None else t.__name__

def frozen(frozenset s):
    """
    >>> frozen(frozenset([1, 2]))
    2
    >>> frozen({1})
    Traceback (most recent call last):
    TypeError: Argument 's' has incorrect type (expected frozenset, got set)
    """
    return len(s)

def typed_local(o):
    """
    >>> typed_local(int) is int
    True
    >>> typed_local(3)
    Traceback (most recent call last):
    TypeError: Expected type, got int
    """
    cdef type t = o
    return t

class MyList(list):
    pass

def exact_list(list xs):
    """
    >>> exact_list([1])
    1
    >>> exact_list(MyList([1]))
    Traceback (most recent call last):
    TypeError: Argument 'xs' has incorrect type (expected list, got MyList)
    """
    return len(xs)
