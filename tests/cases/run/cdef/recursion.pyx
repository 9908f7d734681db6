# cdef functions call themselves and each other, defined in any order.
cdef long fib(long n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

cdef bint is_even(unsigned int n):
    return True if n == 0 else is_odd(n - 1)

cdef bint is_odd(unsigned int n):
    return False if n == 0 else is_even(n - 1)

def run(int n):
    """
    >>> run(20)
    (6765, True, False)
    >>> [run(k)[0] for k in range(8)] == [0, 1, 1, 2, 3, 5, 8, 13]
    True
    """
    return fib(n), is_even(n), is_odd(n)
