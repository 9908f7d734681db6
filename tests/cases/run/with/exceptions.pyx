# An exception leaving the body of a with statement: __exit__ gets its type, value and traceback
# while it is the handled exception, and a true result suppresses it; an exception raised by
# __exit__ replaces it (with it as __context__); exceptions before the body never reach __exit__.
import sys


class CM:
    def __init__(self, log, suppress=False):
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append('enter')
        return (1, 2)

    def __exit__(self, exc_type, exc, tb):
        handled = sys.exc_info()[1]
        self.log.append((exc_type.__name__ if exc_type is not None else None, str(exc),
                         tb is not None, handled is exc))
        return self.suppress


class RaisingExit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise KeyError('from exit')


class RaisingEnter:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        raise ValueError('from enter')

    def __exit__(self, exc_type, exc, tb):
        self.log.append('exit called')


def body_raises(log):
    """
    >>> log = []
    >>> body_raises(log)
    Traceback (most recent call last):
    ValueError: boom
    >>> log
    ['enter', 'before', ('ValueError', 'boom', True, True)]
    """
    with CM(log):
        log.append('before')
        raise ValueError('boom')


def body_raises_from_call(log, d):
    """
    >>> log = []
    >>> body_raises_from_call(log, {})
    Traceback (most recent call last):
    KeyError: 'k'
    >>> log
    ['enter', ('KeyError', "'k'", True, True)]
    """
    with CM(log):
        return d['k']


def suppressed(log, suppress):
    """
    >>> log = []
    >>> suppressed(log, True)
    'after'
    >>> log
    ['enter', ('ZeroDivisionError', 'integer division or modulo by zero', True, True)]
    >>> suppressed([], 1)
    'after'
    >>> suppressed([], 'yes')
    'after'
    >>> suppressed([], 0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    >>> suppressed([], [])
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    >>> suppressed([], None)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    """
    x = 0
    with CM(log, suppress):
        x = 1 // x
    return 'after'


def truth_of_exit_result_raises():
    """
    >>> truth_of_exit_result_raises()
    Traceback (most recent call last):
    TypeError: no truth
    """
    with CM([], NoTruth()):
        raise ValueError('body')


class NoTruth:
    def __bool__(self):
        raise TypeError('no truth')


def handled_restored_after_suppression():
    """
    >>> handled_restored_after_suppression()
    (True, 'outer')
    """
    with CM([], True):
        raise ValueError('inner')
    first = sys.exc_info()[1] is None
    try:
        raise KeyError('outer')
    except KeyError:
        with CM([], True):
            raise ValueError('inner')
        return first, sys.exc_info()[1].args[0]


def variables_after_suppression():
    """
    >>> variables_after_suppression()
    (1, 2)
    """
    a = 0
    b = 0
    with CM([], True):
        a = 1
        raise ValueError
    with CM([], True):
        b = 2
    return a, b


def exit_raises():
    """
    >>> exit_raises()
    ("KeyError('from exit')", "ValueError('body')")
    """
    try:
        with RaisingExit():
            raise ValueError('body')
    except KeyError as e:
        return repr(e), repr(e.__context__)


def exit_raises_on_normal_exit():
    """
    >>> exit_raises_on_normal_exit()
    ("KeyError('from exit')", 'None')
    """
    try:
        with RaisingExit():
            pass
    except KeyError as e:
        return repr(e), repr(e.__context__)


def enter_raises(log):
    """
    >>> log = []
    >>> enter_raises(log)
    Traceback (most recent call last):
    ValueError: from enter
    >>> log
    []
    """
    with RaisingEnter(log):
        log.append('body')


def context_expression_raises(log):
    """
    >>> context_expression_raises([])
    Traceback (most recent call last):
    NameError: name 'undefined_manager' is not defined
    """
    with failing_factory(log):
        log.append('body')


def failing_factory(log):
    raise NameError("name 'undefined_manager' is not defined")


def target_assignment_raises(log):
    """
    >>> log = []
    >>> target_assignment_raises(log)
    Traceback (most recent call last):
    ValueError: need more than 2 values to unpack
    >>> log
    ['enter', ('ValueError', 'need more than 2 values to unpack', True, True)]
    """
    with CM(log) as (a, b, c):
        log.append('body')


def target_assignment_suppressed(log):
    """
    >>> log = []
    >>> target_assignment_suppressed(log)
    'after'
    >>> log
    ['enter', ('ValueError', 'need more than 2 values to unpack', True, True)]
    """
    with CM(log, True) as (a, b, c):
        log.append('body')
    return 'after'


def bare_raise_in_body():
    """
    >>> bare_raise_in_body()
    Traceback (most recent call last):
    KeyError: 'handled'
    """
    try:
        raise KeyError('handled')
    except KeyError:
        with CM([]):
            raise
