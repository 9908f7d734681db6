# Lambdas with *args, **kwargs and keyword-only parameters, and Cython's messages for wrong
# calls of them.
# Expected outputs recorded from Cython 3.3.0.

def star():
    """
    >>> star()
    ((1, 2, 3), (), 6)
    """
    f = lambda *args: args
    total = lambda *args: sum(args)
    return f(1, 2, 3), f(), total(1, 2, 3)


def kwargs():
    """
    >>> kwargs()
    [('a', 1), ('b', 2)]
    """
    f = lambda **kw: sorted(kw.items())
    return f(b=2, a=1)


def keyword_only():
    """
    >>> f = keyword_only()
    >>> f(1, k=5)
    (1, 5)
    >>> f(1)
    (1, 0)
    >>> call_error(f, 1, 2)
    ('TypeError', 'takes exactly 1 positional argument (2 given)')
    """
    return lambda a, *, k=0: (a, k)


def mixed():
    """
    >>> mixed()
    (1, (2, 3), {'z': 4})
    """
    f = lambda a, *rest, **kw: (a, rest, kw)
    return f(1, 2, 3, z=4)


def missing():
    """
    >>> missing()
    ('TypeError', 'takes exactly 2 positional arguments (1 given)')
    """
    f = lambda a, b: a
    return call_error(f, 1)


def call_error(f, *args):
    # the function's name in the message is left out: Cython numbers its lambdas there
    try:
        f(*args)
    except TypeError as e:
        return type(e).__name__, str(e).split('() ', 1)[1]
