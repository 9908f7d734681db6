# __name__, __qualname__ and __module__ of nested functions at one and two levels, of a nested
# function in a Python class's method, and of a closure's __doc__.
# Expected outputs recorded from Cython 3.3.0.

def one_level():
    """
    >>> one_level()
    ('inner', 'one_level.<locals>.inner', 'cl_names')
    """
    def inner():
        pass
    return inner.__name__, inner.__qualname__, inner.__module__


def two_levels():
    """
    >>> two_levels()
    ('inner', 'two_levels.<locals>.mid.<locals>.inner')
    """
    def mid():
        def inner():
            pass
        return inner
    f = mid()
    return f.__name__, f.__qualname__


class K:
    def method(self):
        def helper():
            pass
        return helper


def in_python_class():
    """
    >>> in_python_class()
    ('helper', 'K.method.<locals>.helper')
    """
    f = K().method()
    return f.__name__, f.__qualname__


def docstring():
    """
    >>> docstring()
    'Inner doc.'
    """
    def inner():
        """Inner doc."""
    return inner.__doc__


def name_is_writable():
    """
    >>> name_is_writable()
    ('renamed', 'one_level.<locals>.inner')
    """
    f = one_level_fn()
    f.__name__ = 'renamed'
    return f.__name__, f.__qualname__


def one_level_fn():
    def inner():
        pass
    inner.__qualname__ = 'one_level.<locals>.inner'
    return inner
