# Lambdas whose bodies are conditional expressions, comprehensions, tuples and calls; lambdas
# stored in lists and dicts; a recursive lambda through a variable of its creator.
# Expected outputs recorded from Cython 3.3.0.

def bodies():
    """
    >>> bodies()
    ('neg', 'pos', [0, 1, 4], (2, 1))
    """
    sign = lambda x: 'neg' if x < 0 else 'pos'
    squares = lambda n: [i * i for i in range(n)]
    swap = lambda a, b: (b, a)
    return sign(-1), sign(1), squares(3), swap(1, 2)


def in_containers():
    """
    >>> in_containers()
    ([1, 4, 9], {'up': 'AB', 'low': 'ab'})
    """
    fs = [lambda x: x, lambda x: x * x, lambda x: x ** 2]
    conv = {'up': lambda s: s.upper(), 'low': lambda s: s.lower()}
    return [f(i) for f, i in zip(fs, [1, 2, 3])], {k: f('aB') for k, f in conv.items()}


def recursive():
    """
    >>> recursive()
    (120, 55)
    """
    fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
    fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
    return fact(5), fib(10)


def c_local_body(int n):
    """
    >>> c_local_body(3)
    [3, 4, 5]
    """
    cdef int base = n
    return [(lambda k: base + k)(i) for i in range(3)]
