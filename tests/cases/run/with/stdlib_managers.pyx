# Context managers of the standard library: files, locks, contextlib.
import threading
import contextlib
import os
import tempfile


def write_and_read(text):
    """
    >>> write_and_read('hello')
    ('hello', True, True)
    """
    fd, path = tempfile.mkstemp()
    os.close(fd)
    try:
        with open(path, 'w') as f:
            f.write(text)
        closed_after_write = f.closed
        with open(path) as f:
            got = f.read()
        return got, closed_after_write, f.closed
    finally:
        os.remove(path)


def file_closed_on_error():
    """
    >>> file_closed_on_error()
    (True, 'ValueError')
    """
    fd, path = tempfile.mkstemp()
    os.close(fd)
    f = None
    try:
        try:
            with open(path) as f:
                raise ValueError
        except ValueError as e:
            return f.closed, type(e).__name__
    finally:
        os.remove(path)


def lock_held_inside():
    """
    >>> lock_held_inside()
    (True, False)
    """
    lock = threading.Lock()
    with lock:
        inside = lock.locked()
    return inside, lock.locked()


def lock_released_on_return():
    """
    >>> lock_released_on_return()
    False
    """
    lock = threading.Lock()
    locked_inside(lock)
    return lock.locked()


def locked_inside(lock):
    with lock:
        return lock.locked()


def rlock_reentrant():
    """
    >>> rlock_reentrant()
    'inner'
    """
    lock = threading.RLock()
    with lock, lock:
        return 'inner'


def suppress_error(d):
    """
    >>> suppress_error({})
    'missing'
    >>> suppress_error({'k': 1})
    1
    """
    result = 'missing'
    with contextlib.suppress(KeyError):
        result = d['k']
    return result


def suppress_other_error():
    """
    >>> suppress_other_error()
    Traceback (most recent call last):
    ValueError: not suppressed
    """
    with contextlib.suppress(KeyError):
        raise ValueError('not suppressed')


def null_context(v):
    """
    >>> null_context(3)
    3
    """
    with contextlib.nullcontext(v) as x:
        return x


def exit_stack(log):
    """
    >>> log = []
    >>> exit_stack(log)
    >>> log
    ['body', 'second', 'first']
    """
    with contextlib.ExitStack() as stack:
        stack.callback(log.append, 'first')
        stack.callback(log.append, 'second')
        log.append('body')
