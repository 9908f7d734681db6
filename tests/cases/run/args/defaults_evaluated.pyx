# Defaults of any expression in module-level def functions: evaluated once, when the def
# statement runs at import, in the module's scope (a global of the parameter's name, names
# defined before the def), a mutable default shared by every call, typed C parameters with
# computed defaults converted at the def, with keyword-only and *args parameters, and a def run
# again in a loop (each run's function object is the same compiled function, the last run's
# defaults apply). Expected outputs recorded from Cython 3.3.0.

N = 5
LOG = []

def note(x):
    LOG.append(x)
    return x

def scaled(x, factor=N * 2, offset=-N):
    """
    >>> scaled(1), scaled(1, 1), scaled(1, offset=0)
    (5, -4, 10)
    """
    return x * factor + offset

def shared(item, bucket=[]):
    """
    >>> shared(1), shared(2)
    ([1], [1, 2])
    >>> shared(3, [])
    [3]
    >>> shared(4)
    [1, 2, 4]
    """
    bucket.append(item)
    result = list(bucket)
    if item == 4:
        del bucket[:]  # each doctest run starts from the empty default again
    return result

def typed(int n=N * 2, double x=N / 2, bint flag=N > 3):
    """
    >>> typed()
    (10, 2.5, True)
    >>> typed(1, 2, 0)
    (1, 2.0, False)
    """
    return n, x, flag

x = 'global x'

def same_name(x, y=x):
    """
    >>> same_name(1)
    (1, 'global x')
    """
    return x, y

def evaluated_once(a=note('a'), *args, b=note('b'), **kw):
    """
    >>> evaluated_once(), evaluated_once(1, 2, b=3, c=4)
    (('a', (), 'b', {}), (1, (2,), 3, {'c': 4}))
    >>> LOG
    ['a', 'b']
    """
    return a, args, b, kw

def builtin_default(seq, key=len, start=tuple()):
    """
    >>> builtin_default(['ccc', 'a', 'bb'])
    (['a', 'bb', 'ccc'], ())
    """
    return sorted(seq, key=key), start

N = 100

def after_rebinding(v=N):
    """
    >>> after_rebinding(), scaled(1)
    (100, 5)
    """
    return v
