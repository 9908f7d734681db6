# Attribute access special methods of cdef classes: __getattribute__ for every lookup (and
# __getattr__ after it fails), __setattr__ and __delattr__ as one slot, with generic behaviour
# for a missing half; C attributes of typed values bypass them. Expected outputs recorded from
# Cython 3.3.0.

cdef class Recorder:
    cdef public dict log

    def __init__(self):
        self.log = {}

    def __setattr__(self, name, value):
        self.log[name] = value

    def __delattr__(self, name):
        if name not in self.log:
            raise AttributeError(name)
        del self.log[name]

    def __getattr__(self, name):
        return self.log.get(name, 'missing')


cdef class Upper:
    cdef public int hits

    def __getattribute__(self, name):
        if name == 'hits':
            return object.__getattribute__(self, name)
        if name.startswith('_'):
            raise AttributeError(name)
        return name.upper()

    def __getattr__(self, name):
        return 'fallback ' + name


cdef class SetOnly:
    cdef public object seen

    def __setattr__(self, name, value):
        if name == 'seen':
            object.__setattr__(self, name, value)
        else:
            raise TypeError('read-only: ' + name)


def recorder():
    """
    >>> recorder()
    ({'y': 2}, 2, 'missing', True)
    >>> r = Recorder()
    >>> del r.nothing
    Traceback (most recent call last):
    AttributeError: nothing
    """
    r = Recorder()
    r.x = 1
    r.y = 2
    del r.x
    return r.log, r.y, r.z, isinstance(r.log, dict)


def upper():
    """
    >>> upper()
    ('ABC', 'fallback _private', 0)
    """
    u = Upper()
    return u.abc, u._private, u.hits


def set_only():
    """
    >>> set_only()
    5
    >>> s = SetOnly()
    >>> s.other = 1
    Traceback (most recent call last):
    TypeError: read-only: other
    >>> del s.seen
    >>> print(s.seen)
    None
    """
    s = SetOnly()
    s.seen = 5
    return s.seen
