# Nested lambdas and lambdas returning lambdas: currying, a lambda capturing an outer lambda's
# parameter, composition, and a lambda reading the creator's C locals.
# Expected outputs recorded from Cython 3.3.0.

def curried():
    """
    >>> curried()
    (6, 'abc')
    """
    add3 = lambda a: lambda b: lambda c: a + b + c
    return add3(1)(2)(3), add3('a')('b')('c')


def compose():
    """
    >>> compose()
    (21, 15)
    """
    comp = lambda f, g: lambda x: f(g(x))
    inc = lambda x: x + 1
    triple = lambda x: x * 3
    return comp(triple, inc)(6), comp(inc, triple)(4) + 2


def make_multiplier(int k):
    """
    >>> make_multiplier(4)(2.5)
    10.0
    """
    cdef double factor = k
    return lambda x: x * factor


def adders():
    """
    >>> adders()
    [10, 11, 12]
    """
    make = lambda n: (lambda x: x + n)
    return [make(i)(10) for i in range(3)]


def lambda_calls_lambda():
    """
    >>> lambda_calls_lambda()
    25
    """
    sq = lambda x: x * x
    f = lambda y: sq(y) + sq(0)
    return f(5)
