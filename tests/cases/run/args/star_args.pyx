# *args and **kwargs in def functions: the tuple and the dict they receive (typed tuple and dict
# in the body: len, indexing, methods), empty when nothing is left over, a parameter before them
# filled positionally or by keyword, reassigning them in the body, returning them, and Cython's
# TypeError messages for wrong calls. Expected outputs recorded from Cython 3.3.0.

def rest(a, *args):
    """
    >>> rest(1)
    (1, ())
    >>> rest(1, 2, 3)
    (1, (2, 3))
    >>> rest(a=1)
    (1, ())
    >>> rest()
    Traceback (most recent call last):
    TypeError: rest() takes at least 1 positional argument (0 given)
    >>> rest(1, a=2)
    Traceback (most recent call last):
    TypeError: rest() got multiple values for keyword argument 'a'
    >>> rest(1, b=2)
    Traceback (most recent call last):
    TypeError: rest() got an unexpected keyword argument 'b'
    """
    return a, args

def only_args(*args):
    """
    >>> only_args()
    ()
    >>> only_args(1, 'x', None)
    (1, 'x', None)
    >>> only_args(*range(4))
    (0, 1, 2, 3)
    >>> only_args(x=1)
    Traceback (most recent call last):
    TypeError: only_args() got an unexpected keyword argument 'x'
    """
    return args

def only_kwargs(**kwargs):
    """
    >>> only_kwargs()
    {}
    >>> sorted(only_kwargs(a=1, b=2).items())
    [('a', 1), ('b', 2)]
    >>> only_kwargs(1)
    Traceback (most recent call last):
    TypeError: only_kwargs() takes exactly 0 positional arguments (1 given)
    >>> only_kwargs(**{'é': 3})
    {'é': 3}
    """
    return kwargs

def both(a, b=2, *args, **kwargs):
    """
    >>> both(1)
    (1, 2, (), {})
    >>> both(1, 5, 6, 7, x=8)
    (1, 5, (6, 7), {'x': 8})
    >>> both(b=3, a=4, z=5)
    (4, 3, (), {'z': 5})
    >>> both(1, 2, 3, b=4)
    Traceback (most recent call last):
    TypeError: both() got multiple values for keyword argument 'b'
    >>> both()
    Traceback (most recent call last):
    TypeError: both() takes at least 1 positional argument (0 given)
    >>> both(x=1)
    Traceback (most recent call last):
    TypeError: both() takes at least 1 positional argument (0 given)
    """
    return a, b, args, kwargs

def typed_uses(*args, **kwargs):
    """
    >>> typed_uses(1, 2, 3, k='v')
    (3, 1, (2, 3), 1, 'v', ['k'], 1)
    >>> typed_uses()
    (0, None, (), 0, 'none', [], 0)
    """
    n = len(args)
    first = args[0] if n else None
    tail = args[1:]
    return n, first, tail, len(kwargs), kwargs.get('k', 'none'), list(kwargs.keys()), args.count(2)

def reassigned(*args, **kwargs):
    """
    >>> reassigned(1, 2, x=3)
    ((1, 2, 99), [('extra', True), ('n', 3), ('x', 3)])
    >>> reassigned()
    ((99,), [('extra', True), ('n', 1)])
    """
    args = args + (99,)
    kwargs = dict(kwargs, extra=True)
    kwargs['n'] = len(args)
    return args, sorted(kwargs.items())

def mutate_kwargs(**kwargs):
    """
    >>> d = {'a': 1}
    >>> mutate_kwargs(**d)
    {'b': 2}
    >>> d
    {'a': 1}
    """
    kwargs['b'] = 2
    del kwargs['a']
    return kwargs

def loop_args(*values):
    """
    >>> loop_args(1, 2, 3.5)
    6.5
    >>> loop_args()
    0
    """
    total = 0
    for v in values:
        total += v
    return total

def typed_before(int n, double x=1.5, *rest, **named):
    """
    >>> typed_before(2)
    (3.0, (), {})
    >>> typed_before(2, 3, 4, 5, q=6)
    (6.0, (4, 5), {'q': 6})
    >>> typed_before('a')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> typed_before(1, 'b')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    >>> typed_before(2, x=0.5, y=1)
    (1.0, (), {'y': 1})
    """
    return n * x, rest, named

def forward(*args, **kwargs):
    """
    >>> forward(1, 2, sep='-')
    (1, 2, (), {'sep': '-'})
    >>> forward()
    'nothing'
    """
    return both(*args, **kwargs) if args else 'nothing'

def same_tuple(*args):
    """
    >>> t = (1, 2)
    >>> same_tuple(*t) == t
    True
    """
    return args
