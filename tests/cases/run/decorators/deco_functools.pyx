# functools.wraps keeps the decorated function's __name__, __qualname__, __doc__ and
# __wrapped__; functools.lru_cache memoises a recursive def (cache_info counts) and a function
# with C-typed arguments; functools.partial of a def.
# Expected outputs recorded from Cython 3.3.0.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper


@logged
def documented(x):
    """Doubles x."""
    return x * 2


@functools.lru_cache(maxsize=None)
def fib(int n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=2)
def square(x):
    return x * x


def wraps_metadata():
    """
    >>> wraps_metadata()
    ('documented', 'documented', 'Doubles x.', 8, True)
    """
    return (documented.__name__, documented.__qualname__, documented.__doc__, documented(4),
            documented.__wrapped__(0) == 0)


def cached_fib():
    """
    >>> cached_fib()
    (12586269025, 51, 48)
    """
    fib.cache_clear()
    r = fib(50)
    info = fib.cache_info()
    return r, info.misses, info.hits


def bounded_cache():
    """
    >>> bounded_cache()
    (1, 2, 4, 2)
    """
    square.cache_clear()
    square(1)
    square(2)
    square(1)
    square(3)
    square(2)
    info = square.cache_info()
    return info.hits, info.currsize, info.misses, info.maxsize


def partial_of_def():
    """
    >>> partial_of_def()
    (12, 14)
    """
    p = functools.partial(documented)
    return p(6), functools.partial(fib.__wrapped__, 7)() + 1
