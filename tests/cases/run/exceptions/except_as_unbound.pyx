# At language level 3 an `except ... as name` clause ends with the name unbound, however it is
# left (Python runs `name = None; del name`): a later read raises UnboundLocalError (Cython's
# message), a module global is gone. Recorded from Cython 3.3.0.
import sys

try:
    raise KeyError('k')
except KeyError as module_err:
    seen_in_clause = type(module_err).__name__


def module_name():
    """
    >>> module_name()
    ('KeyError', False)
    """
    return seen_in_clause, 'module_err' in globals()


def maybe(x):
    """
    >>> maybe(0)
    1
    >>> maybe(1)
    Traceback (most recent call last):
    UnboundLocalError: local variable 'e' referenced before assignment
    """
    e = 1
    try:
        if x:
            raise ValueError
    except ValueError as e:
        pass
    return e


def rebound():
    """
    >>> rebound()
    (5, 'KeyError')
    """
    try:
        raise KeyError('k')
    except KeyError as e:
        saved = e
    e = 5
    return e, type(saved).__name__


def left_by_break(n):
    """
    >>> left_by_break(3)
    ([0, 1], True)
    """
    out = []
    e = None
    for i in range(n):
        try:
            raise IndexError(i)
        except IndexError as e:
            out.append(e.args[0])
            if i == 1:
                break
    try:
        e
    except UnboundLocalError:
        return out, True
    return out, False


def left_by_error():
    """
    >>> left_by_error()
    ('ZeroDivisionError', True)
    """
    e = 'before'
    try:
        try:
            raise ValueError
        except ValueError as e:
            1 // 0
    except ZeroDivisionError as z:
        kind = type(z).__name__
    try:
        e
    except UnboundLocalError:
        return kind, True
    return kind, False


def handled_exception_released(cls):
    """
    >>> class Marker(Exception):
    ...     pass
    >>> handled_exception_released(Marker)
    True
    """
    import weakref
    try:
        raise cls
    except cls as m:
        ref = weakref.ref(m)
    return ref() is None


def returned_from_clause():
    """
    >>> returned_from_clause()
    KeyError('r')
    """
    try:
        raise KeyError('r')
    except KeyError as e:
        return e
