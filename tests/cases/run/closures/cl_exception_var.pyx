# A closure raising exceptions that reach the creator's caller, and a closure capturing the
# variable of an `except ... as e` clause.
# Expected outputs recorded from Cython 3.3.0.

def raiser(msg):
    """
    >>> raiser('boom')()
    Traceback (most recent call last):
    ValueError: boom
    """
    def inner():
        raise ValueError(msg)
    return inner


def caught_in_creator():
    """
    >>> caught_in_creator()
    ('caught', 'bad key')
    """
    def inner():
        raise KeyError('bad key')
    try:
        inner()
    except KeyError as e:
        return 'caught', e.args[0]


def captures_exception():
    """
    >>> captures_exception()
    'v'
    """
    try:
        raise ValueError('v')
    except ValueError as e:
        def f():
            return str(e)
        r = f()
    return r


def raise_through_two():
    """
    >>> raise_through_two()
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    """
    cdef int zero = 0
    def a():
        return b()
    def b():
        return 1 // zero
    return a()
