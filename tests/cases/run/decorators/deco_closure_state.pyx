# Decorators keeping state in their closures: a call counter with nonlocal, a memoising
# decorator with a dict, and a decorator using a C int counter.
# Expected outputs recorded from Cython 3.3.0.

def counted(func):
    count = 0
    def wrapper(*args):
        nonlocal count
        count += 1
        return func(*args), count
    return wrapper


def memo(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


def c_counted(func):
    cdef int calls = 0
    def wrapper(x):
        nonlocal calls
        calls += 1
        return calls * 100 + func(x)
    return wrapper


def counts():
    """
    >>> counts()
    [('a', 1), ('b', 2)]
    """
    @counted
    def ident(x):
        return x
    return [ident('a'), ident('b')]


@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


def memoised():
    """
    >>> memoised()
    (354224848179261915075, 101)
    """
    slow_fib.cache.clear()
    return slow_fib(100), len(slow_fib.cache)


def c_state():
    """
    >>> c_state()
    (101, 202)
    """
    @c_counted
    def plus_one(x):
        return x + 1
    return plus_one(0), plus_one(1)
