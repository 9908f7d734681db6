# basestring, Python 2's base of str and unicode, is str in Cython 3: as a value (`basestring is
# str`, isinstance), as a declared type (str literals assigned, None allowed, anything else,
# a str subclass included, refused with Cython's TypeError) and as an argument type.
# Expected outputs recorded from Cython 3.3.0.

def as_value(obj):
    """
    >>> as_value('abc'), as_value(b'abc'), as_value(3)
    ((True, True), (False, True), (False, True))
    """
    return isinstance(obj, basestring), basestring is str


def typed_variable(obj):
    """
    >>> typed_variable('abc')
    'abc'
    >>> typed_variable(None) is None
    True
    >>> class S(str): pass
    >>> typed_variable(S('x'))
    Traceback (most recent call last):
    TypeError: Expected str, got S
    >>> typed_variable(b'x')
    Traceback (most recent call last):
    TypeError: Expected str, got bytes
    """
    cdef basestring s = u'abc' if obj else 'abc'
    assert s
    s = obj
    return s


def typed_argument(basestring s, *values):
    """
    >>> typed_argument('-', 'a', 'b')
    'a-b'
    >>> typed_argument(None, 'a')
    Traceback (most recent call last):
    AttributeError: 'NoneType' object has no attribute 'join'
    >>> typed_argument(1)
    Traceback (most recent call last):
    TypeError: Argument 's' has incorrect type (expected str, got int)
    """
    return s.join(values)
