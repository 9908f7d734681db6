# raise ... from ... inside a handler sets __cause__; a plain raise there sets __context__.
def convert(x):
    """
    >>> e = convert('a')
    >>> type(e).__name__, type(e.__cause__).__name__, e.__suppress_context__
    ('KeyError', 'ValueError', True)
    >>> e = plain('a')
    >>> type(e).__name__, type(e.__context__).__name__, e.__cause__
    ('KeyError', 'ValueError', None)
    """
    try:
        try:
            int(x)
        except ValueError as err:
            raise KeyError(x) from err
    except KeyError as outer:
        return outer

def plain(x):
    try:
        try:
            int(x)
        except ValueError:
            raise KeyError(x)
    except KeyError as outer:
        return outer
