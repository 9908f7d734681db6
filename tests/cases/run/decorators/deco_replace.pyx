# Decorators that replace the function with something that is not a function: a registry
# decorator returning the function unchanged after recording it, one returning a class
# instance (callable), one returning a constant, and one returning None.
# Expected outputs recorded from Cython 3.3.0.

registry = {}


def register(func):
    registry[func.__name__] = func
    return func


class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


def constant(func):
    return 42


def swallow(func):
    return None


@register
def alpha():
    return 'a'


@register
def beta():
    return 'b'


@CountCalls
def square(x):
    return x * x


@constant
def gone():
    return 'never'


@swallow
def nothing():
    pass


def registry_works():
    """
    >>> registry_works()
    (['alpha', 'beta'], 'b', True)
    """
    return sorted(registry), registry['beta'](), registry['alpha'] is alpha


def callable_instance():
    """
    >>> callable_instance()
    (9, 16, 2, 'CountCalls')
    """
    square.calls = 0
    return square(3), square(4), square.calls, type(square).__name__


def not_functions():
    """
    >>> not_functions()
    (42, None)
    >>> nothing()
    Traceback (most recent call last):
    TypeError: 'NoneType' object is not callable
    """
    return gone, nothing
