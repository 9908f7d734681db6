# Python ints stay exact: untyped arithmetic never goes through C integers.
def fact(n):
    """
    >>> fact(0), fact(5)
    (1, 120)
    >>> fact(30)
    265252859812191058636308480000000
    """
    r = 1
    while n > 1:
        r = r * n
        n -= 1
    return r

def fib(n):
    """
    >>> fib(100)
    354224848179261915075
    """
    return _fib(n)

def _fib(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a
