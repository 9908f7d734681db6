# Keyword-only parameters after a bare '*' or after *args, with and without defaults (a required
# one may follow an optional one), typed ones, with **kwargs, and Cython's messages: a missing
# keyword-only argument, too many positional ones, unexpected keywords. Expected outputs
# recorded from Cython 3.3.0.

def bare(a, *, k):
    """
    >>> bare(1, k=2)
    (1, 2)
    >>> bare(k=2, a=1)
    (1, 2)
    >>> bare(1)
    Traceback (most recent call last):
    TypeError: bare() needs keyword-only argument k
    >>> bare(1, 2)
    Traceback (most recent call last):
    TypeError: bare() takes exactly 1 positional argument (2 given)
    >>> bare(1, 2, k=3)
    Traceback (most recent call last):
    TypeError: bare() takes exactly 1 positional argument (2 given)
    >>> bare(k=1)
    Traceback (most recent call last):
    TypeError: bare() takes exactly 1 positional argument (0 given)
    >>> bare()
    Traceback (most recent call last):
    TypeError: bare() takes exactly 1 positional argument (0 given)
    >>> bare(1, k=2, j=3)
    Traceback (most recent call last):
    TypeError: bare() got an unexpected keyword argument 'j'
    >>> bare(1, k=2, a=3)
    Traceback (most recent call last):
    TypeError: bare() got multiple values for keyword argument 'a'
    """
    return a, k

def optional_then_required(a, *, k=1, m):
    """
    >>> optional_then_required(1, m=2)
    (1, 1, 2)
    >>> optional_then_required(1, m=2, k=3)
    (1, 3, 2)
    >>> optional_then_required(1)
    Traceback (most recent call last):
    TypeError: optional_then_required() needs keyword-only argument m
    >>> optional_then_required(1, k=5)
    Traceback (most recent call last):
    TypeError: optional_then_required() needs keyword-only argument m
    >>> optional_then_required(1, 2, 3)
    Traceback (most recent call last):
    TypeError: optional_then_required() takes exactly 1 positional argument (3 given)
    """
    return a, k, m

def after_args(a, *args, flag=False, count):
    """
    >>> after_args(1, count=2)
    (1, (), False, 2)
    >>> after_args(1, 2, 3, count=4, flag=True)
    (1, (2, 3), True, 4)
    >>> after_args(1, 2, 3)
    Traceback (most recent call last):
    TypeError: after_args() needs keyword-only argument count
    >>> after_args(count=3)
    Traceback (most recent call last):
    TypeError: after_args() takes at least 1 positional argument (0 given)
    >>> after_args(1, 2, flag=1)
    Traceback (most recent call last):
    TypeError: after_args() needs keyword-only argument count
    """
    return a, args, flag, count

def only_keywords(*, x, y=10):
    """
    >>> only_keywords(x=1)
    (1, 10)
    >>> only_keywords(y=2, x=1)
    (1, 2)
    >>> only_keywords()
    Traceback (most recent call last):
    TypeError: only_keywords() needs keyword-only argument x
    >>> only_keywords(1)
    Traceback (most recent call last):
    TypeError: only_keywords() takes exactly 0 positional arguments (1 given)
    >>> only_keywords(1, x=2)
    Traceback (most recent call last):
    TypeError: only_keywords() takes exactly 0 positional arguments (1 given)
    >>> only_keywords(x=1, z=3)
    Traceback (most recent call last):
    TypeError: only_keywords() got an unexpected keyword argument 'z'
    """
    return x, y

def typed_keywords(a, *, int n=3, double scale=0.5, list into=None):
    """
    >>> typed_keywords('x')
    (['xxx'], 1.5)
    >>> typed_keywords('x', n=2, scale=2, into=[])
    (['xx'], 4.0)
    >>> typed_keywords('x', n='no')
    Traceback (most recent call last):
    TypeError: an integer is required
    >>> typed_keywords('x', into=())
    Traceback (most recent call last):
    TypeError: Argument 'into' has incorrect type (expected list, got tuple)
    """
    if into is None:
        into = []
    into.append(a * n)
    return into, n * scale

def with_kwargs(a, *, b=2, **rest):
    """
    >>> with_kwargs(1)
    (1, 2, {})
    >>> with_kwargs(1, b=3, c=4)
    (1, 3, {'c': 4})
    >>> with_kwargs(1, c=4, a=5)
    Traceback (most recent call last):
    TypeError: with_kwargs() got multiple values for keyword argument 'a'
    >>> with_kwargs(1, 2)
    Traceback (most recent call last):
    TypeError: with_kwargs() takes exactly 1 positional argument (2 given)
    """
    return a, b, rest

def args_then_keyword_no_positional(*args, k):
    """
    >>> args_then_keyword_no_positional(k=1)
    ((), 1)
    >>> args_then_keyword_no_positional(1, 2, k=3)
    ((1, 2), 3)
    >>> args_then_keyword_no_positional(1, 2)
    Traceback (most recent call last):
    TypeError: args_then_keyword_no_positional() needs keyword-only argument k
    >>> args_then_keyword_no_positional()
    Traceback (most recent call last):
    TypeError: args_then_keyword_no_positional() needs keyword-only argument k
    """
    return args, k

def trailing_bare_star(a, *):
    """
    >>> trailing_bare_star(1)
    1
    >>> trailing_bare_star(1, 2)
    Traceback (most recent call last):
    TypeError: trailing_bare_star() takes exactly 1 positional argument (2 given)
    """
    return a
