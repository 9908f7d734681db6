# While a finally body runs because of an exception, that exception is the handled one: one
# raised in the body gets it as __context__, sys.exc_info() shows it, and the one handled before
# comes back afterwards, whichever way the body is left. Python's semantics; recorded from
# Cython 3.3.0 as well.
import sys


def raise_in_finally():
    """
    >>> try:
    ...     raise_in_finally()
    ... except KeyError as e:
    ...     print(type(e.__context__).__name__, e.__context__.args)
    AttributeError ('first',)
    """
    try:
        raise AttributeError('first')
    finally:
        raise KeyError('second')


def seen_in_finally(log):
    """
    >>> log = []
    >>> seen_in_finally(log)
    Traceback (most recent call last):
    ValueError: v
    >>> log, sys.exc_info()
    ([<class 'ValueError'>], (None, None, None))
    """
    try:
        raise ValueError('v')
    finally:
        log.append(sys.exc_info()[0])


def return_from_finally():
    """
    >>> return_from_finally(), sys.exc_info()
    (<class 'ValueError'>, (None, None, None))
    """
    try:
        raise ValueError
    finally:
        return sys.exc_info()[0]


def inside_handler():
    """
    >>> inside_handler()
    ('TypeError', 'KeyError', 'TypeError')
    """
    try:
        raise TypeError
    except TypeError:
        try:
            try:
                raise KeyError
            finally:
                during = sys.exc_info()[0].__name__
        except KeyError as k:
            context = type(k.__context__).__name__
        return context, during, sys.exc_info()[0].__name__
