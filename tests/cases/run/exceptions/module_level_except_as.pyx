# try/except ... as NAME in top-level code, where NAME is a module global (this crashed the
# compiler: the handler bound a local that does not exist there). Recorded from Cython 3.3.0.
caught = []

try:
    raise KeyError('k')
except AttributeError as e:
    caught.append(('attribute', e))
except KeyError as e:
    caught.append(('key', e))

try:
    try:
        raise ValueError('inner')
    except (TypeError, ValueError) as e:
        caught.append(('reraised', e))
        raise
except Exception as err:
    outer = err

untouched = 123
try:
    raise TypeError
except NameError as untouched:
    pass
except TypeError:
    pass


def results():
    """
    >>> [(kind, type(e).__name__, e.args) for kind, e in results()]
    [('key', 'KeyError', ('k',)), ('reraised', 'ValueError', ('inner',))]
    >>> outer is caught[1][1], untouched
    (True, 123)
    """
    return caught
