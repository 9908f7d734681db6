# When decorators run: at definition time (module import, or each time the enclosing def
# statement runs), the decorator expression evaluated before the function is defined, and a
# decorator that raises preventing the name from being bound.
# Expected outputs recorded from Cython 3.3.0.

trail = []
at_import_trail = trail


def note(label):
    trail.append('expr ' + label)
    def decorator(func):
        trail.append('apply ' + label + ' to ' + func.__name__)
        return func
    return decorator


@note('module')
def at_import():
    return 1


def import_time():
    """
    >>> import_time()
    ['expr module', 'apply module to at_import']
    """
    return at_import_trail[:2]


def each_definition():
    """
    >>> each_definition()
    ['expr loop', 'apply loop to f', 'expr loop', 'apply loop to f']
    """
    global trail
    trail = []
    for _ in range(2):
        @note('loop')
        def f():
            pass
    return list(trail)


def failing(func):
    raise RuntimeError('decorator failed for ' + func.__name__)


def raising_decorator():
    """
    >>> raising_decorator()
    ('decorator failed for g', False)
    """
    try:
        @failing
        def g():
            pass
    except RuntimeError as e:
        return str(e), 'g' in locals()
