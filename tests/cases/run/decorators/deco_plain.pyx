# A plain user decorator wrapping a def function: the wrapper runs around the call, sees the
# arguments, the decorated name refers to the wrapper, and decorating a function with C-typed
# arguments (converted when the wrapper calls it).
# Expected outputs recorded from Cython 3.3.0.

log = []


def traced(func):
    def wrapper(*args, **kwargs):
        log.append(('call', args, sorted(kwargs.items())))
        result = func(*args, **kwargs)
        log.append(('return', result))
        return result
    return wrapper


@traced
def add(a, b=1):
    return a + b


@traced
def scale(double x, int k):
    return x * k


def calls():
    """
    >>> calls()
    (5, 3, [('call', (2, 3), []), ('return', 5), ('call', (2,), []), ('return', 3)])
    """
    del log[:]
    return add(2, 3), add(2), list(log)


def typed():
    """
    >>> typed()
    (5.0, ('return', 5.0))
    """
    del log[:]
    return scale(2.5, 2), log[-1]


def name_is_wrapper():
    """
    >>> name_is_wrapper()
    ('wrapper', 'traced.<locals>.wrapper')
    """
    return add.__name__, add.__qualname__


def typed_wrong():
    """
    >>> typed_wrong()
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    del log[:]
    return scale('x', 1)
