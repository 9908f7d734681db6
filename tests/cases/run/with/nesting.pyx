# Several items are nested with statements; parenthesised items; nested statements; with inside
# try/except/finally and try inside with; with inside an except clause.
import sys


class CM:
    def __init__(self, log, name, suppress=False):
        self.log = log
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit %s %s' % (self.name, exc_type.__name__ if exc_type is not None else None))
        return self.suppress


class FailingEnter:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter failing')
        raise KeyError('enter')

    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit failing')


def two_items(log):
    """
    >>> log = []
    >>> two_items(log)
    ('a', 'b')
    >>> log
    ['enter a', 'enter b', 'exit b None', 'exit a None']
    """
    with CM(log, 'a') as x, CM(log, 'b') as y:
        return x, y


def three_items_raise(log):
    """
    >>> log = []
    >>> three_items_raise(log)
    Traceback (most recent call last):
    ValueError
    >>> log
    ['enter a', 'enter b', 'enter c', 'exit c ValueError', 'exit b ValueError', 'exit a ValueError']
    """
    with CM(log, 'a'), CM(log, 'b') as b, CM(log, 'c'):
        raise ValueError


def second_item_sees_first(log):
    """
    >>> log = []
    >>> second_item_sees_first(log)
    >>> log
    ['enter a', 'enter a2', 'exit a2 None', 'exit a None']
    """
    with CM(log, 'a') as x, CM(log, x + '2'):
        pass


def inner_suppresses(log):
    """
    >>> log = []
    >>> inner_suppresses(log)
    'after'
    >>> log
    ['enter a', 'enter b', 'exit b ZeroDivisionError', 'exit a None']
    """
    with CM(log, 'a'), CM(log, 'b', True):
        1 // len(log[:0])
    return 'after'


def outer_suppresses(log):
    """
    >>> log = []
    >>> outer_suppresses(log)
    'after'
    >>> log
    ['enter a', 'enter b', 'exit b KeyError', 'exit a KeyError']
    """
    with CM(log, 'a', True):
        with CM(log, 'b'):
            raise KeyError
    return 'after'


def second_enter_fails(log):
    """
    >>> log = []
    >>> second_enter_fails(log)
    Traceback (most recent call last):
    KeyError: 'enter'
    >>> log
    ['enter a', 'enter failing', 'exit a KeyError']
    """
    with CM(log, 'a'), FailingEnter(log):
        log.append('body')


def parenthesised(log):
    """
    >>> log = []
    >>> parenthesised(log)
    ('a', 'b')
    >>> log
    ['enter a', 'enter b', 'exit b None', 'exit a None']
    """
    with (CM(log, 'a') as x, CM(log, 'b') as y):
        return x, y


def parenthesised_trailing_comma(log):
    """
    >>> log = []
    >>> parenthesised_trailing_comma(log)
    >>> log
    ['enter a', 'enter b', 'exit b None', 'exit a None']
    """
    with (
        CM(log, 'a'),
        CM(log, 'b'),
    ):
        pass


def parenthesised_context(log):
    """
    >>> log = []
    >>> parenthesised_context(log)
    'a'
    >>> log
    ['enter a', 'exit a None']
    """
    with (CM(log, 'a')) as x:
        return x


def with_in_try_except(log):
    """
    >>> log = []
    >>> with_in_try_except(log)
    'caught ValueError'
    >>> log
    ['enter a', 'exit a ValueError']
    """
    try:
        with CM(log, 'a'):
            raise ValueError
    except ValueError as e:
        return 'caught ' + type(e).__name__


def try_in_with(log):
    """
    >>> log = []
    >>> try_in_with(log)
    >>> log
    ['enter a', 'caught', 'finally', 'exit a None']
    """
    with CM(log, 'a'):
        try:
            raise ValueError
        except ValueError:
            log.append('caught')
        finally:
            log.append('finally')


def with_in_finally(log):
    """
    >>> log = []
    >>> with_in_finally(log)
    Traceback (most recent call last):
    KeyError: 'k'
    >>> log
    ['enter a', 'exit a None']
    """
    try:
        raise KeyError('k')
    finally:
        with CM(log, 'a'):
            pass


def with_in_except_clause(log):
    """
    >>> log = []
    >>> with_in_except_clause(log)
    ('KeyError', 'KeyError')
    >>> log
    ['enter a', 'exit a None']
    """
    try:
        raise KeyError('k')
    except KeyError:
        with CM(log, 'a'):
            inside = type(sys.exc_info()[1]).__name__
        return inside, type(sys.exc_info()[1]).__name__


def exception_in_except_clause_with(log):
    """
    >>> log = []
    >>> exception_in_except_clause_with(log)
    ("ValueError('v')", "KeyError('k')")
    >>> log
    ['enter a', 'exit a ValueError']
    """
    try:
        try:
            raise KeyError('k')
        except KeyError:
            with CM(log, 'a'):
                raise ValueError('v')
    except ValueError as e:
        return repr(e), repr(e.__context__)


def nested_statements(log):
    """
    >>> log = []
    >>> nested_statements(log)
    'abc'
    >>> log
    ['enter a', 'enter b', 'enter c', 'exit c None', 'exit b None', 'exit a None']
    """
    with CM(log, 'a') as a:
        with CM(log, 'b') as b:
            with CM(log, 'c') as c:
                r = a + b + c
    return r
