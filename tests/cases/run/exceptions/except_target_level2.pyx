# cython: language_level=2
# Language level 2's `except E, target:` with a target other than a name: an item or an
# attribute, assigned the exception when the clause starts (and left assigned after it); no
# extra name appears among the function's locals. Recorded from Cython 3.3.0.

class Box(object):
    pass


def item_target(x, l):
    """
    >>> l = [None, None]
    >>> item_target(None, l), l
    (1, [None, None])
    >>> item_target(ValueError('v'), l), l[0], type(l[1]).__name__
    (2, None, 'ValueError')
    >>> item_target(KeyError('k'), l)
    Traceback (most recent call last):
    KeyError: 'k'
    """
    i = 1
    try:
        if x:
            raise x
    except (TypeError, ValueError), l[1]:
        i = 2
    return i


def attribute_target(x):
    """
    >>> attribute_target(TypeError('t'))
    ('t', ['b', 'x'])
    """
    b = Box()
    try:
        raise x
    except TypeError, b.error:
        pass
    return str(b.error), sorted(locals())
