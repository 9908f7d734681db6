# def functions call each other (and themselves) through the module's globals.
def fib(long n):
    """
    >>> [fib(i) for i in range(10)]
    [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    """
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def twice(f, x):
    """
    >>> twice(square, 3)
    81
    """
    return f(f(x))

def square(x):
    return x * x

def shadow_builtin(len):
    """
    >>> shadow_builtin(5)
    5
    """
    return len
