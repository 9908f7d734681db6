# __qualname__ of lambdas at module level, in a function, in a class body and nested in another
# lambda. (__name__ is not tested: Cython gives 'lambda', 'lambda2', ... where Python gives
# '<lambda>'; see FACTS-functions.md.)
# Expected outputs recorded from Cython 3.3.0.

MODULE_LAMBDA = lambda: 0


class K:
    attr = lambda self: 'method'


def names():
    """
    >>> names()
    'names.<locals>.<lambda>'
    """
    f = lambda: 0
    return f.__qualname__


def module_and_class():
    """
    >>> module_and_class()
    ('<lambda>', 'K.<lambda>', 'method')
    """
    return MODULE_LAMBDA.__qualname__, K.attr.__qualname__, K().attr()


def nested_name():
    """
    >>> nested_name()
    'nested_name.<locals>.<lambda>.<locals>.<lambda>'
    """
    outer = lambda: lambda: 0
    return outer().__qualname__
