# with statements with CPython's semantics (PEP 343): __enter__ and __exit__ are looked up on the
# type, __exit__ first; the __enter__ result is bound to the target; __exit__(None, None, None)
# runs when the body ends normally.
import sys


class CM:
    def __init__(self, log, name='cm', result=None):
        self.log = log
        self.name = name
        self.result = result

    def __enter__(self):
        self.log.append('enter ' + self.name)
        return self.name if self.result is None else self.result

    def __exit__(self, exc_type, exc, tb):
        self.log.append(('exit', self.name, exc_type, exc, tb))
        return False


class ReturnsSelf:
    def __init__(self):
        self.entered = 0
        self.exited = 0

    def __enter__(self):
        self.entered += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.exited += 1


class NoEnter:
    def __exit__(self, exc_type, exc, tb):
        pass


class NoExit:
    def __enter__(self):
        return 1


class LoggingEnterOnly:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append('enter')


def plain(log):
    """
    >>> log = []
    >>> plain(log)
    'after'
    >>> log
    ['enter cm', 'body cm', ('exit', 'cm', None, None, None)]
    """
    with CM(log) as x:
        log.append('body ' + x)
    return 'after'


def without_target(log):
    """
    >>> log = []
    >>> without_target(log)
    >>> log
    ['enter cm', 'body', ('exit', 'cm', None, None, None)]
    """
    with CM(log):
        log.append('body')


def enter_result_is_bound(value):
    """
    >>> enter_result_is_bound(42)
    42
    >>> enter_result_is_bound([1, 2])
    [1, 2]
    """
    log = []
    with CM(log, 'v', value) as v:
        got = v
    return got


def returns_self():
    """
    >>> returns_self()
    (True, 1, 1)
    """
    m = ReturnsSelf()
    with m as same:
        pass
    return same is m, m.entered, m.exited


def reused_manager():
    """
    >>> reused_manager()
    (3, 3)
    """
    m = ReturnsSelf()
    for i in range(3):
        with m:
            pass
    return m.entered, m.exited


def missing_enter():
    """
    >>> missing_enter()
    Traceback (most recent call last):
    AttributeError: __enter__
    """
    with NoEnter():
        pass


def missing_exit():
    """
    >>> missing_exit()
    Traceback (most recent call last):
    AttributeError: __exit__
    """
    with NoExit():
        pass


def not_a_manager(x):
    """
    >>> not_a_manager(1)
    Traceback (most recent call last):
    AttributeError: __exit__
    >>> not_a_manager(None)
    Traceback (most recent call last):
    AttributeError: __exit__
    """
    with x as y:
        return y


def instance_attributes_ignored():
    """
    >>> instance_attributes_ignored()
    Traceback (most recent call last):
    AttributeError: __exit__
    """
    m = NoExit()
    m.__exit__ = 'not looked at'
    with m:
        pass


def exit_looked_up_before_enter(log):
    """
    >>> log = []
    >>> exit_looked_up_before_enter(log)
    Traceback (most recent call last):
    AttributeError: __exit__
    >>> log
    []
    """
    with LoggingEnterOnly(log):
        pass


def exit_sees_no_exception():
    """
    >>> exit_sees_no_exception()
    (None, None)
    """
    class_log = []
    with CM(class_log):
        pass
    return class_log[-1][2], sys.exc_info()[1]


def context_evaluated_once(log):
    """
    >>> log = []
    >>> context_evaluated_once(log)
    >>> log
    ['make', 'enter cm', 'body', ('exit', 'cm', None, None, None)]
    """
    with make(log):
        log.append('body')


def make(log):
    log.append('make')
    return CM(log)


def exit_result_ignored_on_normal_exit():
    """
    >>> exit_result_ignored_on_normal_exit()
    'done'
    """
    with Suppressing():
        pass
    return 'done'


class Suppressing:
    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        return True
