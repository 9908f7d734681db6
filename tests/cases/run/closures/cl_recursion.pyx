# Recursion through a closure: a nested def calling itself by its name in the creator's scope,
# mutual recursion between two nested defs, and a memo dict captured by the recursive closure.
# Expected outputs recorded from Cython 3.3.0.

def factorial(int n):
    """
    >>> factorial(0), factorial(5), factorial(20)
    (1, 120, 2432902008176640000)
    """
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


def fib_memo(int n):
    """
    >>> fib_memo(50)
    12586269025
    """
    memo = {}
    def fib(int k):
        if k < 2:
            return k
        if k not in memo:
            memo[k] = fib(k - 1) + fib(k - 2)
        return memo[k]
    return fib(n)


def even_odd(int n):
    """
    >>> even_odd(10), even_odd(7)
    ((True, False), (False, True))
    """
    def is_even(int k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(int k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)


def flatten(items):
    """
    >>> flatten([1, [2, [3, [4]], 5], []])
    [1, 2, 3, 4, 5]
    """
    out = []
    def walk(x):
        if isinstance(x, list):
            for y in x:
                walk(y)
        else:
            out.append(x)
    walk(items)
    return out


def returned_recursive():
    """
    >>> f = returned_recursive()
    >>> f(4)
    [4, 3, 2, 1]
    """
    def countdown(int k):
        return [] if k == 0 else [k] + countdown(k - 1)
    return countdown
