# Nested defs taking *args and **kwargs while reading the creator's variables, forwarding them
# to another captured callable (a simple wrapper), and Cython's messages for wrong calls.
# Expected outputs recorded from Cython 3.3.0.

def star(a):
    """
    >>> star(0)
    (0, (1, 2), [('k', 3)])
    """
    def inner(*args, **kw):
        return a, args, sorted(kw.items())
    return inner(1, 2, k=3)


def forwarder(func):
    """
    >>> f = forwarder(max)
    >>> f(3, 9, 4)
    ('max', 9)
    >>> g = forwarder(sorted)
    >>> g([3, 1, 2], reverse=True)
    ('sorted', [3, 2, 1])
    """
    name = func.__name__
    def call(*args, **kwargs):
        return name, func(*args, **kwargs)
    return call


def keyword_only_after_star():
    """
    >>> f = keyword_only_after_star()
    >>> f(1, 2)
    (3, 10)
    >>> f(1, 2, scale=2)
    (3, 2)
    >>> f(1, scale=3, bad=1)
    Traceback (most recent call last):
    TypeError: inner() got an unexpected keyword argument 'bad'
    """
    base = 10
    def inner(*args, scale=base):
        return sum(args), scale
    return inner


def required_kw():
    """
    >>> f = required_kw()
    >>> f(1)
    Traceback (most recent call last):
    TypeError: inner() needs keyword-only argument key
    >>> f(1, key='k')
    ('k', (1,))
    """
    def inner(*args, key):
        return key, args
    return inner
