# An exception raised in an inner handler is caught by an outer one.
def nested(x):
    """
    >>> nested(0)
    ('inner', 'outer')
    """
    r = []
    try:
        try:
            1 / x
        except ZeroDivisionError:
            r.append('inner')
            raise ValueError('v')
    except ValueError:
        r.append('outer')
    return tuple(r)
